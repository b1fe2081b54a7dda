/**
 * The lead of an answer to a question about a value that outlets report differently: both values,
 * each with who reports it ("At least 40 people, per Coastal Times; Metro Wire says 38 people.").
 * Taken from the answer's value flags (value-disagreements.ts): one of the kind the question asks
 * for, about what it asks — its words in the flag's sentences, and its counting concept ("died"
 * asks for the dead, never the injured).
 */
import type { Article } from '../../corpus/article.js';
import { queryTerms } from '../../corpus/tokenize.js';
import type { FlagDraft, FlagSide } from '../analysis/contradictions.js';
import { conceptOf, type QuantityKind } from '../analysis/quantities.js';
import type { AnswerType, QuestionAnalysis } from '../question/question.js';
import type { DraftLead } from './writer.js';

const KINDS: Partial<Record<AnswerType, readonly QuantityKind[]>> = {
  number: ['count', 'percent'],
  amount: ['amount'],
  age: ['age'],
  duration: ['duration'],
  date: ['time'],
};

function outletsOf(side: FlagSide, get: (id: string) => Article | undefined): string {
  const names = [
    ...new Set(side.citations.map((c) => get(c.articleId)?.publisher).filter((p): p is string => !!p)),
  ];
  if (names.length === 0) return side.citations.length > 1 ? 'other reports' : 'another report';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The value flag the question asks about, or null. */
export function askedFlag(question: QuestionAnalysis, flags: readonly FlagDraft[]): FlagDraft | null {
  const kinds = KINDS[question.answerType];
  if (!kinds) return null;
  const words = question.own.toLowerCase().match(/[a-z]+/g) ?? [];
  const concepts = new Set(words.map(conceptOf).filter((c): c is string => c !== null));
  const asked = new Set(queryTerms(question.searchText));
  let best: FlagDraft | null = null;
  let bestScore = 0;
  for (const flag of flags) {
    if (!flag.measure || !kinds.includes(flag.measure.kind)) continue;
    // A question naming what is counted asks for that count only.
    if (concepts.size > 0 && !concepts.has(flag.measure.what)) continue;
    const said = new Set(flag.sides.flatMap((s) => s.citations.flatMap((c) => queryTerms(c.quote))));
    let score = concepts.size > 0 ? 1 : 0;
    for (const t of asked) if (said.has(t)) score++;
    if (score > bestScore) {
      best = flag;
      bestScore = score;
    }
  }
  return best;
}

/** "12 people, per Northern Post; Harbor Gazette says fourteen people." Null when no flag fits. */
export function figureLead(
  question: QuestionAnalysis,
  flags: readonly FlagDraft[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const flag = askedFlag(question, flags);
  if (!flag) return null;
  const [first, second] = flag.sides as [FlagSide, FlagSide];
  const others = outletsOf(second, get);
  const says = / and |reports$/.test(others) ? 'say' : 'says';
  // Spelled-out values keep their case only at the start of the lead.
  const secondValue = second.value.replace(/^[A-Z][a-z]/, (w) => w.toLowerCase());
  return {
    text: `${first.value.charAt(0).toUpperCase()}${first.value.slice(1)}, per ${outletsOf(first, get)}; ${others} ${says} ${secondValue}.`,
    citations: [...first.citations, ...second.citations],
  };
}
