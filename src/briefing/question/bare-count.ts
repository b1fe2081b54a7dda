/**
 * A figure written without a noun of its own: "The Lovely Bones sold over one million", "the 301
 * submitted", "10 million of which were Apple iPods". News drops the counted noun when the verb
 * says what is counted, so a "how many …?" question is answered by such a figure standing beside
 * the question's verb, in a sentence saying everything else the question asks.
 */
import type { AnswerSpan } from './answer-spans.js';
import { isVerbForm } from './gazetteer.js';
import { isNoun } from './noun-kinds.js';

/** Where the figure's clause ends: punctuation, or a dash set off by spaces. */
const CLAUSE_END = /[,;:.()"“”]|\s[-–—]\s/;
/**
 * Prepositions that follow a figure without being what it counts ("sold 301 in all"). Not "of",
 * whose noun is what is counted ("two of the best companies"), nor "and" ("22 and 23 June").
 */
const NOT_COUNTED = /^(?:from|in|on|at|by|to|for|with)$/;
/** "10 million of which were iPods": the noun the figure counts comes after "of which/whom". */
const OF_WHICH = /^\s+of\s+(?:which|whom)\s+(?:were|are|was|is)\s+/i;

/**
 * Whether the figure stands without a noun after it in its clause: its clause ends, or the next
 * word is a preposition or a verb form, never a noun ("301 submitted", "one
 * million.", "12,667."). "Of which were …" hands the count to the noun after it instead.
 */
export function nounlessFigure(text: string, span: AnswerSpan): boolean {
  const rest = text.slice(span.index + span.text.length);
  // "a 3-2 home success", "Five-four is a hockey score": a score or a range, no count.
  if (/[-–]/.test(span.text) || /^[-–]/.test(rest) || /[-–]$/.test(text.slice(0, span.index))) return false;
  if (OF_WHICH.test(rest)) return false;
  const clause = rest.split(CLAUSE_END)[0] ?? '';
  const next = /\p{L}[\p{L}\p{N}'’-]*/u.exec(clause)?.[0];
  if (next === undefined) return true;
  if (!/^[a-z]/.test(next)) return false;
  return NOT_COUNTED.test(next) || (isVerbForm(next) && !isNoun(next));
}

/** A word of a sentence. */
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** Words between a verb and the figure it takes: "sold over one million", "made about 300". */
const MAX_APPROXIMATE = 3;
const APPROXIMATE =
  /^(?:over|about|around|nearly|almost|some|just|roughly|more|less|fewer|than|up|to|at|least|only|a|total|of)$/i;

/**
 * Whether the figure is what a verb of the question tells of: the verb straight before it, past
 * words of approximation ("sold over one million"), or straight after it ("the 301 submitted").
 * A figure elsewhere in the sentence ("aged 65", "closed at 4,751") is another thing's.
 */
export function figureOfVerb(
  text: string,
  span: AnswerSpan,
  isAskedVerb: (word: string) => boolean,
): boolean {
  const clause = text.slice(0, span.index).split(CLAUSE_END).at(-1) ?? '';
  const before = clause.match(WORD) ?? [];
  let i = before.length - 1;
  while (i >= 0 && before.length - 1 - i < MAX_APPROXIMATE && APPROXIMATE.test(before[i]!)) i--;
  if (i >= 0 && isAskedVerb(before[i]!)) return true;
  const after = /^\s+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(span.index + span.text.length))?.[1];
  return after !== undefined && isAskedVerb(after);
}

/** The words after "of which were" in "10 million of which were Apple iPods": what the figure counts. */
export function ofWhichCounted(text: string, span: AnswerSpan): string | null {
  const m = OF_WHICH.exec(text.slice(span.index + span.text.length));
  return m
    ? text
        .slice(span.index + span.text.length + m[0].length)
        .split(CLAUSE_END)[0]!
        .trim()
    : null;
}
