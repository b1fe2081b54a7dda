/**
 * The office a question asks the holder of, and the office a name's title gives it: "Who was the
 * country's premier?" is not answered by "President Jane Doe and the prime minister" — the name
 * written after "President" holds another office, however near the asked one is written. News
 * titles a holder by the office before the name ("Prime Minister John Roe", "Foreign Minister
 * Ann Poe"); English names some offices in other words too ("premier" for "prime minister").
 */
import { askedNoun } from './appositive.js';
import type { AnswerSpan } from './answer-spans.js';
import { nameKind } from './gazetteer.js';

/**
 * Offices of state news writes as a title before the holder's name, none of which another of them
 * is ("Home Secretary" and "Chancellor" are ministers too, so neither is here).
 */
const OFFICES = new Set(['president', 'minister', 'premier', 'mayor', 'governor', 'king', 'queen']);

/** Other English words for an office, said as the title news writes. */
const SAME_OFFICE: Readonly<Record<string, readonly string[]>> = {
  premier: ['prime minister'],
  'prime minister': ['premier'],
  'head of state': ['president'],
};

/** Words before the asked noun that do not name which office it is. */
const NOT_MODIFIER =
  /^(?:the|a|an|its|his|her|their|which|what|who|whose|new|current|then|former|country|[\p{L}]+['’]s)$/iu;

/**
 * The office a person question asks the holder of, as its title would be written ("prime
 * minister", "foreign minister", "premier" with "prime minister"), or null when the asked noun is
 * no office ("which striker"). A modifier the question puts before the office is part of it.
 */
export function askedOffices(question: string): string[] | null {
  const noun = askedNoun(question)?.toLowerCase();
  if (!noun || !OFFICES.has(noun)) return null;
  const before = new RegExp(`([\\p{L}'’-]+)\\s+${noun}\\b`, 'iu').exec(question)?.[1];
  // "prime minister", "foreign minister"; a capitalised word ("the Fed governor") says whose.
  const office =
    before && /^[a-z]/.test(before) && !NOT_MODIFIER.test(before) ? `${before.toLowerCase()} ${noun}` : noun;
  return [office, ...(SAME_OFFICE[office] ?? [])];
}

/** The capitalised title right before a name: "Prime Minister" of "Prime Minister John Roe". */
const TITLE_BEFORE = /((?:[A-Z][a-z]+\s+){1,3})$/;

/** The office title right before the span, lower-cased ("prime minister"), or null. */
function officeTitle(quote: string, span: AnswerSpan): string[] | null {
  const title = TITLE_BEFORE.exec(quote.slice(0, span.index))?.[1]?.trim();
  const words = title?.split(/\s+/) ?? [];
  if (!title || !OFFICES.has(words.at(-1)!.toLowerCase())) return null;
  // "German Foreign Minister": a nationality or a place before the office says whose it is.
  const which = words.at(-2);
  return which && nameKind([which]) === 'unknown'
    ? [which.toLowerCase(), words.at(-1)!.toLowerCase()]
    : [words.at(-1)!.toLowerCase()];
}

/**
 * Whether the title says one of the offices: "which minister" is any minister's, "prime minister"
 * only the prime minister's, "Minister John Roe" any minister.
 */
function saysOffice(title: readonly string[], offices: readonly string[]): boolean {
  return offices.some((office) => {
    const asked = office.split(' ');
    if (asked.at(-1) !== title.at(-1)) return false;
    return asked.length === 1 || title.length === 1 || asked[0] === title[0];
  });
}

/** Whether the span is titled with an office asked: "Prime Minister John Roe" for the premier. */
export function titledAskedOffice(quote: string, span: AnswerSpan, offices: readonly string[]): boolean {
  const title = officeTitle(quote, span);
  // "Prime Minister John Roe" is no answer to "which minister …?" before a minister named otherwise.
  return title !== null && offices.includes(title.join(' '));
}

/**
 * Whether the span is titled with another office than those asked: "President Jane Doe" for a
 * prime minister, "Foreign Minister Ann Poe" too. A title that is no such office ("Gen", "Dr",
 * "Chairman") says nothing.
 */
export function titledOtherOffice(quote: string, span: AnswerSpan, offices: readonly string[]): boolean {
  const title = officeTitle(quote, span);
  return title !== null && !saysOffice(title, offices);
}
