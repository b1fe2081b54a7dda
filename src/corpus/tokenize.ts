/**
 * Tokenizer and light stemmer shared by indexing and querying. A char-code scanner (no giant regex)
 * because it runs over every sentence of the corpus: lowercase, diacritics folded, possessives and
 * in-word apostrophes handled, hyphenated words split into parts, numbers kept.
 *
 * The stemmer is Porter's step 1 (plurals, -ed, -ing, y -> i) plus its "ll" rule, with two
 * conservative changes: words under 4 letters are left alone, and -s is not stripped after
 * "ss", "us" or "is" ("bus", "crisis", "Belarus" stay whole). So "visits", "visited" and "visiting"
 * all give "visit", "armies" and "army" give "armi", "cancelled" and "cancel" give "cancel", while
 * "cancellation" stays its own term. It is deterministic and only ever applied to a-z words.
 *
 * One word is read by its case: "US" in capitals is the country ("usa", as "USA" gives), "us" the
 * pronoun (a stopword).
 */

/** Bump when tokens for the same text change: persisted indexes built with another version are stale. */
export const TOKENIZER_VERSION = 7;

/** Tokens longer than this are dropped (URLs run together, base64, garbage). */
const MAX_TOKEN_LENGTH = 40;

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
/** Apostrophes, including the backtick and acute accent some sites type instead ("Naylor`s"). */
const APOSTROPHE = 3;
/** Invisible characters that may sit inside a word (soft hyphen, zero-width joiners): dropped. */
const IGNORABLE = 4;

/** Character classes by UTF-16 code unit, filled lazily above ASCII. 255 = not yet classified. */
const classes = new Uint8Array(65536).fill(255);
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? LETTER : c >= 48 && c <= 57 ? DIGIT : OTHER;
}
classes[0x27] = APOSTROPHE;
classes[0x60] = APOSTROPHE;
classes[0xb4] = APOSTROPHE;
classes[0x2019] = APOSTROPHE;
classes[0x02bc] = APOSTROPHE;
classes[0xad] = IGNORABLE;
classes[0x200c] = IGNORABLE;
classes[0x200d] = IGNORABLE;
classes[0x2060] = IGNORABLE;
// Surrogate halves (emoji, rare scripts) separate words rather than being split into halves.
classes.fill(OTHER, 0xd800, 0xe000);

const wordChar = /[\p{L}\p{M}\p{N}]/u;
function classOf(code: number): number {
  let k = classes[code]!;
  if (k === 255) {
    k = wordChar.test(String.fromCharCode(code)) ? LETTER : OTHER;
    classes[code] = k;
  }
  return k;
}

/** Letters NFKD does not decompose into a base letter plus marks. */
const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  ø: 'o',
  ł: 'l',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const specialFold = /[ßøłæœđðþıħ]/g;
const combiningMarks = /\p{M}/gu;
// An alternation, not a character class: a class holding the zero-width joiner reads as an emoji sequence.
const ignorables = /\u00ad|\u200c|\u200d|\u2060|'|`|\u00b4|\u2019|\u02bc|,/g;

function foldNonAscii(token: string): string {
  return token
    .normalize('NFKD')
    .replace(combiningMarks, '')
    .replace(specialFold, (ch) => SPECIAL_FOLDS[ch] ?? ch);
}

/**
 * Calls `emit` with each word of `text`, lowercased and folded but not stemmed. Everything else in
 * this module is built on it.
 */
export function scanWords(text: string, emit: (word: string) => void): void {
  scanWordSpans(text, (lower, start, end, word) => emit(word ?? lower.slice(start, end)));
}

/**
 * The core scanner: `scanWords`, with each word given as where it lies in the lower-cased text
 * (`lower`, start, end) when it is that slice as it is, or as the string it became (apostrophes or
 * invisible characters dropped, letters folded) otherwise. A caller that only looks words up (the
 * index, adding documents) need not cut a string for each.
 */
