/**
 * A value told in the sentence beside the one saying what is asked. News often names the thing in
 * one sentence and gives the value in the next: "Spain coach Luis Aragones is furious after being
 * fined by the Spanish Football Federation … The 66-year-old criticised his 3000 euros punishment"
 * answers "How much did the Spanish federation fine Aragones?". The second shares too few of the
 * question's words to be found, or to rank, on its own; its neighbour lends it its place.
 */
import type { Article, Sentence } from '../../corpus/article.js';
import { contentTerms } from '../../corpus/tokenize.js';
import type { Candidate } from '../write/writer.js';

/** How many of the best candidates may lend their place to a neighbour. */
const LENDERS = 3;
/** A lent value ranks a little below the sentence saying what is asked: its own words say less. */
const LENT_SHARE = 0.9;

/**
 * A sentence going on about what the one before told of: a pronoun, "the" and a noun ("The studio",
 * "The 18-year-old"), or a connective opening it.
 */
const REFERS_BACK =
  /^\W*(?:(?:however|but|and|so|yet|meanwhile|instead),?\s+)?(?:it|its|he|his|she|her|they|their|this|that|these|those|the\s+[\p{L}\d-]+)\b/iu;

export interface PassageOptions {
  /** Whether a sentence holds a fresh value of the asked kind that answers. */
  holdsValue: (article: Article, sentence: Sentence) => boolean;
  /**
   * Whether a lender holds a name the answer may be, of a kind the question does not ask: "Eli
   * Lilly is launching a series of adverts" answers "which drugs company …?" though read as a person.
   */
  holdsName: (article: Article, sentence: Sentence) => boolean;
  /** Whether the pair says what the question asks besides its names (its words, or their forms). */
  saysAsked: (text: string) => boolean;
  /** Whether the neighbour may answer at all (the question's period, its names). */
  eligible: (article: Article, sentence: Sentence) => boolean;
  /**
   * The question's names as index terms: every sentence of their articles may say them, so a name
   * in common does not tell of the same thing ("Pellworth had bought the rights …", "Pellworth will
   * spend £40m drilling …").
   */
  names: ReadonlySet<string>;
  /** Whether a name is asked, which an article's second sentence may give for its first (`goesOn`). */
  namesAsked?: boolean;
}

/**
 * For each of the best candidates that holds no value of the asked kind, the neighbour holding one
 * that goes on about the same thing — the next sentence (of its paragraph or the next: an article's
 * opening sentence is a paragraph of its own), else the previous one of its paragraph — at its
 * lender's score, a little less. Keys (`articleId#index`) of sentences ranked at least that high are
 * not lent again.
 */
export function valuesBeside(candidates: readonly Candidate[], opts: PassageOptions): Lent[] {
  const lent: Lent[] = [];
  const taken = new Set<string>();
  for (const c of candidates.slice(0, LENDERS)) {
    taken.add(keyOf(c.article, c.sentence));
    if (opts.holdsValue(c.article, c.sentence) || opts.holdsName(c.article, c.sentence)) continue;
    const score = c.score * LENT_SHARE;
    for (const other of besideOf(c.article, c.sentence)) {
      const key = keyOf(c.article, other);
      if (
        taken.has(key) ||
        candidates.some((d) => d.score >= score && d.article === c.article && d.sentence === other)
      )
        continue;
      if (!opts.eligible(c.article, other) || !opts.holdsValue(c.article, other)) continue;
      if (!opts.saysAsked(`${c.sentence.text} ${other.text}`)) continue;
      if (!goesOn(c.sentence, other, opts.names, opts.namesAsked === true)) continue;
      taken.add(key);
      lent.push({ candidate: { sentence: other, article: c.article, score, lentBy: c.sentence }, lender: c });
      break;
    }
  }
  return lent;
}

/** A neighbour made a candidate, and the candidate whose place it was lent. */
export interface Lent {
  candidate: Candidate;
  lender: Candidate;
}

function keyOf(article: Article, sentence: Sentence): string {
  return `${article.id}#${sentence.index}`;
}

/**
 * The next sentence (same or next paragraph) — and when it opens a quote it does not close, the
 * sentence closing it, which names the speaker ('"… of Afghanistan. And that is why …," said Dr Jo
 * Ode') — then the previous one of the same paragraph.
 */
function besideOf(article: Article, sentence: Sentence): Sentence[] {
  const out: Sentence[] = [];
  const next = article.sentences[sentence.index + 1];
  if (next && next.paragraph - sentence.paragraph <= 1) {
    out.push(next);
    const close = quoteClosing(article, next);
    if (close) out.push(close);
  }
  const previous = article.sentences[sentence.index - 1];
  if (previous && previous.paragraph === sentence.paragraph) out.push(previous);
  return out;
}

/** How many sentences further a quote opened in one may close and still name its speaker. */
const QUOTE_RUN = 3;

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** Whether a sentence opens a quote it does not close: '"We will go on.', '“Costs rose.'. */
function opensQuote(text: string): boolean {
  const curly = count(text, '“') - count(text, '”');
  return curly > 0 || (curly === 0 && count(text, '"') % 2 === 1 && OPENS_STRAIGHT.test(text));
}

/** Whether a sentence closes a quote an earlier one opened: 'That is why," she said.'. */
function closesQuote(text: string): boolean {
  const curly = count(text, '”') - count(text, '“');
  return curly > 0 || (curly === 0 && count(text, '"') % 2 === 1 && !OPENS_STRAIGHT.test(text));
}

const OPENS_STRAIGHT = /^\W*"/;

/** The sentence of the same paragraph closing the quote `opening` opens, if it closes within QUOTE_RUN. */
function quoteClosing(article: Article, opening: Sentence): Sentence | null {
  if (!opensQuote(opening.text)) return null;
  for (let i = opening.index + 1; i <= opening.index + QUOTE_RUN; i++) {
    const s = article.sentences[i];
    if (!s || s.paragraph !== opening.paragraph) return null;
    if (closesQuote(s.text)) return s;
  }
  return null;
}

/** Whether `other` tells of what `sentence` does: it refers back, or shares a content word not a name. */
function goesOn(
  sentence: Sentence,
  other: Sentence,
  names: ReadonlySet<string>,
  delayedName: boolean,
): boolean {
  // "Illva will pay 481.42m yuan. The Italian liqueur maker will acquire the shares …"
  const later = other.index > sentence.index ? other : sentence;
  // News delays a name: an article's opening sentence tells of someone by their role ("after the
  // Dane's agent travelled to Spain to hold talks") and the next one names them ("John Sivabaek told
  // BBC Sport: …"), though the two share only the question's names.
  if (delayedName && sentence.index === 0 && other.index === 1) return true;
  if (REFERS_BACK.test(later.text)) return true;
  const words = new Set(contentTerms(sentence.text));
  const shared = new Set(contentTerms(other.text).filter((t) => words.has(t) && !names.has(t)));
  return shared.size > 0;
}
