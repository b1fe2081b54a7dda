/**
 * "Who did Davenport criticise?" is answered by the name written after the verb: "Davenport has
 * criticised Wimbledon", "Nokia has worked with electronics giant Philips"; "who introduced the
 * band?" by the name after a passive's "by": "were introduced to the crowd by Mick Jones". Such a
 * name may be a person, a body or a place: where it is written decides, not its kind.
 */
import { type AnswerSpan, nameSpans } from './answer-spans.js';
import { termOf } from '../../corpus/tokenize.js';
import { verbForms } from './verb-forms.js';

/** "Who did X …?", "whom will X …?": the question asks for the object of X's verb. */
const OBJECT_QUESTION = /^\W*who(?:m)?\s+(?:did|does|do|will|would|could|has|have|had)\s+(.+?)\W*$/i;
/** Words between a verb and its object: a particle, an article, a description ("with electronics giant"). */
const MAX_BETWEEN = 4;

/** "Who introduced …?": the question asks for the subject of its verb, in a passive "by …". */
const SUBJECT_QUESTION = /^\W*who\s+([a-z]{3,}ed)\b/i;

/** The verb of "who <verb>ed …?", or null. */
export function askedAgentVerb(question: string): string | null {
  return SUBJECT_QUESTION.exec(question)?.[1]!.toLowerCase() ?? null;
}

/**
 * The name after "by" following a form of `verb` in `text` ("were introduced to the crowd by Mick
 * Jones"), within a few words; null if none.
 */
export function passiveAgent(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const term = termOf(verb);
  if (!term) return null;
  const forms = new Set([term, ...verbForms(term)]);
  const names = nameSpans(text);
  for (const m of text.matchAll(/[\p{L}'’-]+/gu)) {
    if (!forms.has(termOf(m[0].toLowerCase()) ?? '')) continue;
    const after = m.index! + m[0].length;
    const by = /^((?:\s+[a-z][\p{L}'’-]*){0,5}?)\s+by\s+/u.exec(text.slice(after));
    if (!by) continue;
    const from = after + by[0].length;
    const name = names.find((n) => n.index >= from);
    // "by Mick Jones", "by the German group Siemens": only lower-case words between.
    if (!name || !/^(?:[a-z][\p{L}'’-]*\s+|[A-Z][a-z]+\s+(?=[a-z]))*$/u.test(text.slice(from, name.index)))
      continue;
    if (
      !name.text
        .toLowerCase()
        .split(/\s+/)
        .every((w) => known.has(w))
    )
      return name;
  }
  return null;
}

/** The verb of an object question, after its capitalised subject; null for another kind of question. */
export function askedVerb(question: string): string | null {
  const m = OBJECT_QUESTION.exec(question);
  if (!m) return null;
  const words = m[1]!.split(/\s+/).map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}'’-]/gu, ''));
  // The verb is the first lower-case word after the subject ("Lindsay Davenport criticise").
  let i = 0;
  while (i < words.length && /^[A-Z]/.test(words[i]!)) i++;
  const verb = words[i];
  return i > 0 && verb && /^[a-z]{3,}$/.test(verb) ? verb : null;
}

/**
 * The name written after a form of `verb` in `text` ("criticised Wimbledon", "worked with
 * electronics giant Philips"), unless it is made of the question's own words; null if none.
 */
export function verbObject(text: string, verb: string, known: ReadonlySet<string>): AnswerSpan | null {
  const term = termOf(verb);
  if (!term) return null;
  const forms = new Set([term, ...verbForms(term)]);
  const names = nameSpans(text);
  for (const m of text.matchAll(/[\p{L}'’-]+/gu)) {
    if (!forms.has(termOf(m[0].toLowerCase()) ?? '')) continue;
    const after = m.index! + m[0].length;
    const name = names.find((n) => n.index >= after);
    if (!name) return null;
    const between = text.slice(after, name.index);
    // Only lower-case words between: no clause break, no other name.
    if (/[,;:.()"“”]/.test(between) || between.trim().split(/\s+/).filter(Boolean).length > MAX_BETWEEN)
      return null;
    return name.text
      .toLowerCase()
      .split(/\s+/)
      .every((w) => known.has(w))
      ? null
      : name;
  }
  return null;
}