export function scanWordSpans(
  text: string,
  emit: (lower: string, start: number, end: number, word: string | null) => void,
): void {
  const s = text.toLowerCase();
  const n = s.length;
  // Lower-casing kept every index where it was (true of all but a few letters, e.g. "İ").
  const aligned = n === text.length;
  let i = 0;
  while (i < n) {
    let k = classOf(s.charCodeAt(i));
    if (k !== LETTER && k !== DIGIT) {
      i++;
      continue;
    }
    const start = i;
    let nonAscii = false;
    let cleanup = false;
    let end = n;
    while (i < n) {
      const c = s.charCodeAt(i);
      k = classOf(c);
      if (k === LETTER || k === DIGIT) {
        if (c >= 128) nonAscii = true;
        i++;
        continue;
      }
      if (k === APOSTROPHE) {
        const next = i + 1 < n ? classOf(s.charCodeAt(i + 1)) : OTHER;
        if (next === LETTER && classOf(s.charCodeAt(i - 1)) === LETTER) {
          // "Ruritania's": the possessive goes; "O'Brien", "don't": the word stays whole.
          const after = i + 2 < n ? classOf(s.charCodeAt(i + 2)) : OTHER;
          if (s.charCodeAt(i + 1) === 115 && after !== LETTER && after !== DIGIT) {
            end = i;
            i += 2;
            break;
          }
          cleanup = true;
          i++;
          continue;
        }
        end = i;
        break;
      }
      if (k === IGNORABLE) {
        cleanup = true;
        i++;
        continue;
      }
      // "3.5" and "1,000" are one number; anywhere else . and , end the word.
      if ((c === 46 || c === 44) && i + 1 < n) {
        const prev = s.charCodeAt(i - 1);
        const next = s.charCodeAt(i + 1);
        if (prev >= 48 && prev <= 57 && next >= 48 && next <= 57) {
          if (c === 44) cleanup = true;
          i++;
          continue;
        }
      }
      end = i;
      break;
    }
    // "US" in capitals is the country, which the index knows as "usa"; "us" is a pronoun.
    if (end - start === 2 && aligned && text.charCodeAt(start) === 85 && text.charCodeAt(start + 1) === 83) {
      emit(s, start, end, 'usa');
      continue;
    }
    if (!cleanup && !nonAscii) {
      if (end > start && end - start <= MAX_TOKEN_LENGTH) emit(s, start, end, null);
      continue;
    }
    let word = s.slice(start, end);
    if (cleanup) word = word.replace(ignorables, '');
    if (nonAscii) word = foldNonAscii(word);
    if (word.length > 0 && word.length <= MAX_TOKEN_LENGTH) emit(s, start, end, word);
  }
}

// ---- stemmer ------------------------------------------------------------------------------

function isConsonantAt(w: string, i: number): boolean {
  const c = w.charCodeAt(i);
  if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117) return false;
  if (c === 121) return i === 0 || !isConsonantAt(w, i - 1);
  return true;
}

/** Porter's measure m: the number of vowel-consonant sequences in `w`. */
function measure(w: string): number {
  let m = 0;
  let i = 0;
  const n = w.length;
  while (i < n && isConsonantAt(w, i)) i++;
  while (i < n) {
    while (i < n && !isConsonantAt(w, i)) i++;
    if (i >= n) break;
    while (i < n && isConsonantAt(w, i)) i++;
    m++;
  }
  return m;
}

function hasVowel(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isConsonantAt(w, i)) return true;
  return false;
}

/** consonant-vowel-consonant ending, the last consonant not w, x or y ("hop", not "how"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const last = w.charCodeAt(n - 1);
  return (
    isConsonantAt(w, n - 1) &&
    !isConsonantAt(w, n - 2) &&
    isConsonantAt(w, n - 3) &&
    last !== 119 &&
    last !== 120 &&
    last !== 121
  );
}

const isAz = /^[a-z]+$/;

/** Words whose -s is not a plural ending, where stripping it would merge them with another word. */
const KEEP_FINAL_S = new Set(['news', 'lens', 'chaos', 'bias', 'gas', 'atlas', 'alias']);
/** -ed/-ing bases ending in vowel + s that are words without a final e ("focused" -> "focus"). */
const NO_FINAL_E = new Set(['focus', 'bias', 'gas', 'alias', 'atlas', 'canvas', 'bus']);

/**
 * Step 1c: a final y after two or more letters becomes i ("army"/"armies", "Kelly"/"Kelli"). It
 * also applies to three-letter words and after a consonant-only stem (Porter2's rule), so "pay",
 * "pays" and "paying" share "pai", and "try", "tries" and "trying" share "tri".
 */
function finalYToI(w: string): string {
  return w.length > 2 && w.endsWith('y') ? `${w.slice(0, -1)}i` : w;
}

/** A model's name with figures in it, in the plural: "a320s", "mp3s". */
const MODEL_PLURAL = /^[a-z]+\d+[a-z]*s$/;

/** The light stemmer described at the top of this module. Non a-z words come back unchanged, but for a model's plural. */
export function stem(word: string): string {
  // "A320s", "MP3s": a model's plural is the model; figures alone ("1990s") stay as written.
  if (!isAz.test(word)) return MODEL_PLURAL.test(word) ? word.slice(0, -1) : word;
  if (word.length === 3 && word.endsWith('y')) return finalYToI(word);
  if (word.length < 4 || KEEP_FINAL_S.has(word)) return word;
  let w = word;
  // Step 1a: plurals.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies')) w = w.length > 4 ? `${w.slice(0, -3)}i` : w.slice(0, -1);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  // "coaches", "boxes", "wishes": after a hissing sound the plural adds -es, not -s.
  if (w !== word && /(?:ch|sh|x|zz)e$/.test(w)) w = w.slice(0, -1);
  // Step 1b: -eed, -ed, -ing.
  if (w.endsWith('eed')) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else {
    const cut = w.endsWith('ed') ? 2 : w.endsWith('ing') ? 3 : 0;
    if (cut > 0) {
      const base = w.slice(0, -cut);
      // "died", "tied", "dying", "lying": a two-letter base is the word's own "die", "tie", "lie".
      if (cut === 2 && /^[a-z]i$/.test(base)) w = `${base}e`;
      else if (cut === 3 && /^[a-z]y$/.test(base)) w = `${base[0]}ie`;
      else if (base.length >= 2 && hasVowel(base)) {
        w = base;
        const n = w.length;
        if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) w += 'e';
        // "pleased", "released", "caused": the e goes back, else step 1a would later eat the s.
        else if (/[aeiou]s$/.test(w) && !NO_FINAL_E.has(w)) w += 'e';
        else if (n >= 2 && w[n - 1] === w[n - 2] && isConsonantAt(w, n - 1) && !/[lsz]$/.test(w))
          w = w.slice(0, -1);
        else if (measure(w) === 1 && endsCvc(w)) w += 'e';
      }
    }
  }
  w = finalYToI(w);
  // Porter 5b: "controll" -> "control", so British doubling meets the base form.
  if (w.endsWith('ll') && measure(w.slice(0, -1)) > 1) w = w.slice(0, -1);
  return w;
}

