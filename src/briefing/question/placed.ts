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

/** Prepositions of where something goes, not where it is: "trip to Freedonia", "moved into Kalmar". */
const TOWARDS_BEFORE = /(?:^|\s)(?:to|into|towards|toward)\s+(?:the\s+)?$/;

/**
 * Verbs of going somewhere: "where did he go/travel/move?" asks for the place gone to. "Going to
 * take place" is no going: "going to" before a verb says what will be.
 */
const MOTION =
  /\b(?:go|goes|went|gone|travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|own)|head(?:s|ed|ing)?|mov(?:e|es|ed|ing)|send|sends|sent|return(?:s|ed|ing)?|fle(?:e|es|d)|relocat\w*|transfer\w*|switch\w*|emigrat\w*|bound|going(?!\s+to\s+[a-z]+\b(?!\s*\?)))\b|\bto\W*$/i;

/** Whether "where …?" asks where something goes rather than where it is or happens. */
export function asksDestination(question: string): boolean {
  return MOTION.test(question);
}

/**
 * Whether the sentence writes the span as where something is or happens ("held in Springfield"),
 * not only as where something goes ("his trip to Freedonia").
 */
export function writtenAsPlaceOf(quote: string, span: AnswerSpan): boolean {
  return (
    writtenAsWhere(quote, span) && !TOWARDS_BEFORE.test(quote.slice(Math.max(0, span.index - 40), span.index))
  );
}
