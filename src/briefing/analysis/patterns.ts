/**
 * Regular expressions built from words of a text: escaped, and matched as whole words. One place,
 * so a name, a claim's figure and a question's focus are matched the same way everywhere.
 */
import { Memo } from '../memo.js';

/** `text` with every character that means something in a pattern escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `word` as a whole word, any case: no letter or digit just before it, no letter just after
 * ("Aid" is not in "said"; "3" is in "3-day").
 */
export function wholeWord(word: string): RegExp {
  return WHOLE_WORDS.get(word);
}

/**
 * Compiled once per word: a question's names are matched against hundreds of sentences and
 * articles, and compiling a Unicode pattern costs more than most of its tests. A pattern without
 * the g or y flag keeps no state between tests, so one may be shared.
 */
const WHOLE_WORDS = new Memo<string, RegExp>(4096, (word) => {
  // The word first, its start checked behind it: the engine scans for the word's letters rather
  // than testing the lookbehind at every position (twice as fast on long articles).
  const w = escapeRegExp(word);
  return new RegExp(`${w}(?<![\\p{L}\\p{N}]${w})(?![\\p{L}])`, 'iu');
});
