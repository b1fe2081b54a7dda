/**
 * Word-level measures the cleaner uses to tell an article's own paragraphs from strays:
 * crude stems of content words (topic overlap) and word bigrams (near-duplicate paragraphs).
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

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/**
 * The cleaner asks for the words of the same paragraph many times (label, prose, furniture,
 * stems, bigrams): a memo keyed by the string saves most of the tokenising. The cleaner clears
 * it per article (`forgetWords`), and it is cleared wholesale when full, so memory stays bounded.
 */
const wordMemo = new Map<string, readonly string[]>();
const WORD_MEMO_SIZE = 4096;

/** Lower-cased words (letters, digits, inner apostrophes and hyphens). Shared: do not mutate. */
export function words(text: string): readonly string[] {
  const known = wordMemo.get(text);
  if (known !== undefined) return known;
  const found = text.toLowerCase().match(WORD) ?? [];
  if (wordMemo.size >= WORD_MEMO_SIZE) wordMemo.clear();
  wordMemo.set(text, found);
  return found;
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

const stemMemo = new Map<string, ReadonlySet<string>>();

/** Stems of the content words of `text`: stopwords and bare numbers left out. Shared: do not mutate. */
export function contentStems(text: string): ReadonlySet<string> {
  const known = stemMemo.get(text);
  if (known !== undefined) return known;
  const out = new Set<string>();
  for (const w of words(text)) {
    if (w.length < 3 || STOPWORDS.has(w) || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  if (stemMemo.size >= WORD_MEMO_SIZE) stemMemo.clear();
  stemMemo.set(text, out);
  return out;
}

/** Drops the memos of `words` and `contentStems` (one article's paragraphs are done). */
export function forgetWords(): void {
  wordMemo.clear();
  stemMemo.clear();
}

/** How many of `a` are in `b`. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Word bigrams, the unit of near-duplicate detection (word order matters, unlike stems). */
export function bigrams(text: string): Set<string> {
  const ws = words(text);
  const out = new Set<string>();
  if (ws.length === 1) out.add(ws[0]!);
  for (let i = 1; i < ws.length; i++) out.add(`${ws[i - 1]} ${ws[i]}`);
  return out;
}

/** Room for every word id of one article (a 5 MB file holds far fewer words). */
const WORD_IDS = 2 ** 26;

/**
 * The same sets as `bigrams`, as numbers: each word gets an id from `ids` (shared by every text
 * compared), a pair is (first + 1) * 2^26 + second and a lone word its id, so equal bigrams get
 * equal keys and different ones different keys, without building a string per pair.
 */
export function bigramKeys(text: string, ids: Map<string, number>): Set<number> {
  const ws = words(text);
  const out = new Set<number>();
  let previous = -1;
  for (const w of ws) {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = ids.size));
    if (previous >= 0) out.add((previous + 1) * WORD_IDS + id);
    previous = id;
  }
  if (ws.length === 1) out.add(previous);
  return out;
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
 * Capitalised words not opening a sentence, lower-cased: the names a paragraph talks about.
 * A stray story brings names the article never mentions.
 */
export function names(text: string): Set<string> {
  const out = new Set<string>();
  const re = /(^|[.!?]["')\]]*\s+|["'(]|\s)(\p{Lu}[\p{L}'-]+)/gu;
  for (const m of text.matchAll(re)) {
    const before = m[1] ?? '';
    if (before === '' || /[.!?]/.test(before) || /["'(]/.test(before)) continue;
    out.add(stem(m[2]!.toLowerCase()));
  }
  return out;
}
