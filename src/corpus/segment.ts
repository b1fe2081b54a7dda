/**
 * Sentence splitting with one shared Intl.Segmenter (a new one per call is slow), plus repairs for
 * the false splits it makes after abbreviations and initials ("Gen. Qamar Bajwa", "A. K. Tewari").
 * Sentences are slices of the paragraph, so they quote it character for character.
 */

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Titles and abbreviations after which a full stop does not end the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr gen lt col maj prof st vs sgt capt cmdr adm brig gov sen rep rev hon jr sr mt ft ' +
    'insp supt dept univ approx fig'
  ).split(' '),
);
/** Month abbreviations end sentences too ("in Oct."); they join only a following day ("Oct. 4"). */
const MONTHS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));

/** True when a segment stops at a full stop that belongs to an abbreviation or an initial. */
function endsInAbbreviation(segment: string, next: string): boolean {
  const s = segment.trimEnd();
  if (/(?:^|[\s(.])(?:e\.g|i\.e|a\.k\.a|viz|cf)\.$/i.test(s)) return true;
  // "No. 5": only before a number, or "he said no." would never end.
  if (/(?:^|\s)No\.$/.test(s)) return /^\d/.test(next);
  // A single capital letter, alone or after another initial: "A.", "A.K.", "Dr.A.K."
  if (/(?:^|[\s.(])\p{Lu}\.$/u.test(s)) return true;
  const word = /(?:^|[\s(."'])([A-Za-z]+)\.$/.exec(s)?.[1];
  if (word === undefined) return false;
  if (MONTHS.has(word.toLowerCase())) return /^\d/.test(next);
  return ABBREVIATIONS.has(word.toLowerCase()) && /^["'(]?[\p{Lu}\p{N}]/u.test(next);
}

/** Printable ASCII with terminal punctuation, closing quotes and brackets only at the end. */
const ONE_SENTENCE = /^[^.!?\x00-\x1f\x7f-\uffff]*[.!?]*["')\]]*$/;

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

/** Splits one paragraph into trimmed sentences; every sentence is a substring of the paragraph. */
export function splitSentences(paragraph: string): string[] {
  // Sentences break only after terminal punctuation (or a line separator): ASCII text with none
  // before its final run is one sentence, without the cost of the segmenter.
  if (ONE_SENTENCE.test(paragraph)) {
    const whole = paragraph.trim();
    return whole === '' ? [] : [whole];
  }
  const spans: Array<{ start: number; end: number }> = [];
  for (const piece of pieces(paragraph)) {
    for (const seg of segmenter.segment(piece.text)) {
      const start = piece.offset + seg.index;
      const end = start + seg.segment.length;
      const previous = spans[spans.length - 1];
      // Only a span that ends in a full stop can end in an abbreviation: skip the slice otherwise.
      if (
        previous &&
        endsAtFullStop(paragraph, previous.start, previous.end) &&
        endsInAbbreviation(paragraph.slice(previous.start, previous.end), seg.segment)
      ) {
        previous.end = end;
      } else {
        spans.push({ start, end });
      }
    }
  }
  return spans.map(({ start, end }) => paragraph.slice(start, end).trim()).filter((s) => s !== '');
}
