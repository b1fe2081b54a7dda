/**
 * Word-level measures the cleaner uses to tell an article's own paragraphs from strays:
 * crude stems of content words (topic overlap) and word bigrams (near-duplicate paragraphs).
 *
 * Words are interned: a paragraph's words are numbers (ids into one vocabulary), found by hashing
 * the characters in place, so the cleaner neither cuts a string per word nor hashes one per
 * question; stems are numbers too. Only equality of ids is ever used, never their values, so
 * results do not depend on which article came first.
 */

const STOPWORDS = new Set(
  (
    'a about above after again against all also although am an and any are as at be because been before ' +
    'being below between both but by can could did do does doing down during each even ever every few ' +
    'for from further had has have having he her here hers herself him himself his how however i if in ' +
    'into is it its itself just last less like made make many may me might more most much must my ' +
    'new next no nor not now of off on once one only or other our ours out over own per said same say ' +
    'says she should since so some such than that the their theirs them then there these they this ' +
    'those though three through to told too two under until up upon us very via was we well were what ' +
    'when where whether which while who whom whose why will with within without would year years yet ' +
    'you your according already another around away back day days far first get got go going know ' +
    'least let mr mrs ms dr per put see seen still take taken time today tomorrow week yesterday'
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
const wordMemo = new Map<string, Int32Array>();
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

/**
 * The ids of the lower-cased words of `text`: runs of letters and digits (Unicode L and N) joined
 * by inner apostrophes and hyphens, as a regex would match them in the lower-cased text, but
 * scanned by hand (the regex was a third of the cleaner's time). Shared: do not mutate.
 */
function wordIds(text: string): Int32Array {
  const known = wordMemo.get(text);
  if (known !== undefined) return known;
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
      // An apostrophe or hyphen joins only when a letter or digit follows it.
      if (i + 1 < n && (c === 0x27 || c === 0x2d) && (w = wordCharAt(s, i + 1)) > 0) i += 1 + w;
      else break;
    }
    if (count === scratch.length) {
      const more = new Int32Array(count * 2);
      more.set(scratch);
      scratch = more;
    }
    scratch[count++] = internWord(s, start, i);
  }
  const ids = scratch.slice(0, count);
  if (wordMemo.size >= WORD_MEMO_SIZE) wordMemo.clear();
  wordMemo.set(text, ids);
  return ids;
}

/** How many words `text` has (see `wordIds` for what a word is). */
export function wordCount(text: string): number {
  return wordIds(text).length;
}

/** The lower-cased words of `text`, in order. */
export function words(text: string): string[] {
  return Array.from(wordIds(text), (id) => vocabulary[id]!);
}

/**
 * A crude stem: possessive and plural dropped, then the first six letters, so "regional" meets
 * "region", "countries" meets "country" and "Pakistani" meets "Pakistan".
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 6);
}

const stemMemo = new Map<string, ReadonlySet<number>>();

/** The content stem id of a word id, or -1 for a short word, a stopword or a bare number. */
function contentStemOf(id: number): number {
  let known = wordStem[id]!;
  if (known === -2) {
    const w = vocabulary[id]!;
    known = w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w) ? -1 : stemId(stem(w));
    wordStem[id] = known;
  }
  return known;
}

/**
 * Stems of the content words of `text` (stopwords and bare numbers left out), as stem ids: compare
 * them only with other stem sets and `names`. Shared: do not mutate.
 */
export function contentStems(text: string): ReadonlySet<number> {
  const known = stemMemo.get(text);
  if (known !== undefined) return known;
  const out = new Set<number>();
  for (const id of wordIds(text)) {
    const s = contentStemOf(id);
    if (s >= 0) out.add(s);
  }
  if (stemMemo.size >= WORD_MEMO_SIZE) stemMemo.clear();
  stemMemo.set(text, out);
  return out;
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

/** Word ids below this pair into small-integer keys (V8 keeps them unboxed: cheaper sets). */
const SMALL_IDS = 2 ** 15;
/** Room for every word id of one article (a 5 MB file holds far fewer words). */
const WORD_IDS = 2 ** 26;

/**
 * The same sets as `bigrams`, as numbers: each word gets a number from `ids` (shared by every text
 * compared; numbered from 0 in order of appearance), so equal bigrams get equal keys and different
 * ones different keys, without building a string per pair. A pair of small numbers is
 * (first + 1) * 2^15 + second (below 2^30), a pair with a larger one 2^30 + (first + 1) * 2^26 +
 * second, and a lone word -1 - its number.
 */
export function bigramKeys(text: string, ids: Map<number, number>): Set<number> {
  const ws = wordIds(text);
  const out = new Set<number>();
  let previous = -1;
  for (let i = 0; i < ws.length; i++) {
    const word = ws[i]!;
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = ids.size));
    if (previous >= 0) {
      out.add(
        previous < SMALL_IDS - 1 && id < SMALL_IDS
          ? (previous + 1) * SMALL_IDS + id
          : 2 ** 30 + (previous + 1) * WORD_IDS + id,
      );
    }
    previous = id;
  }
  if (ws.length === 1) out.add(-1 - previous);
  return out;
}

/** How many of `a` are in `b`. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
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
    out.add(stemId(stem(m[2]!.toLowerCase())));
  }
  return out;
}
