/**
 * How much paragraphs overlap, the measures the cleaner uses to tell an article's own paragraphs
 * from strays: shared stems of content words (topic overlap, stems by tokenize.ts `coarseStem`) and
 * shared word bigrams (near-duplicate paragraphs); and how many words a paragraph has.
 *
 * Words are interned: a paragraph's words are numbers (ids into one vocabulary), found by hashing
 * the characters in place, so the cleaner neither cuts a string per word nor hashes one per
 * question; stems are numbers too. Only equality of ids is ever used, never their values, so
 * results do not depend on which article came first.
 */
import { coarseStem, isStopword } from './tokenize.js';

/**
 * Words news uses in nearly every article, beyond the function words `isStopword` knows: they say
 * nothing about what a paragraph is about.
 */
const NEWS_WORDS = new Set(
  (
    'according away back day days dr even far first get go going got know last made make new next put ' +
    'see seen still take taken three time today told tomorrow two week well year years yesterday'
  ).split(' '),
);

// ---- the vocabulary ------------------------------------------------------------------------

/** Interned words (lower-cased), by id. */
let vocabulary: string[] = [];
/** Per word id: its hash, and its content stem id (-1: no content word; -2: not yet known). */
let wordHash = new Int32Array(1024);
let wordStem = new Int32Array(1024);
/** Open addressing: slot -> word id + 1 (0: empty). Kept at most half full. */
let slots = new Int32Array(4096);
/** Stem (string) -> stem id. */
let stemIds = new Map<string, number>();
/** The vocabulary starts over (between articles) past this many words, so memory stays bounded. */
const MAX_VOCABULARY = 500_000;

function resetVocabulary(): void {
  vocabulary = [];
  wordHash = new Int32Array(1024);
  wordStem = new Int32Array(1024);
  slots = new Int32Array(4096);
  stemIds = new Map();
}

/** A copy of a word that does not keep its whole paragraph alive (V8 slices share the parent). */
function ownCopy(s: string, start: number, end: number): string {
  const w = s.slice(start, end);
  return w.length < 13 ? w : ` ${w}`.slice(1);
}

function hashOf(s: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h | 0;
}

function sameWord(word: string, s: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

/** The id of the word s[start, end), interning it when new. */
function internWord(s: string, start: number, end: number): number {
  const h = hashOf(s, start, end);
  let mask = slots.length - 1;
  let at = h & mask;
  for (let id = slots[at]! - 1; id >= 0; id = slots[at]! - 1) {
    if (wordHash[id] === h && sameWord(vocabulary[id]!, s, start, end)) return id;
    at = (at + 1) & mask;
  }
  const id = vocabulary.length;
  vocabulary.push(ownCopy(s, start, end));
  if (id >= wordHash.length) {
    const hashes = new Int32Array(wordHash.length * 2);
    hashes.set(wordHash);
    wordHash = hashes;
    const stems = new Int32Array(wordStem.length * 2);
    stems.set(wordStem);
    wordStem = stems;
  }
  wordHash[id] = h;
  wordStem[id] = -2;
  slots[at] = id + 1;
  if (vocabulary.length * 2 > slots.length) {
    // Grow and re-place every word.
    slots = new Int32Array(slots.length * 2);
    mask = slots.length - 1;
    for (let w = 0; w < vocabulary.length; w++) {
      let k = wordHash[w]! & mask;
      while (slots[k] !== 0) k = (k + 1) & mask;
      slots[k] = w + 1;
    }
  }
  return id;
}

/** internWord for an ASCII word of `text` (not lower-cased), its lower-cased hash `h` given. */
function internAscii(text: string, start: number, end: number, h: number): number {
  const mask = slots.length - 1;
  let at = h & mask;
  for (let id = slots[at]! - 1; id >= 0; id = slots[at]! - 1) {
    if (wordHash[id] === h && sameLowered(vocabulary[id]!, text, start, end)) return id;
    at = (at + 1) & mask;
  }
  const word = text.slice(start, end).toLowerCase();
  return internWord(word, 0, word.length);
}

/** True when `word` is text[start, end) with ASCII capitals lowered. */
function sameLowered(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if (word.charCodeAt(i) !== (c >= 0x41 && c <= 0x5a ? c | 0x20 : c)) return false;
  }
  return true;
}

