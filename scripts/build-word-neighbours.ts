/**
 * Builds data/word-vectors/neighbours.tsv: for each of the 20,000 most frequent words of
 * data/word-vectors, the words the embeddings put beside it, with their similarity — exactly what
 * `searchVectors` in src/briefing/question/word-vectors.ts computes at ask time (it is the same
 * function), so answers do not change. A search scans 20,000 vectors (~2 ms a word); with the
 * table, a question's common words cost a lookup. Rarer words are still searched when asked.
 * Run after scripts/build-word-vectors.ts (~1 min):
 *   npx tsx scripts/build-word-neighbours.ts
 */
import { writeFileSync } from 'node:fs';
import { commonWords, searchVectors } from '../src/briefing/question/word-vectors.js';

const lines: string[] = [];
for (const word of commonWords()) {
  // A similarity is written as JavaScript prints it, which reads back to the same number.
  const list = searchVectors(word).map((n) => `${n.word}:${n.similarity}`);
  lines.push(`${word}\t${list.join(' ')}`);
}
writeFileSync(new URL('../data/word-vectors/neighbours.tsv', import.meta.url), `${lines.join('\n')}\n`);
console.log(`${lines.length} words`);
