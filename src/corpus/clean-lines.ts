/**
 * From normalised lines to candidate paragraphs: blank lines separate paragraphs, and a line is
 * joined to the one before when it continues a wrapped sentence. In text without blank lines every
 * other line is its own paragraph, which keeps page furniture on lines of its own for the filters.
 */

/** Words after which a sentence cannot end: a line ending in one continues on the next line. */
const CONTINUING_WORDS = new Set(
  (
    'a an the and or but nor of to in on at for with by from as into onto than that which who whom whose ' +
    'his her their its our your my is are was were be been being has have had will would shall should ' +
    'can could may might must said says told between about against during including under over after ' +
    'before while where when if because although though via per'
  ).split(' '),
);

/** Ends a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["')\]]*$/;

/**
 * SENTENCE_END.test(text), read from the end (a regex anchored at the end still tries every
 * position from the start).
 */
export function endsSentence(text: string): boolean {
  let k = text.length - 1;
  for (
    let c = text.charCodeAt(k);
    c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d;
    c = text.charCodeAt(--k)
  );
  const c = text.charCodeAt(k);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

const LETTER = /^\p{L}$/u;

/** True when the code point ending just before `end` is a letter (\p{L}). */
export function letterBefore(text: string, end: number): boolean {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(end - 2, end));
  }
  return end >= 1 && LETTER.test(text[end - 1]!);
}

/** The longest continuing word: a longer run of letters at the end is none of them. */
const LONGEST_CONTINUING = Math.max(...[...CONTINUING_WORDS].map((w) => w.length));

/** Where the run of letters and apostrophes ending `text` starts; -1 when longer than `limit`. */
function trailingWordStart(text: string, limit: number): number {
  let start = text.length;
  while (start > 0 && text.length - start <= limit) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x27) start--;
    else if (letterBefore(text, start)) start -= c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
    else break;
  }
  return text.length - start > limit ? -1 : start;
}

/** True when `next` carries on the clause that `current` left open. */
export function continuesLine(current: string, next: string): boolean {
  if (endsSentence(current)) return false;
  if (/^[\p{Ll},;)]/u.test(next)) return true;
  const last = current.charCodeAt(current.length - 1);
  if (last === 0x2c || last === 0x28 || last === 0x2013 || last === 0x2014 || last === 0x2d) return true;
  // The last word (letters and apostrophes) is one of the list: only a short one can be.
  const start = trailingWordStart(current, LONGEST_CONTINUING);
  return start >= 0 && start < current.length && CONTINUING_WORDS.has(current.slice(start).toLowerCase());
}

/**
 * Lines cut at a fixed width (e-mail, plain-text wires): most long lines end near the same column,
 * and many of them mid-sentence. (A page with one short paragraph per line has the first trait but
 * not the second.) Returns that width, or 0 when the text is not hard-wrapped.
 */
export function wrapWidth(lines: readonly string[]): number {
  const filled = lines.filter((l) => l.length > 0);
  if (filled.length < 4) return 0;
  const sorted = filled.map((l) => l.length).sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  if (p90 < 40 || p90 > 100) return 0;
  const nearEdge = filled.filter((l) => l.length >= p90 * 0.75);
  if (nearEdge.length < 3 || nearEdge.length < filled.length * 0.4) return 0;
  const midSentence = nearEdge.filter((l) => !endsSentence(l)).length;
  return midSentence >= nearEdge.length * 0.3 ? p90 : 0;
}

/** Splits normalised text into paragraphs (single-spaced strings, never empty). */
export function toParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  // The paragraph being built, as its pieces (joined once: appending line by line makes V8 flatten
  // a growing string at every test). Every test below reads only the end of the paragraph, which
  // lies in its last line: lines are trimmed, and a join without a space starts with a letter.
  let parts: string[] = [];
  let last = '';
  let previousLine = '';
  const finish = () => {
    if (parts.length === 0) return;
    const p = parts.length === 1 ? parts[0]! : parts.join('');
    paragraphs.push((p.includes('  ') ? p.replace(/ {2,}/g, ' ') : p).trim());
    parts = [];
  };
  for (const line of lines) {
    if (line === '') {
      finish();
      continue;
    }
    const filledLine = width > 0 && previousLine.length >= width * 0.7;
    if (parts.length > 0 && (continuesLine(last, line) || filledLine)) {
      // A word broken at the wrap ("co-\noperation") keeps its hyphen but loses the space.
      if (!(last.endsWith('-') && letterBefore(last, last.length - 1) && /^\p{Ll}/u.test(line)))
        parts.push(' ');
      parts.push(line);
    } else {
      finish();
      parts.push(line);
    }
    last = line;
    previousLine = line;
  }
  finish();
  return paragraphs.filter((p) => p !== '');
}