function stemId(stemmed: string): number {
  let id = stemIds.get(stemmed);
  if (id === undefined) stemIds.set(stemmed, (id = stemIds.size));
  return id;
}

// ---- words of a text ---------------------------------------------------------------------

/**
 * The cleaner asks for the words of the same paragraph many times (label, prose, furniture,
 * stems, bigrams): a memo keyed by the string saves most of the tokenising. The cleaner clears
 * it per article (`forgetWords`), and it is cleared wholesale when full, so memory stays bounded.
 */
const wordMemo = new Map<string, readonly number[]>();
const WORD_MEMO_SIZE = 4096;

/** 1 for the code units of ASCII letters and digits, 0 for other ASCII; 2: ask `WORD_CHAR`. */
const WORD_UNIT = new Uint8Array(65536).fill(2);
for (let c = 0; c < 128; c++) WORD_UNIT[c] = /[a-zA-Z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Length of the letter or digit (a code point: one or two code units) at `i`, or 0 for none. */
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const known = WORD_UNIT[c]!;
  if (known !== 2) return known;
  // Surrogates are never cached: a pair is one code point, a lone half none.
  if (c >= 0xd800 && c <= 0xdfff) {
    const low = c <= 0xdbff && i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    return low >= 0xdc00 && low <= 0xdfff && WORD_CHAR.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  const is = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  WORD_UNIT[c] = is;
  return is;
}

/** Reused scratch for the ids of one text. */
let scratch = new Int32Array(256);

function push(count: number, id: number): void {
  if (count === scratch.length) {
    const more = new Int32Array(count * 2);
    more.set(scratch);
    scratch = more;
  }
  scratch[count] = id;
}

/** ASCII code -> 0: not in a word; 1: letter or digit as it is; 0x20: capital (| 0x20 lowers it). */
const ASCII_WORD = new Uint8Array(128);
ASCII_WORD.fill(1, 0x30, 0x3a);
ASCII_WORD.fill(1, 0x61, 0x7b);
ASCII_WORD.fill(0x20, 0x41, 0x5b);
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The ids of the lower-cased words of `text`: runs of letters and digits (Unicode L and N) joined
 * by inner apostrophes and hyphens, as a regex would match them in the lower-cased text, but
 * scanned by hand (the regex was a third of the cleaner's time). ASCII text is read as it is,
 * lower-casing while hashing; other text is lower-cased first. Shared: do not mutate.
 */
function wordIds(text: string): readonly number[] {
  const known = wordMemo.get(text);
  if (known !== undefined) return known;
  const count = asciiWordIds(text);
  const n = count >= 0 ? count : wordIdsLowered(text);
  // A plain array: a typed array this size gets its memory outside the heap, slow to allocate.
  const ids: number[] = [];
  for (let i = 0; i < n; i++) ids.push(scratch[i]!);
  if (wordMemo.size >= WORD_MEMO_SIZE) wordMemo.clear();
  wordMemo.set(text, ids);
  return ids;
}

/** Word ids of ASCII `text` into `scratch`; returns how many, or -1 at the first other character. */
function asciiWordIds(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return -1;
    if (ASCII_WORD[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = FNV_OFFSET;
    for (;;) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d > 0x7f) return -1;
        const k = ASCII_WORD[d]!;
        if (k === 0) break;
        h = Math.imul(h ^ (k === 1 ? d : d | 0x20), FNV_PRIME);
      }
      // An apostrophe or hyphen joins only when a letter or digit follows it.
      const d = text.charCodeAt(i);
      if (i + 1 < n && (d === 0x27 || d === 0x2d)) {
        const e = text.charCodeAt(i + 1);
        if (e > 0x7f) return -1;
        if (ASCII_WORD[e] !== 0) {
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
          continue;
        }
      }
      break;
    }
    push(count++, internAscii(text, start, i, h | 0));
  }
  return count;
}

