/**
 * Light coreference by description: a sentence that says "the Freedonian foreign minister" is about
 * Brandt when nearby text introduced him as "Freedonian Foreign Minister Kelly Brandt". The words
 * that precede a name where it appears (its title, office, nationality) are its descriptors; a
 * sentence sharing two of them refers to that name. No list of titles: the text supplies them.
 */
import { STOPWORDS } from '../../corpus/tokenize.js';

/** How many words before a name count as its description. */
const WINDOW = 4;
/** Shared descriptors needed; one ("Freedonian") is too weak, two ("foreign minister") is a reference. */
const MIN_SHARED = 2;

/**
 * True when `sentence` (its terms) shares enough of the words that precede any of `names` in
 * `contextTokens` (tokens in text order).
 */
export function refersTo(
  sentence: ReadonlySet<string>,
  contextTokens: readonly string[],
  names: readonly string[],
): boolean {
  const nameSet = new Set(names);
  for (let i = 0; i < contextTokens.length; i++) {
    if (!nameSet.has(contextTokens[i]!)) continue;
    const descriptors = new Set<string>();
    for (let j = Math.max(0, i - WINDOW); j < i; j++) {
      const word = contextTokens[j]!;
      if (!STOPWORDS.has(word) && !nameSet.has(word) && !/^\d+$/.test(word)) descriptors.add(word);
    }
    let shared = 0;
    for (const d of descriptors) if (sentence.has(d)) shared++;
    if (shared >= MIN_SHARED) return true;
  }
  return false;
}
