/**
 * A count as the lead says it: "Three." tells a reader nothing of what was counted. When the
 * figure is written before the asked noun ("three important sectors"), the lead keeps the words
 * through the noun; when the sentence then lists the things counted after a colon ("three sectors
 * of our economy: steel, railways and energy"), it keeps the list too.
 */
import { stem } from '../../corpus/tokenize.js';
import type { AnswerSpan } from '../question/answer-spans.js';
import { isNoun } from '../question/noun-kinds.js';
import { isVerbForm } from '../question/gazetteer.js';

/** How far after a figure its noun may come (as counted-noun.ts reads it): "three important sectors". */
const NOUN_WINDOW = 3;
/** The words between the figure and its noun, up to the noun: letters, digits, hyphens. */
const WORD = /^\s+([\p{L}][\p{L}\p{N}'’-]*)/u;
/** "sectors of our economy:": a short "of" phrase may stand between the noun and the colon. */
const OF_PHRASE_THEN_COLON = /^(?:\s+of\s+[\p{L}'’\s-]{1,40}?)?\s*:\s+/u;
/** A list the colon opens, to the sentence end (and the quote it may close). */
const LIST_ITEMS = /^([^:;"“”()]+?)[.!]?["”]?\s*$/;
/** The most words a list the lead repeats may have: a long one is the sentence, not a list. */
const LIST_WORDS = 25;

/** How many name words may carry a counted word on: "six Bafta Awards", "30 Airbus A320 planes". */
const NAME_RUN = 3;

/**
 * Where the noun phrase the counted word stands in ends: a word the embeddings set beside the noun
 * may be a qualifier ("five Oscar nominations", "six Bafta Awards"), carried on by the names after
 * it and a plural noun closing the phrase.
 */
function nounPhraseEnd(quote: string, end: number): number {
  // "300 fans tickets" is no phrase: only a name is carried on by a noun after it.
  if (!/(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{L}\p{N}'’-]*$/u.test(quote.slice(0, end))) return end;
  for (let i = 0; i < NAME_RUN; i++) {
    const m = WORD.exec(quote.slice(end));
    if (!m || !/^[\p{Lu}\p{N}]/u.test(m[1]!)) break;
    end += m[0].length;
  }
  const m = WORD.exec(quote.slice(end));
  return m && /^[a-z]+s$/.test(m[1]!) && isNoun(m[1]!) && !isVerbForm(m[1]!) ? end + m[0].length : end;
}

/**
 * The figure with the noun it counts and, when the sentence lists the counted things after a
 * colon, the list: "three important sectors: expansion of the steel mills, railways and energy".
 * The figure alone when no form of the noun follows it within a few words.
 */
export function countedPhrase(quote: string, span: AnswerSpan, forms: ReadonlySet<string>): string {
  let end = span.index + span.text.length;
  let nounEnd = -1;
  for (let i = 0; i < NOUN_WINDOW; i++) {
    const m = WORD.exec(quote.slice(end));
    if (!m) break;
    end += m[0].length;
    if (forms.has(stem(m[1]!.toLowerCase()))) {
      nounEnd = end;
      break;
    }
  }
  if (nounEnd < 0) return span.text;
  nounEnd = nounPhraseEnd(quote, nounEnd);
  const phrase = quote.slice(span.index, nounEnd);
  const rest = quote.slice(nounEnd);
  const colon = OF_PHRASE_THEN_COLON.exec(rest);
  const list = colon && LIST_ITEMS.exec(rest.slice(colon[0].length))?.[1];
  if (!list || !/,|\band\b|\bor\b/.test(list) || list.split(/\s+/).length > LIST_WORDS) return phrase;
  return `${phrase}: ${list.trim()}`;
}