/** Word ids of any `text` into `scratch`, lower-cased first; returns how many. */
function wordIdsLowered(text: string): number {
  const s = text.toLowerCase();
  const n = s.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(s, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    i += w;
    for (;;) {
      while (i < n && (w = wordCharAt(s, i)) > 0) i += w;
      const c = s.charCodeAt(i);
      if (i + 1 < n && (c === 0x27 || c === 0x2d) && (w = wordCharAt(s, i + 1)) > 0) i += 1 + w;
      else break;
    }
    push(count++, internWord(s, start, i));
  }
  return count;
}

/** How many words `text` has (see `wordIds` for what a word is). */
export function wordCount(text: string): number {
  return wordIds(text).length;
}

/** A number equal for texts equal but for case (a hash of their words): grouping, not proof. */
export function wordsKey(text: string): number {
  const ids = wordIds(text);
  let h = ids.length;
  for (const id of ids) h = Math.imul(h ^ id, 0x01000193);
  return h;
}

/** The lower-cased words of `text`, in order. */
export function words(text: string): string[] {
  return Array.from(wordIds(text), (id) => vocabulary[id]!);
}

const stemMemo = new Map<string, readonly number[]>();

/** The content stem id of a word id, or -1 for a short word, a stopword or a bare number. */
function contentStemOf(id: number): number {
  let known = wordStem[id]!;
  if (known === -2) {
    const w = vocabulary[id]!;
    known =
      w.length < 3 || isStopword(w) || NEWS_WORDS.has(w) || /^\d+$/.test(w) ? -1 : stemId(coarseStem(w));
    wordStem[id] = known;
  }
  return known;
}

/** Per stem id: the stamp of the last `contentStems` call that saw it (to keep each stem once). */
let stemSeen = new Int32Array(1024);
let stemSeenStamp = 0;

/**
 * Stems of the content words of `text` (stopwords and bare numbers left out), each once, as stem
 * ids: compare them only with other stems and `names`. Shared: do not mutate.
 */
export function contentStems(text: string): readonly number[] {
  const known = stemMemo.get(text);
  if (known !== undefined) return known;
  const ids = wordIds(text);
  if (stemIds.size > stemSeen.length) stemSeen = new Int32Array(stemIds.size * 2);
  if (++stemSeenStamp > 0x7fffffff) {
    stemSeenStamp = 1;
    stemSeen.fill(0);
  }
  const stems: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    const s = contentStemOf(ids[i]!);
    if (s < 0) continue;
    if (s >= stemSeen.length) {
      const more = new Int32Array(Math.max(s + 1, stemSeen.length * 2));
      more.set(stemSeen);
      stemSeen = more;
    }
    if (stemSeen[s] === stemSeenStamp) continue;
    stemSeen[s] = stemSeenStamp;
    stems.push(s);
  }
  if (stemMemo.size >= WORD_MEMO_SIZE) stemMemo.clear();
  stemMemo.set(text, stems);
  return stems;
}

/** Per stem id: the stamp of the StemSet holding it. */
let memberStamp = new Int32Array(1024);
let memberStampNext = 0;

/**
 * A growing set of stem ids (an article's vocabulary) kept in one shared array by stamp: cheaper
 * than a Set for the hundreds of stems of every article. One is live at a time: making another
 * retires the previous one, which then throws if used.
 */
export class StemSet {
  private readonly stamp: number;

  constructor(initial: Iterable<number> = []) {
    if (++memberStampNext > 0x7fffffff) {
      memberStampNext = 1;
      memberStamp.fill(0);
    }
    this.stamp = memberStampNext;
    for (const s of initial) this.add(s);
  }

