/**
 * Regular expressions built from words of a text: escaped, and matched as whole words. One place,
 * so a name, a claim's figure and a question's focus are matched the same way everywhere.
 */

/** `text` with every character that means something in a pattern escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `word` as a whole word, any case: no letter or digit just before it, no letter just after
 * ("Aid" is not in "said"; "3" is in "3-day").
 */
export function wholeWord(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu');
}
