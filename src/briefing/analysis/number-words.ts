/**
 * English number words by value, the one table the briefing reads spelled-out numbers with:
 * quantities ("twenty-three"), event dates and claims ("three-day visit", "in nine years"), the
 * verifier ("three" backed by "3") and answer spans. In order of value: callers build patterns
 * from the keys and take ranges of them.
 */

/** Zero to nineteen. */
export const UNIT_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Twenty to ninety. */
export const TENS_WORDS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of a number word below a hundred ("seven", "forty"), or undefined. */
export function wordValue(word: string): number | undefined {
  return UNIT_WORDS[word] ?? TENS_WORDS[word];
}