  add(stemIdToAdd: number): void {
    this.check();
    if (stemIdToAdd >= memberStamp.length) {
      const more = new Int32Array(Math.max(stemIdToAdd + 1, memberStamp.length * 2));
      more.set(memberStamp);
      memberStamp = more;
    }
    memberStamp[stemIdToAdd] = this.stamp;
  }

  has(stemIdToFind: number): boolean {
    this.check();
    return memberStamp[stemIdToFind] === this.stamp;
  }

  private check(): void {
    // The newest set holds the newest stamp.
    if (this.stamp !== memberStampNext) throw new Error('StemSet used after another one was made');
  }
}

/** Drops the memos of `words` and `contentStems` (one article's paragraphs are done). */
export function forgetWords(): void {
  wordMemo.clear();
  stemMemo.clear();
  if (vocabulary.length > MAX_VOCABULARY) resetVocabulary();
}

/** Word bigrams, the unit of near-duplicate detection (word order matters, unlike stems). */
export function bigrams(text: string): Set<string> {
  const ws = words(text);
  const out = new Set<string>();
  if (ws.length === 1) out.add(ws[0]!);
  for (let i = 1; i < ws.length; i++) out.add(`${ws[i - 1]} ${ws[i]}`);
  return out;
}

/**
 * The bigrams of a title and of a page's paragraphs, compared: how many distinct bigrams each text
 * has (a one-word text: its word) and how many it shares with the title and with each of the
 * `window` paragraphs before it. `nearDuplicate` on these counts answers as on the texts' bigram sets.
 */
export interface BigramOverlaps {
  titleSize: number;
  sizes: Int32Array;
  /** Bigrams paragraph `i` shares with the title. */
  withTitle: Int32Array;
  /** Bigrams paragraph `i` shares with paragraph `j`, for i - window <= j < i (until the next call). */
  shared(i: number, j: number): number;
}

/**
 * Counted through one hash table of the page's bigrams, each holding the list of paragraphs it
 * occurs in (newest first), instead of a set per paragraph and a lookup per pair: a paragraph's
 * bigrams are hashed once, and only shared ones cost more.
 */
export function bigramOverlaps(title: string, paragraphs: readonly string[], window: number): BigramOverlaps {
  const n = paragraphs.length;
  // Every word interned before the table numbers them (its numbering is sized to the vocabulary).
  const titleIds = wordIds(title);
  const ids = paragraphs.map(wordIds);
  const table = bigramTable.reset();
  const titleSize = table.addTitle(titleIds);
  const sizes = new Int32Array(n);
  const withTitle = new Int32Array(n);
  // After a huge page the buffer goes back to a small one rather than keep its memory.
  if (sharedCounts.length < n * window || (sharedCounts.length > 1 << 20 && n * window <= 4096))
    sharedCounts = new Int32Array(Math.max(n * window * 2, 4096));
  const shared = sharedCounts;
  shared.fill(0, 0, n * window);
  for (let i = 0; i < n; i++) sizes[i] = table.addParagraph(ids[i]!, i, window, shared, withTitle);
  return {
    titleSize,
    sizes,
    withTitle,
    shared: (i, j) => (i > j && i - j <= window ? shared[i * window + (i - j - 1)]! : 0),
  };
}

/** bigramOverlaps' pair counts, reused from page to page. */
let sharedCounts = new Int32Array(4096);

/** True when counts say two texts are near-duplicates (see `nearDuplicate`, same answer). */
export function nearDuplicateCounts(sizeA: number, sizeB: number, shared: number): boolean {
  const small = Math.min(sizeA, sizeB);
  if (small === 0) return false;
  if (small < 4) return sizeA === sizeB && shared === small;
  return shared / small >= 0.7;
}

/** Page-local word numbers (by global word id, valid while `localStamp` holds the page's stamp). */
let localNo = new Int32Array(1024);
let localStamp = new Int32Array(1024);
let stamp = 0;
const INITIAL_SLOTS = 4096;
const MAX_KEPT_SLOTS = 1 << 16;

