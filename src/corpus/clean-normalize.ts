/**
 * Character-level normalisation of collected text: one form for quotes, apostrophes and spaces,
 * so the same sentence copied from two pages compares equal and quotes verify. Dashes are kept:
 * they carry meaning ("Pak-Russia", "3-6", "— and not many are mourning —").
 */

/** Normalises characters and spaces; keeps line structure (one line per input line, trimmed). */
export function normalizeText(text: string): string {
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
  // "Russia 's deputy" — a stray space before a possessive is a typing slip, not a quote. (Looked
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
