/**
 * "Where is the tie being played?" asks where something happens: news writes that place after a
 * preposition of place ("win the tie in Tel Aviv"), while a place that is a verb's subject or object
 * ("Britain drew the USA") is a side, a buyer or a rival, not where.
 */
import type { AnswerSpan } from './answer-spans.js';

/** Prepositions of where something is or goes: "in Shelbyville", "at Hampden Park", "to Springfield". */
const PLACED_BEFORE =
  /(?:^|\s)(?:in|at|near|outside|inside|across|throughout|around|to|into|towards|toward|within|on)\s+(?:the\s+)?$/;

/** "where …?", but not "where is he from?" (an origin is written as "the UK's Andrea Arnold"). */
export function asksWhereAt(question: string): boolean {
  return /^\W*where\b/i.test(question) && !/\bfrom\W*$/i.test(question);
}

/** "The New York-based group", "Leeds-born": the place, written as where. */
const PLACED_AFTER = /^-(?:based|born|raised|headquartered)\b/;

/** Whether the sentence writes the span as where: after a preposition of place, or before "-based". */
export function writtenAsWhere(quote: string, span: AnswerSpan): boolean {
  return (
    PLACED_BEFORE.test(quote.slice(Math.max(0, span.index - 40), span.index)) ||
    PLACED_AFTER.test(quote.slice(span.index + span.text.length))
  );
}
