/**
 * Synonyms from WordNet 3.1 (data/synonyms/, built by scripts/build-synonyms.ts): the words of a
 * word's most frequent senses ("chief" for "boss", "referee" for "ref"). Embeddings find no close
 * neighbour for many such words, since news uses them in other contexts; WordNet's lexicographers
 * grouped them by meaning. Read on first use; without the file no word has a synonym.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('../../../data/synonyms/synonyms.tsv', import.meta.url));

/** A word's synonyms by part of speech (n, v, a, r), and the part it mostly is. */
interface Entry {
  main: string | null;
  parts: Map<string, readonly string[]>;
}

let table: Map<string, Entry> | undefined;

function synonymTable(): Map<string, Entry> {
  if (table) return table;
  table = new Map();
  if (!existsSync(FILE)) return table;
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    const [word, part, list] = line.split('\t');
    if (!word || !part || !list) continue;
    let entry = table.get(word);
    if (!entry) table.set(word, (entry = { main: null, parts: new Map() }));
    const letter = part.toLowerCase();
    if (part !== letter) entry.main = letter;
    entry.parts.set(letter, list.split(' '));
  }
  return table;
}

/**
 * The dictionary forms a written word may be of, as WordNet's own morphology strips endings, each
 * with the parts of speech the ending leaves it: "handed" and "pipped" are verbs, "bosses" a noun
 * or a verb; a word without an ending is what it mostly is.
 */
function baseForms(word: string): [string, readonly string[] | null][] {
  const out: [string, readonly string[] | null][] = [[word, null]];
  const strip = (ending: string, parts: readonly string[], add = '') => {
    if (word.length > ending.length + 2 && word.endsWith(ending))
      out.push([word.slice(0, -ending.length) + add, parts]);
  };
  const nounOrVerb = ['n', 'v'];
  const verb = ['v'];
  strip('ies', nounOrVerb, 'y');
  strip('es', nounOrVerb);
  strip('s', nounOrVerb);
  strip('ed', verb);
  strip('ed', verb, 'e');
  strip('ing', verb);
  strip('ing', verb, 'e');
  // "pipped", "running": the doubled consonant is the ending's.
  const doubled = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(word);
  if (doubled) out.push([word.slice(0, doubled.index + 1), verb]);
  return out;
}

/** WordNet's synonyms of `word` (any case, any inflection), or none. */
export function synonyms(word: string): readonly string[] {
  for (const [base, parts] of baseForms(word.toLowerCase())) {
    const entry = synonymTable().get(base);
    if (!entry) continue;
    if (!parts) return entry.main ? (entry.parts.get(entry.main) ?? []) : [];
    const found = parts.flatMap((part) => entry.parts.get(part) ?? []);
    if (found.length > 0) return found;
  }
  return [];
}