/**
 * The cleaner's stem for topic overlap (clean-overlap.ts): possessive and plural dropped, then the
 * first six letters, so "regional" meets "region", "countries" meets "country" and "Ruritanian"
 * meets "Ruritania". Coarser than `stem` and not a coarsening of it ("jumped" and "jump" stay apart):
 * cleaning with `stem` instead (cut to six letters or not) keeps or drops other paragraphs of
 * bbc-2005 articles, so the corpus and its answers would change. Measured again on the 676-answer
 * snapshot: `stem(w).slice(0, 6)`, with or without the possessive dropped first, changes one
 * answer (bbc-2005 bbc-068).
 */
export function coarseStem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.slice(0, 6);
}

/** English function words, plus reporting verbs news uses in nearly every sentence. */
const STOPWORD_LIST = `a about above after again against all almost along already also although always am
among an and another any anyone anything are around as at be became because become been before being
below between both but by can cannot could did do does doing done down during each either else ever
every few for from further had has have having he her here hers herself him himself his how however i
if in into is it its itself just least less let like many may me might more most much must my myself
neither no nor not now of off often on once one only or other others otherwise our ours ourselves out
over own per perhaps quite rather same say says said shall she should since so some something such than
that the their theirs them themselves then there these they this those though through thus to too
toward towards under until up upon us very via was we were what whatever when whenever where whereas
whether which while who whoever whom whose why will with within without would yet you your yours
yourself yourselves mr mrs ms dont doesnt didnt isnt arent wasnt werent hasnt havent hadnt wont wouldnt
cant couldnt shouldnt im ive id youre youve theyre theyve weve hes shes thats theres whats lets`
  .split(/\s+/)
  .filter(Boolean);

const RAW_STOPWORDS = new Set<string>(STOPWORD_LIST);
for (let c = 97; c <= 122; c++) RAW_STOPWORDS.add(String.fromCharCode(c));

/**
 * Stopwords, as typed and as stemmed ("has" and its stem "ha"), so that filtering either the raw
 * words or the output of `tokenize` works.
 */
export const STOPWORDS: ReadonlySet<string> = new Set<string>([
  ...RAW_STOPWORDS,
  ...[...RAW_STOPWORDS].map((w) => stem(w)),
]);

/** True when a raw (unstemmed) word carries no meaning for retrieval. */
export function isStopword(word: string): boolean {
  return RAW_STOPWORDS.has(word);
}

// ---- public helpers ------------------------------------------------------------------------

/** Raw word -> stem, or null for a stopword. Bounded so a long-running process cannot grow it forever. */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_MAX = 200_000;

/** The index term for a raw word, or null when it is a stopword. Cached. */
export function termOf(word: string): string | null {
  let t = stemCache.get(word);
  if (t === undefined) {
    t = RAW_STOPWORDS.has(word) ? null : stem(word);
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    stemCache.set(detach(word), t);
  }
  return t;
}

/**
 * A copy of `s` that does not keep its parent string alive (V8 slices share the parent's memory,
 * and a vocabulary entry must not pin a whole article).
 */
export function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

/** All tokens of `text`, stemmed, stopwords included, in order. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (w) => {
    out.push(stem(w));
  });
  return out;
}

/** Tokens without stopwords, in order, repeats kept: what the search index counts. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (w) => {
    const t = termOf(w);
    if (t !== null) out.push(t);
  });
  return out;
}

/** A query term with the spellings it was typed as (variant matching works on spellings). */
export interface QueryToken {
  term: string;
  surfaces: string[];
}

/** Query tokens: stopwords dropped, one entry per term in first-seen order. */
export function queryTokens(text: string): QueryToken[] {
  const byTerm = new Map<string, QueryToken>();
  scanWords(text, (w) => {
    const t = termOf(w);
    if (t === null) return;
    const q = byTerm.get(t);
    if (q === undefined) byTerm.set(t, { term: t, surfaces: [w] });
    else if (!q.surfaces.includes(w)) q.surfaces.push(w);
  });
  return [...byTerm.values()];
}

/** `tokenize` minus stopwords, deduplicated, order kept. */
export function queryTerms(text: string): string[] {
  return queryTokens(text).map((q) => q.term);
}
