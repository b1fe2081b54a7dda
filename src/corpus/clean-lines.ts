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

/** True when `next` carries on the clause that `current` left open. */
export function continuesLine(current: string, next: string): boolean {
  if (SENTENCE_END.test(current)) return false;
  if (/^[\p{Ll},;)]/u.test(next)) return true;
  if (/[,(\u2013\u2014-]$/.test(current)) return true;
  const lastWord = /([\p{L}']+)$/u.exec(current)?.[1]?.toLowerCase();
  return lastWord !== undefined && CONTINUING_WORDS.has(lastWord);
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
  const midSentence = nearEdge.filter((l) => !SENTENCE_END.test(l)).length;
  return midSentence >= nearEdge.length * 0.3 ? p90 : 0;
}

/** Splits normalised text into paragraphs (single-spaced strings, never empty). */
export function toParagraphs(text: string): string[] {
  const lines = text.split('\n');
  const width = wrapWidth(lines);
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previousLine = '';
  for (const line of lines) {
    if (line === '') {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    const filledLine = width > 0 && previousLine.length >= width * 0.7;
    if (current !== null && (continuesLine(current, line) || filledLine)) {
      // A word broken at the wrap ("co-\noperation") keeps its hyphen but loses the space.
      current = /\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line) ? current + line : `${current} ${line}`;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    previousLine = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.map((p) => p.replace(/ {2,}/g, ' ').trim()).filter((p) => p !== '');
}
