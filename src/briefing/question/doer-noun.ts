/**
 * The doer of an action a sentence tells by the action's noun: "criticism from the Economic Affairs
 * Committee" says who criticised, as "at the request of …" and "a complaint by …" say who asked or
 * complained. A body so named answers "who criticised …?" as surely as a person would.
 */
import { termOf } from '../../corpus/tokenize.js';

/** "Who criticised …?", "who requested …?": the index term of the verb a "who" question asks the doer of. */
export function doerVerb(question: string): string | null {
  const verb = /^\W*who\s+([a-z]{4,}ed)\b/i.exec(question)?.[1];
  return verb ? (termOf(verb.toLowerCase()) ?? null) : null;
}

/** How many letters a verb and its noun share at least: "criticis" of "criticised" and "criticism". */
const NOUN_OF_VERB = 6;

/**
 * Whether the sentence names the span as the doer of the verb's noun: "criticism from the
 * Economic Affairs Committee", "at the request of the Culture Committee", "a complaint by …".
 */
export function doneBy(text: string, span: { index: number }, verb: string | null): boolean {
  if (!verb) return false;
  const noun = /([\p{L}-]+)\s+(?:from|by|of)\s+(?:the\s+)?$/u.exec(text.slice(0, span.index))?.[1];
  const term = noun && termOf(noun.toLowerCase());
  if (!term) return false;
  let shared = 0;
  while (shared < Math.min(term.length, verb.length) && term[shared] === verb[shared]) shared++;
  return shared >= NOUN_OF_VERB && shared >= Math.min(term.length, verb.length) - 1;
}
