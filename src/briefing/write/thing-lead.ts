/**
 * "What benchmark decides the rankings?" is answered by the name the evidence gives a thing of that
 * kind ("according to the Velox benchmark" → "Velox."), not by the best sentence's main clause,
 * which may only restate the question ("the ranking is decided by …").
 */
import type { QuestionAnalysis } from '../question/question.js';
import { questionWords } from '../question/question.js';
import { type AnswerSpan, nameSpans } from '../question/answer-spans.js';
import { kindForms, thingNames, thingNoun } from '../question/thing-name.js';
import type { DraftBullet, DraftLead } from './writer.js';

/** Between the names of a list: ", ", " and ", ", and ". */
const LIST_JOINT = /^(?:,\s+(?:and\s+)?|\s+and\s+)$/;

/**
 * "Which TV shows did she present?" asks for all of them: the name and those a list joins to it
 * ("Number 9 and Roundabout").
 */
function withListed(text: string, first: AnswerSpan): string {
  const names = [first.text];
  let end = first.index + first.text.length;
  for (const span of nameSpans(text)) {
    if (span.index < end) continue;
    if (!LIST_JOINT.test(text.slice(end, span.index))) break;
    names.push(span.text);
    end = span.index + span.text.length;
  }
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
}

/** The first of the evidence sentences naming a thing of the asked kind leads with that name. */
export function thingLead(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  const noun = thingNoun(question.own);
  if (!noun) return null;
  const forms = kindForms(noun);
  const known = questionWords(question);
  // "which shows …?": a plural noun asks for every name listed with the first.
  const plural = /[^s]s$/.test(noun);
  for (const bullet of evidence) {
    for (const citation of bullet.citations) {
      const name = thingNames(citation.quote, forms, known)[0];
      if (!name) continue;
      const text = plural ? withListed(citation.quote, name) : name.text;
      return { text: `${text.charAt(0).toUpperCase()}${text.slice(1)}.`, citations: [citation] };
    }
  }
  return null;
}
