/**
 * Character-level normalisation of collected text: one form for quotes, apostrophes and spaces,
 * so the same sentence copied from two pages compares equal and quotes verify. Dashes are kept:
 * they carry meaning ("Franco-Ruritanian", "3-6", "— and not many are mourning —").
 */

// What a plain text (see `plainFeatures`) has that the normalising steps would change.
const SINGLE_QUOTES = 1;
const DOUBLE_QUOTES = 2;
const SPACE_RUN = 4;
const SPACE_QUOTE = 8;
const EDGE_SPACE = 16;

/**
 * -1 unless `text` holds only characters NFKC leaves alone and that need no more than the quote
 * and space steps: printable ASCII, newlines, Latin-1 letters, curly quotes, en and em dashes (no
 * other spaces, no invisible or combining characters, no carriage returns). Otherwise the steps
 * it needs, as flags, read in the same pass.
 */
function plainFeatures(text: string): number {
  let features = 0;
  let previous = 0x0a;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (previous === 0x20) features |= SPACE_RUN;
      else if (previous === 0x0a) features |= EDGE_SPACE;
    } else if (c === 0x0a) {
      if (previous === 0x20) features |= EDGE_SPACE;
    } else if (c === 0x27) {
      if (previous === 0x20) features |= SPACE_QUOTE;
    } else if (c === 0x60 || c === 0x2018 || c === 0x2019) {
      features |= SINGLE_QUOTES;
      // The quote becomes an apostrophe, which a space may precede.
      if (previous === 0x20) features |= SPACE_QUOTE;
    } else if (c === 0x201c || c === 0x201d) {
      features |= DOUBLE_QUOTES;
    } else if (!((c > 0x20 && c < 0x7f) || (c >= 0xc0 && c <= 0xff) || c === 0x2013 || c === 0x2014)) {
      return -1;
    }
    previous = c;
  }
  if (previous === 0x20) features |= EDGE_SPACE;
  return features;
}

/** Normalises characters and spaces; keeps line structure (one line per input line, trimmed). */
export function normalizeText(text: string): string {
  // Most text is plain: only the steps that can change it run, with the same result.
  const plain = plainFeatures(text);
  if (plain >= 0) {
    let s = text;
    if (plain & SINGLE_QUOTES) s = s.replace(/[\u2018\u2019\u0060]/g, "'");
    if (plain & DOUBLE_QUOTES) s = s.replace(/[\u201C\u201D]/g, '"');
    if (plain & SPACE_RUN) s = s.replace(/ {2,}/g, ' ');
    if (plain & SPACE_QUOTE) s = s.replace(/(\p{L}) 's\b/gu, "$1's");
    return plain & EDGE_SPACE
      ? s
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
      : s;
  }
  let s = text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // NFKC folds compatibility forms: no-break and other special spaces, ligatures, full-width letters.
    .normalize('NFKC')
    // Invisible characters that only break matching: zero-width spaces/joiners, BOM, soft hyphen.
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    // Runs of spaces to one space; a lone plain space (nearly every match) is left as it is.
    .replace(/[^\S\n]{2,}|[^\S\n ]/g, ' ');
  // "Ruritania 's deputy" — a stray space before a possessive is a typing slip, not a quote. (Looked
  // for only where there is a space before an apostrophe: the pattern tries every letter.)
  if (s.includes(" '")) s = s.replace(/(\p{L}) 's\b/gu, "$1's");
  return s
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** Collapses every run of whitespace (newlines included) to one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