/** Open addressing over bigrams (pairs of page-local word numbers; a lone word is (-1, word)). */
class BigramTable {
  private firsts = new Int32Array(INITIAL_SLOTS);
  private seconds = new Int32Array(INITIAL_SLOTS);
  /** Per slot: newest node + 1 (0: empty slot), and whether the title has the bigram. */
  private heads = new Int32Array(INITIAL_SLOTS);
  private inTitle = new Uint8Array(INITIAL_SLOTS);
  /** Slots in use, to empty them for the next page. */
  private claimed = new Int32Array(INITIAL_SLOTS / 2);
  private used = 0;
  /** Nodes: paragraph and next (older) node + 1. */
  private nodeParagraph = new Int32Array(INITIAL_SLOTS);
  private nodeNext = new Int32Array(INITIAL_SLOTS);
  private nodes = 0;
  private words = 0;

  /** Empties the table for the next page (one table serves every page: allocating is the cost). */
  reset(): this {
    if (this.firsts.length > MAX_KEPT_SLOTS) {
      // After a huge page: back to a small table rather than keep its memory.
      this.firsts = new Int32Array(INITIAL_SLOTS);
      this.seconds = new Int32Array(INITIAL_SLOTS);
      this.heads = new Int32Array(INITIAL_SLOTS);
      this.inTitle = new Uint8Array(INITIAL_SLOTS);
      this.claimed = new Int32Array(INITIAL_SLOTS / 2);
      this.nodeParagraph = new Int32Array(INITIAL_SLOTS);
      this.nodeNext = new Int32Array(INITIAL_SLOTS);
    } else {
      for (let k = 0; k < this.used; k++) {
        this.heads[this.claimed[k]!] = 0;
        this.inTitle[this.claimed[k]!] = 0;
      }
    }
    this.used = 0;
    this.nodes = 0;
    this.words = 0;
    if (++stamp > 0x7fffffff) {
      stamp = 1;
      localStamp.fill(0);
    }
    if (localNo.length < wordHash.length) {
      localNo = new Int32Array(wordHash.length);
      localStamp = new Int32Array(wordHash.length);
    }
    return this;
  }

  private local(id: number): number {
    if (localStamp[id] !== stamp) {
      localStamp[id] = stamp;
      localNo[id] = this.words++;
    }
    return localNo[id]!;
  }

