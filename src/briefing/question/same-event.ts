/**
 * A date told beside its event. News often says an event in one sentence and its day in another:
 * "Freedonia's foreign minister met the Ruritanian prime minister in Springfield on Wednesday. … It is
 * the first time a Freedonian foreign minister has visited Ruritania in nine years." The second says
 * the visit asked about, the first its day. A sentence saying what a date question asks, with no
 * date of its own, lends that to a neighbour that states a date and tells of the same event: one a
 * sentence or two away, in its paragraph or the next one, sharing two of its content words.
 */
import type { Article, Sentence } from '../../corpus/article.js';
import { contentTerms, stem } from '../../corpus/tokenize.js';
import type { Candidate } from '../write/writer.js';
import { type AnswerSpan, answerSpans, articlePeople } from './answer-spans.js';
import { appositiveSpans, askedNoun } from './appositive.js';
import { nounForms } from './counted-noun.js';
import { nounKind } from './noun-kinds.js';
import type { AnswerType } from './question.js';
import { verbForms } from './verb-forms.js';

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

/** A name of the asked kind a sentence gives, and whether it is written beside the asked role. */
export interface NameFound {
  span: AnswerSpan;
  besideRole: boolean;
}

/** Who holds a role a sentence says without a name: the neighbour naming them, and the name. */
export interface RoleHolder {
  sentence: Sentence;
  span: AnswerSpan;
}

/**
 * "Earlier in the day, Brandt met his Ruritanian counterpart. '…,' Ruth Ann Weller said on
 * Twitter after the meeting." News says a role ("his counterpart", "the club's spokesman") and names
 * its holder in the sentence next to it. The holder of a role `sentence` says without a name: the
 * name of the asked kind (`nameIn`) in the next or the previous sentence of its paragraph telling of
 * the same event (a word in common, a verb's irregular forms counted: "met" and "the meeting"); one
 * written beside the role's own words ("spokesman Tom Carver") first, then the next sentence.
 */
export function roleHolderNearby(
  article: Article,
  sentence: Sentence,
  nameIn: (text: string) => NameFound | null,
): RoleHolder | null {
  const words = eventWords(sentence.text);
  let holder: RoleHolder | null = null;
  for (const i of [sentence.index + 1, sentence.index - 1]) {
    const other = article.sentences[i];
    if (!other || other.paragraph !== sentence.paragraph) continue;
    if (![...eventWords(other.text)].some((w) => words.has(w))) continue;
    const found = nameIn(other.text);
    if (!found) continue;
    if (found.besideRole) return { sentence: other, span: found.span };
    holder ??= { sentence: other, span: found.span };
  }
  return holder;
}

/** A sentence's content words with the other forms of its irregular verbs ("met": meet). */
function eventWords(text: string): Set<string> {
  return new Set(contentTerms(text).flatMap((t) => [t, ...verbForms(t)]));
}

/**
 * "Brandt met his Ruritanian counterpart": one holding, on the other side, the office of a person
 * the sentence names — the office the question asks when it names that person ("Who was Ruritania's
 * foreign minister when Brandt visited?").
 */
const SAME_ROLE = /\b(?:counterparts?|opposite\s+numbers?)\b/i;

/**
 * The holder of the role a name question asks ("Who was Brandt's counterpart?"), when `sentence`
 * says the role (a word of `roleForms`) but no fresh name of the asked kind: named in a neighbour
 * of the same event (`roleHolderNearby`). `fresh`: whether a span says more than the question;
 * `names`: the question's names, whose counterpart holds the asked role too.
 */
export function askedRoleHolder(
  article: Article,
  sentence: Sentence,
  type: AnswerType,
  roleForms: ReadonlySet<string>,
  fresh: (span: AnswerSpan) => boolean,
  names: readonly string[] = [],
): RoleHolder | null {
  const words = sentence.text.match(/[\p{L}-]+/gu) ?? [];
  const says =
    words.some((w) => roleForms.has(stem(w.toLowerCase()))) ||
    (SAME_ROLE.test(sentence.text) && words.some((w) => names.includes(w)));
  if (!says) return null;
  const people = () => articlePeople(article);
  if (answerSpans(sentence.text, type, people).some(fresh)) return null;
  return roleHolderNearby(article, sentence, (text) => {
    const beside = appositiveSpans(text, roleForms).find(fresh);
    if (beside) return { span: beside, besideRole: true };
    const span = answerSpans(text, type, people).find(fresh);
    return span ? { span, besideRole: false } : null;
  });
}

/** Kinds of noun a role a person holds may be: a person's, or one WordNet files elsewhere ("counterpart"). */
const ROLE_KINDS: ReadonlySet<string | null> = new Set(['person', null]);

/** The forms of the role a person question asks ("Brandt's counterpart"), or null when it asks none. */
export function askedRoleForms(question: string): Set<string> | null {
  const noun = askedNoun(question);
  return noun && ROLE_KINDS.has(nounKind(noun)) ? nounForms(noun) : null;
}
