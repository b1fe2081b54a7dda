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
const WHOLE_WORDS = new Memo<string, RegExp>(4096, (word) =>
  withLiteral(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}])`, 'iu'), word),
);

/**
 * What every match of a pattern contains, lower-cased, where it is plain ASCII: a text whose
 * lower-cased form lacks it cannot match (see `mayMatch`), and a substring test is far cheaper than
 * running a Unicode pattern over a whole article.
 */
const LITERALS = new WeakMap<RegExp, string>();

/** `re`, known to match only where `literal` is written (in any case when `re` ignores case). */
export function withLiteral(re: RegExp, literal: string): RegExp {
  if (/^[\x00-\x7f]+$/.test(literal)) LITERALS.set(re, literal.toLowerCase());
  return re;
}

/**
 * False only when `re` certainly does not match the text, whose lower-cased form is `lowered`.
 * Caseless matching also lets "ſ" stand for "s" (and the Kelvin sign for "k", which lower-cases
 * to it): text holding "ſ" is left to the pattern.
 */
export function mayMatch(re: RegExp, lowered: string): boolean {
  const literal = LITERALS.get(re);
  return literal === undefined || lowered.includes(literal) || lowered.includes('\u017f');
}
