/**
 * How many names a question asks for, when it says: "Which two housemates went …?", "Who are the
 * three DJs …?", "Name the four clubs …". An answer then lists that many, not the first one.
 */
import { UNIT_WORDS } from '../analysis/number-words.js';

/**
 * A count before the plural noun the question asks for, where a question opens on it: "which two
 * …", "who are the three …", "name the four …" — not "talks between the two countries", which
 * counts what the question is about.
 */
const COUNTED_PLURAL =
  /^\W*(?:(?:in|at|from|for|to|by|with|on)\s+)?(?:which|what|(?:who|what)\s+(?:are|were)\s+(?:the|its|his|her|their)|(?:name|list)\s+(?:the|its|his|her|their))\s+(\d{1,2}|[a-z]+)\s+(?:[a-z-]+\s+){0,2}?[a-z-]*[a-rt-z]s\b/i;

/** The number of things asked for (2 or more), or null when the question gives no count. */
export function askedCount(question: string): number | null {
  const m = COUNTED_PLURAL.exec(question);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : UNIT_WORDS[word];
  return n !== undefined && n >= 2 && n <= 12 ? n : null;
}
