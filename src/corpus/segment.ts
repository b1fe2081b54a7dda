/**
 * Sentence splitting with one shared Intl.Segmenter (a new one per call is slow), plus repairs for
 * the false splits it makes after abbreviations and initials ("Gen. Sam Carver", "A. K. Jones").
 * Sentences are slices of the paragraph, so they quote it character for character.
 */
import { MONTH_SHORT_FORMS } from './months.js';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles and abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj prof st vs sgt capt cmdr adm brig gov sen rep rev hon jr sr mt ft ' +
    'insp supt dept univ approx fig'
  ).split(' '),
);
/**
 * Month abbreviations end sentences too ("in Oct."); they join only a following day ("Oct. 4").
 * "May" is left out: it is the whole name (and a verb), so "in May." ends a sentence before a number too.
 */
const MONTHS = new Set(
  MONTH_SHORT_FORMS.filter((short) => short !== 'May').map((short) => short.toLowerCase()),
);

/** Abbreviations written with inner full stops (matched without regard to ASCII case). */
const DOTTED = ['e.g', 'i.e', 'a.k.a', 'viz', 'cf'];
const UPPER_LETTER = /^\p{Lu}$/u;

/** True when text[start, start + word.length) is `word`, ASCII letters in either case. */
function asciiCaselessAt(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    let c = text.charCodeAt(start + i);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * True when a segment stops at a full stop that belongs to an abbreviation or an initial. Read
 * back from the full stop by hand: asked of nearly every sentence, and regexes anchored at the end
 * still try every position from the start.
 */
function endsInAbbreviation(segment: string, next: string): boolean {
  const s = segment.trimEnd();
  const dot = s.length - 1;
  if (dot < 1 || s.charCodeAt(dot) !== 0x2e) return false;
  // "e.g.", "(i.e.", "a.k.a." after a space, bracket, full stop or at the start.
  for (const a of DOTTED) {
    const start = dot - a.length;
    if (start >= 0 && asciiCaselessAt(s, start, a) && (start === 0 || /[\s(.]/.test(s[start - 1]!)))
      return true;
  }
  // "No. 5": only before a number, or "he said no." would never end.
  if (s.endsWith('No.') && (dot === 2 || /\s/.test(s[dot - 3]!))) return /^\d/.test(next);
  // A single capital letter, alone or after another initial: "A.", "A.K.", "Dr.A.K."
  const low = s.charCodeAt(dot - 1);
  const pair =
    low >= 0xdc00 &&
    low <= 0xdfff &&
    dot >= 2 &&
    s.charCodeAt(dot - 2) >= 0xd800 &&
    s.charCodeAt(dot - 2) <= 0xdbff;
  const initial = pair ? dot - 2 : dot - 1;
  if (UPPER_LETTER.test(s.slice(initial, dot)) && (initial === 0 || /[\s.(]/.test(s[initial - 1]!)))
    return true;
  // The ASCII word before the full stop, after a space, bracket, full stop or quote.
  let start = dot;
  while (start > 0 && /[A-Za-z]/.test(s[start - 1]!)) start--;
  if (start === dot || (start > 0 && !/[\s(."']/.test(s[start - 1]!))) return false;
  const word = s.slice(start, dot).toLowerCase();
  if (MONTHS.has(word)) return /^\d/.test(next);
  return ABBREVIATIONS.has(word) && /^["'(]?[\p{Lu}\p{N}]/u.test(next);
}

/** True when the last non-space character of paragraph[start, end) is a full stop. */
function endsAtFullStop(paragraph: string, start: number, end: number): boolean {
  let k = end - 1;
  while (k >= start && WHITESPACE.test(paragraph[k]!)) k--;
  return k >= start && paragraph.charCodeAt(k) === 0x2e;
}
const WHITESPACE = /\s/;

/**
 * Intl.Segmenter slows down quadratically on very long strings (Node 20: 0.4 MB of text in one
 * paragraph takes seconds), so long paragraphs are fed to it in pieces cut where a sentence
 * plainly ends: terminal punctuation, space, then a capital. Short paragraphs go in whole.
 */
const MAX_PIECE = 2000;
const PLAIN_END = /[.!?]["')\]]*\s+(?=["'(]?\p{Lu})/gu;

function* pieces(paragraph: string): Generator<{ text: string; offset: number }> {
  let offset = 0;
  while (paragraph.length - offset > MAX_PIECE) {
    let cut = -1;
    PLAIN_END.lastIndex = offset + MAX_PIECE / 2;
    for (let m = PLAIN_END.exec(paragraph); m; m = PLAIN_END.exec(paragraph)) {
      const end = m.index + m[0].length;
      if (end - offset > MAX_PIECE && cut > 0) break;
      cut = end;
      if (end - offset > MAX_PIECE) break;
    }
    if (cut <= offset) break;
    yield { text: paragraph.slice(offset, cut), offset };
    offset = cut;
  }
  yield { text: paragraph.slice(offset), offset };
}

// ---- printable ASCII without the segmenter ---------------------------------------------------
// Nearly every paragraph is printable ASCII once normalised, and Intl.Segmenter costs more than the
// rest of sentence splitting together. For such text the Unicode sentence-break rules (UAX #29,
// SB6-SB11; no CR, LF, separators or format characters can occur) are applied directly, by class.

const SP = 1;
const LOWER = 2;
const UPPER = 3;
const NUMERIC = 4;
const ATERM = 5;
const STERM = 6;
const CLOSE = 7;
const SCONTINUE = 8;
const OTHER = 9;
/** Sentence-break class of each ASCII code; 0: not printable ASCII, left to the segmenter. */
const BREAK_CLASS = new Uint8Array(128);
BREAK_CLASS.fill(OTHER, 0x20, 0x7f);
BREAK_CLASS[0x20] = SP;
BREAK_CLASS.fill(LOWER, 0x61, 0x7b);
BREAK_CLASS.fill(UPPER, 0x41, 0x5b);
BREAK_CLASS.fill(NUMERIC, 0x30, 0x3a);
BREAK_CLASS[0x2e] = ATERM;
BREAK_CLASS[0x21] = STERM;
BREAK_CLASS[0x3f] = STERM;
for (const ch of `"'()[]{}`) BREAK_CLASS[ch.charCodeAt(0)] = CLOSE;
// The ICU Node ships with counts the semicolon in, as UAX #29 does since Unicode 15.1.
for (const ch of ',-:;') BREAK_CLASS[ch.charCodeAt(0)] = SCONTINUE;

/**
 * Where sentences of printable-ASCII `text` end, as Intl.Segmenter would put the boundaries
 * (text.length last); null when `text` has any other character.
 */
function asciiBoundaries(text: string): number[] | null {
  const n = text.length;
  const ends: number[] = [];
  const cls = BREAK_CLASS;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f || cls[c] === 0) return null;
  }
  let i = 0;
  while (i < n) {
    const term = cls[text.charCodeAt(i)]!;
    if (term !== ATERM && term !== STERM) {
      i++;
      continue;
    }
    // SB9, SB10: a terminator, its closing quotes and brackets and the spaces after stay together.
    let j = i + 1;
    while (j < n && cls[text.charCodeAt(j)] === CLOSE) j++;
    while (j < n && cls[text.charCodeAt(j)] === SP) j++;
    if (j >= n) break;
    const next = cls[text.charCodeAt(j)]!;
    const attached = j === i + 1;
    if (term === ATERM) {
      // SB6 "3.5"; SB7 "U.S.A" (a letter, the full stop, a capital).
      if (attached && next === NUMERIC) {
        i = j;
        continue;
      }
      if (attached && next === UPPER && i > 0) {
        const before = cls[text.charCodeAt(i - 1)];
        if (before === UPPER || before === LOWER) {
          i = j;
          continue;
        }
      }
      // SB8: no break when a lower-case letter comes before any capital or terminator.
      let q = j;
      while (q < n) {
        const k = cls[text.charCodeAt(q)]!;
        if (k === LOWER || k === UPPER || k === ATERM || k === STERM) break;
        q++;
      }
      if (q < n && cls[text.charCodeAt(q)] === LOWER) {
        i = j;
        continue;
      }
    }
    // SB8a: a comma, colon, dash or another terminator continues the sentence; else SB11 breaks.
    if (next !== SCONTINUE && next !== ATERM && next !== STERM) ends.push(j);
    i = j;
  }
  ends.push(n);
  return ends;
}

/** Sentence ends from the segmenter, long paragraphs in pieces (see `pieces`). */
function segmenterBoundaries(paragraph: string): number[] {
  const ends: number[] = [];
  for (const piece of pieces(paragraph)) {
    for (const seg of segmenter.segment(piece.text)) ends.push(piece.offset + seg.index + seg.segment.length);
  }
  return ends;
}

/**
 * The ASCII rules are checked against this runtime's segmenter once, on samples of every rule: a
 * Node with other sentence-break data gets the segmenter everywhere instead.
 */
const ASCII_RULES_HOLD = [
  'He left. She stayed.',
  'It rose 3.5 points. U.S.A. is big.',
  'It ended in Oct. the next began.',
  'He said: "Go." Then he left.',
  'Really?! yes. (5 more) left. (Five) left.',
  'First. ; second! , third. - fourth: "x." A',
  'Wait... what? No!! "Yes." [Maybe.] {Sure.}  Done.   ',
  'a.b A.B a.B A.b e.g. this i.e. That No. 5 Mr. Reed',
].every((s) => asciiBoundaries(s)!.join() === segmenterBoundaries(s).join());

/**
 * Whether the text after a "!" or "?" goes on in lower case: the mark belongs to a title or to
 * speech inside the sentence ("the Abba musical Mamma Mia! with playwright Catherine Johnson",
 * '"Go!" he said'), which the sentence-break rules end there all the same.
 */
function goesOnAfterMark(paragraph: string, at: number, end: number): boolean {
  return (
    /[!?]["'’”)\]]*\s*$/.test(paragraph.slice(Math.max(0, at - 4), at)) &&
    /^\s*[a-z]/.test(paragraph.slice(at, end))
  );
}

/** Splits one paragraph into trimmed sentences; every sentence is a substring of the paragraph. */
export function splitSentences(paragraph: string): string[] {
  const ends = (ASCII_RULES_HOLD ? asciiBoundaries(paragraph) : null) ?? segmenterBoundaries(paragraph);
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const end of ends) {
    const previous = spans[spans.length - 1];
    // Only a span that ends in a full stop can end in an abbreviation: skip the slice otherwise.
    if (
      previous &&
      ((endsAtFullStop(paragraph, previous.start, previous.end) &&
        endsInAbbreviation(paragraph.slice(previous.start, previous.end), paragraph.slice(start, end))) ||
        goesOnAfterMark(paragraph, previous.end, end))
    ) {
      previous.end = end;
    } else {
      spans.push({ start, end });
    }
    start = end;
  }
  return spans.map(({ start, end }) => paragraph.slice(start, end).trim()).filter((s) => s !== '');
}
