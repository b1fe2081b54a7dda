/**
 * What a follow-up asks of "it" or "that" is often told in the sentence right after the one the
 * last answer rested on: "What prompted that?" after "Eli Lilly is launching a series of adverts …"
 * is answered by the next sentence, "The move is in response to a British Medical Journal article
 * …"; "and what's it down to now?" after "its debt peaked at 72bn euros" by "However, this has now
 * been reduced to 43.9bn euros." Such a sentence says "this" or "the move" and shares no word with
 * the question, so search alone does not find it. This module reads that sentence and keeps it
 * when it goes on about the same thing and holds what the question asks for.
 */
import type { Corpus } from '../../corpus/corpus.js';
import type { Candidate } from '../write/writer.js';
import { answerSpans, isFreshSpan, isSpanType } from './answer-spans.js';
import type { AnswerType } from './question.js';
import { countsNoun } from './counted-noun.js';

/** A follow-up about the thing the last answer told of: "what prompted that?", "what became of it?". */
export const ASKS_OF_IT = /\b(?:it|its|that|this)\b/i;

/** "how much of that …?", "how many of them …?": a part of what the last answer counted. */
export const PART_OF_IT = /\bhow (?:much|many) of (?:that|it|them|those|these)\b/i;

/**
 * A sentence going on about the thing the one before told of: "It was …", "However, this has …",
 * "The move is …". Not "He said …": a person's pronoun goes on about a person, not the thing asked of.
 */
const GOES_ON =
  /^\W*(?:(?:however|but|and|so|yet|instead|meanwhile),?\s+)?(?:it|its|this|that|these|those|such|the (?:move|deal|decision|plan|figure|sum|change|step|offer|bid|news|announcement|row|dispute|claim|report|case|campaign|scheme|proposal))\b/i;

/** Asked for a name, the thread's names already pick the sentence that gives it. */
const NAME_TYPES = new Set<AnswerType>(['person', 'organisation', 'place', 'list']);

/** Words someone said: what they said is asked as such ("what did he say?"), not as "that". */
const SPEECH = /\bsaid\b|["“”]/;

export interface ContinuationAsk {
  type: AnswerType;
  /** Words of the question and of the thread: a value made of them answers nothing. */
  questionWords: ReadonlySet<string>;
  /** The value the last answer gave, not given again. */
  answeredValue?: string;
  /** "how much of that …?": a part of the figure the last answer gave. */
  partOf?: boolean;
  /** "how many people …?": the forms of the noun counted, whose count may go on without "it". */
  counted?: ReadonlySet<string>;
  /** A sentence giving a cause ("because", "in response to"). */
  givesCause: (text: string) => boolean;
  /** The kind the last question asked: a lead sentence may hold a value of another kind too. */
  previousType?: AnswerType;
}

/**
 * The sentence after each of the last lead's (`articleId#index` keys) that goes on about the same
 * thing and answers the question's kind: a fresh value of the type asked, a cause for "why", any
 * statement otherwise. Scored just above `best`, so it leads.
 */
export function continuation(
  corpus: Corpus,
  leadKeys: readonly string[],
  ask: ContinuationAsk,
  best: number,
): Candidate[] {
  if (NAME_TYPES.has(ask.type)) return [];
  const out: Candidate[] = [];
  const cited = new Set(leadKeys);
  const answered = new Set(words(ask.answeredValue ?? ''));
  for (const key of leadKeys) {
    const hash = key.lastIndexOf('#');
    const article = corpus.get(key.slice(0, hash));
    const next = Number(key.slice(hash + 1)) + 1;
    const sentence = article?.sentences[next];
    if (!article || !sentence || cited.has(`${article.id}#${next}`)) continue;
    if (out.some((c) => c.sentence === sentence) || !answers(sentence.text, ask, answered)) continue;
    out.push({ sentence, article, score: best + 0.01 });
  }
  return out;
}

function answers(text: string, ask: ContinuationAsk, answered: ReadonlySet<string>): boolean {
  // "how much of that are they funding personally?" after "$168m": the next sentence giving
  // another figure ("10 of the former directors will pay $13m …") need not say "it" or "this".
  const part = ask.partOf === true && isSpanType(ask.type);
  // "How many people got hurt that time?" after "The Bernabeu was targeted by ETA on 1 May, 2002":
  // the next sentence counting the noun asked ("17 people were slightly injured") tells more of
  // the same event, however it opens.
  if (ask.counted && ask.type === 'number')
    return answerSpans(text, 'number').some(
      (span) =>
        isFreshSpan(span, ask.questionWords) &&
        countsNoun(text, span, ask.counted!) &&
        !(answered.size > 0 && words(span.text).every((w) => answered.has(w))),
    );
  if (!part && !GOES_ON.test(text)) return false;
  if (isSpanType(ask.type)) {
    return answerSpans(text, ask.type).some(
      (span) =>
        isFreshSpan(span, ask.questionWords) &&
        !(answered.size > 0 && words(span.text).every((w) => answered.has(w))),
    );
  }
  if (ask.type === 'reason') return ask.givesCause(text);
  return !SPEECH.test(text);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many sentences after the last lead's a follow-up's value may be read from. */
const NEAR_LEAD = 3;

/**
 * A follow-up that nothing else answers ("how fast was it?" after "the first supercomputer, the
 * Cray-1"): the nearest of the few sentences after a lead's sentence, not one the lead cited, that
 * gives a fresh value of the kind asked ("The Cray-1 was capable of 80 megaflops"). Values only:
 * a cause or a name needs the question's words to be found.
 */
export function nearLead(corpus: Corpus, leadKeys: readonly string[], ask: ContinuationAsk): Candidate[] {
  if (!isSpanType(ask.type) || NAME_TYPES.has(ask.type)) return [];
  const answered = new Set(words(ask.answeredValue ?? ''));
  const cited = new Set(leadKeys);
  for (const key of leadKeys) {
    const hash = key.lastIndexOf('#');
    const article = corpus.get(key.slice(0, hash));
    if (!article) continue;
    const from = Number(key.slice(hash + 1));
    // "$100m now and another $120m over eight years" gave the amount; "over what period?" may be
    // told by the same sentence, when none after it tells it.
    const ownToo = ask.previousType !== undefined && ask.previousType !== ask.type;
    const order = [
      ...range(from + 1, Math.min(from + NEAR_LEAD, article.sentences.length - 1)),
      ...(ownToo ? [from] : []),
    ];
    for (const i of order) {
      const sentence = article.sentences[i]!;
      if (i !== from && cited.has(`${article.id}#${i}`)) continue;
      const fresh = answerSpans(sentence.text, ask.type).some(
        (span) =>
          isFreshSpan(span, ask.questionWords) &&
          !(answered.size > 0 && words(span.text).every((w) => answered.has(w))) &&
          // "How many records has he sold?": "20 Jonesboro ministers" counts something else.
          (!ask.counted || countsNoun(sentence.text, span, ask.counted)),
      );
      if (fresh) return [{ sentence, article, score: 1 }];
    }
  }
  return [];
}

/** The whole numbers from `first` to `last`, both included. */
function range(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, k) => first + k);
}
