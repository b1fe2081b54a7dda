/**
 * A date told beside its event. News often says an event in one sentence and its day in another:
 * "Russia's foreign minister met the Pakistani prime minister in Islamabad on Wednesday. … It is
 * the first time a Russian foreign minister has visited Pakistan in nine years." The second says
 * the visit asked about, the first its day. A sentence saying what a date question asks, with no
 * date of its own, lends that to a neighbour that states a date and tells of the same event: one a
 * sentence or two away, in its paragraph or the next one, sharing two of its content words.
 */
import type { Article, Sentence } from '../../corpus/article.js';
import { contentTerms } from '../../corpus/tokenize.js';
import type { Candidate } from '../write/writer.js';

/** How many sentences away the day of the same event may be told. */
const EVENT_REACH = 2;
/** Content words two sentences must share to tell of one event ("foreign minister"). */
const SHARED_EVENT_WORDS = 2;
/** A lent date ranks a little below the sentence saying the event: its own words say less. */
const LENT_SHARE = 0.9;

export interface SameEventOptions {
  /** Whether the sentence says what the question asks (its verb, or a word of the same family). */
  saysAsked: (text: string) => boolean;
  /** Whether the sentence states a date that answers (not one the question gave). */
  statesDate: (text: string) => boolean;
  /** Whether the neighbour may answer at all (the question's period, its names). */
  eligible: (article: Article, sentence: Sentence) => boolean;
}

/**
 * The neighbours lending a date to the candidates that say the asked event without one, each at
 * its lender's score (a little less), best lender first; none already among the candidates.
 */
export function sameEventDates(candidates: readonly Candidate[], opts: SameEventOptions): Candidate[] {
  const taken = new Set(candidates.map((c) => `${c.article.id}#${c.sentence.index}`));
  const lent: Candidate[] = [];
  for (const c of candidates) {
    const text = c.sentence.text;
    if (!opts.saysAsked(text) || opts.statesDate(text)) continue;
    const words = new Set(contentTerms(text));
    for (const other of neighboursOf(c.article, c.sentence)) {
      const key = `${c.article.id}#${other.index}`;
      if (taken.has(key) || !opts.statesDate(other.text) || !opts.eligible(c.article, other)) continue;
      if (sharedWords(words, other.text) < SHARED_EVENT_WORDS) continue;
      taken.add(key);
      lent.push({ sentence: other, article: c.article, score: c.score * LENT_SHARE });
    }
  }
  return lent;
}

/** The sentences a few places either side, nearest first, in the same or an adjacent paragraph. */
function neighboursOf(article: Article, sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  for (let d = 1; d <= EVENT_REACH; d++) {
    for (const i of [sentence.index - d, sentence.index + d]) {
      const other = article.sentences[i];
      if (other && Math.abs(other.paragraph - sentence.paragraph) <= 1) out.push(other);
    }
  }
  return out;
}

function sharedWords(words: ReadonlySet<string>, text: string): number {
  return new Set(contentTerms(text).filter((t) => words.has(t))).size;
}