  /** The slot of bigram (a, b), claimed when new. */
  private slot(a: number, b: number): number {
    if (this.used * 2 >= this.firsts.length) this.grow();
    const mask = this.firsts.length - 1;
    let at = (Math.imul(a + 2, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) & mask;
    while (this.heads[at] !== 0 || this.inTitle[at] !== 0) {
      if (this.firsts[at] === a && this.seconds[at] === b) return at;
      at = (at + 1) & mask;
    }
    this.firsts[at] = a;
    this.seconds[at] = b;
    this.claimed[this.used++] = at;
    return at;
  }

  private grow(): void {
    const { firsts, seconds, heads, inTitle } = this;
    const size = firsts.length * 2;
    this.firsts = new Int32Array(size);
    this.seconds = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.inTitle = new Uint8Array(size);
    const claimed = this.claimed;
    this.claimed = new Int32Array(size / 2);
    const mask = size - 1;
    for (let c = 0; c < this.used; c++) {
      const k = claimed[c]!;
      let at = (Math.imul(firsts[k]! + 2, 0x9e3779b1) ^ Math.imul(seconds[k]! + 1, 0x85ebca6b)) & mask;
      while (this.heads[at] !== 0 || this.inTitle[at] !== 0) at = (at + 1) & mask;
      this.firsts[at] = firsts[k]!;
      this.seconds[at] = seconds[k]!;
      this.heads[at] = heads[k]!;
      this.inTitle[at] = inTitle[k]!;
      this.claimed[c] = at;
    }
  }

  /** Calls `visit` with each distinct-or-not bigram of `ids` as a slot. */
  private forEachSlot(ids: readonly number[], visit: (slot: number) => void): void {
    if (ids.length === 1) {
      visit(this.slot(-1, this.local(ids[0]!)));
      return;
    }
    let previous = ids.length > 0 ? this.local(ids[0]!) : -1;
    for (let k = 1; k < ids.length; k++) {
      const current = this.local(ids[k]!);
      visit(this.slot(previous, current));
      previous = current;
    }
  }

  /** Adds the title's bigrams; returns how many distinct ones it has. */
  addTitle(ids: readonly number[]): number {
    let size = 0;
    this.forEachSlot(ids, (at) => {
      if (this.inTitle[at] === 0) {
        this.inTitle[at] = 1;
        size++;
      }
    });
    return size;
  }

  /**
   * Adds paragraph `i`'s bigrams, counting those it shares with the title and with each of the
   * `window` paragraphs before it; returns how many distinct ones it has.
   */
  addParagraph(
    ids: readonly number[],
    i: number,
    window: number,
    shared: Int32Array,
    withTitle: Int32Array,
  ): number {
    let size = 0;
    this.forEachSlot(ids, (at) => {
      const head = this.heads[at]! - 1;
      if (head >= 0 && this.nodeParagraph[head] === i) return; // repeated within the paragraph
      size++;
      if (this.inTitle[at] === 1) withTitle[i]!++;
      for (let node = head; node >= 0; node = this.nodeNext[node]! - 1) {
        const j = this.nodeParagraph[node]!;
        if (i - j > window) break;
        shared[i * window + (i - j - 1)]!++;
      }
      if (this.nodes === this.nodeParagraph.length) {
        const paragraphs = new Int32Array(this.nodes * 2);
        paragraphs.set(this.nodeParagraph);
        this.nodeParagraph = paragraphs;
        const next = new Int32Array(this.nodes * 2);
        next.set(this.nodeNext);
        this.nodeNext = next;
      }
      this.nodeParagraph[this.nodes] = i;
      this.nodeNext[this.nodes] = head + 1;
      this.heads[at] = ++this.nodes;
    });
    return size;
  }
}

/** How many of `a` are in `b`. */
export function overlap<T>(a: Iterable<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * True when the shorter of two paragraphs (given as their bigrams) is (nearly) contained in the
 * longer: most of its word bigrams recur there. A repeated lead, a pull quote, a standfirst
 * restated with a dateline.
 */
export function nearDuplicate<T>(ga: ReadonlySet<T>, gb: ReadonlySet<T>): boolean {
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  if (small.size === 0) return false;
  // Very short paragraphs repeat by accident ("Reuters"); only an exact repeat counts for them.
  if (small.size < 4) return small.size === large.size && overlap(small, large) === small.size;
  // Most pairs are far apart: stop as soon as the share is settled either way.
  let shared = 0;
  let left = small.size;
  for (const x of small) {
    left--;
    if (large.has(x)) {
      shared++;
      if (shared / small.size >= 0.7) return true;
    } else if ((shared + left) / small.size < 0.7) return false;
  }
  return shared / small.size >= 0.7;
}

/**
 * Capitalised words not opening a sentence, lower-cased: the names a paragraph talks about, as
 * stem ids (comparable with `contentStems`). A stray story brings names the article never mentions.
 */
export function names(text: string): Set<number> {
  const out = new Set<number>();
  const re = /(^|[.!?]["')\]]*\s+|["'(]|\s)(\p{Lu}[\p{L}'-]+)/gu;
  for (const m of text.matchAll(re)) {
    const before = m[1] ?? '';
    if (before === '' || /[.!?]/.test(before) || /["'(]/.test(before)) continue;
    out.add(stemId(coarseStem(m[2]!.toLowerCase())));
  }
  return out;
}

/** The one bigram table (see BigramTable.reset). */
const bigramTable = new BigramTable();
