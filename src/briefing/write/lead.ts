/**
 * The direct answer that opens a reply, composed offline from spans of the cited sentences: the
 * value of the asked-for kind ("three days", "£800m", "Peter Baxter") with who reports it, and
 * both values with their outlets where reports disagree. For questions that ask for no value (why,
 * what, yes/no) it is the best sentence's own words, shortened to its main clause when long. The
 * verifier then checks it like any claim: what it says must be in what it cites.
 */
import type { Article, Sentence } from '../../corpus/article.js';
import type { FlagDraft } from '../analysis/contradictions.js';
import {
  type AnswerSpan,
  answerSpans,
  askedSpans,
  askedVerbDates,
  bodyMayAnswer,
  articlePeople,
  askedFit,
  foreignPeople,
  asksShare,
  asksWeekday,
  FRACTION,
  isFreshSpan,
  isSpanType,
  nameSpans,
  nationalSpans,
  ofAskedNation,
  statedNation,
} from '../question/answer-spans.js';
import {
  type AnswerType,
  asksChange,
  DEFINES,
  type QuestionAnalysis,
  questionWords,
  wordsKnownIn,
  speaksOfChange,
  speaksOfMoney,
} from '../question/question.js';
import { escapeRegExp, wholeWord } from '../analysis/patterns.js';
import {
  countedForms,
  countedNoun,
  NOUN_PHRASE_END,
  countsNoun,
  countsOtherNoun,
  nounForms,
  ordinalCounts,
  ownCountedForms,
} from '../question/counted-noun.js';
import { agentForms, appositiveSpans, askedNoun } from '../question/appositive.js';
import { askedOffices, titledAskedOffice, titledOtherOffice } from '../question/office-title.js';
import { nounListSpan, prepositionListSpan } from './noun-list.js';
import { askedCount } from '../question/asked-count.js';
import { OFFICE_FORMS, officeAsked, officeHolders } from '../question/office.js';
import {
  type AskedBody,
  anothersValue,
  askedBodies,
  askedPeople,
  namesRival,
  negatedWords,
  saysOpposite,
} from '../question/near-miss.js';
import { queryTerms, stem } from '../../corpus/tokenize.js';
import { isVerbForm, nameKind, placeScale, tagsOf } from '../question/gazetteer.js';
import { isNoun, nounKind } from '../question/noun-kinds.js';
import {
  askedRole,
  commonObjectAfter,
  holderBesideObject,
  interruptedObject,
  nameBeforeObject,
  nameInRole,
  objectAfter,
  objectElsewhere,
  otherObject,
  verbSubject,
  wholeObjectAt,
} from '../question/verb-object.js';
import { BEHIND, CAUSE, ENUMERATION, LIGHT_VERBS, NUMERIC_TYPES } from '../question/question-search.js';
import { askedRoleForms, askedRoleHolder, type RoleHolder } from '../question/same-event.js';
import { asksOutlet, speechAnswers, speechRole } from '../question/speaker.js';
import { asksDestination, asksWhereAt, writtenAsPlaceOf, writtenAsWhere } from '../question/placed.js';
import { meaningsIn } from '../question/phrasal-verbs.js';
import { sentenceRole } from '../analysis/sentence-features.js';
import { verbTerms, yesNoVerb } from '../question/yesno-verb.js';
import { idleWords, NATION_ASKED } from '../question/idle-words.js';
import { synonyms } from '../question/synonyms.js';
import { MONTH_NAMES } from '../analysis/calendar.js';
import { NUMBER_WORDS } from './verify.js';
import { type Expansion, expansionOf } from './acronym.js';
import { causeInStory, causeOfAsked, doerClaim } from './story-cause.js';
import { thingLead } from './thing-lead.js';
import { countedPhrase } from './counted-phrase.js';
import { termGloss } from './term-gloss.js';
import { askedTermsWithForms, figureAttached, figureHedged } from './attached-value.js';
import type { DraftBullet, DraftCitation, DraftLead, EvidenceBullet } from './writer.js';
import { Memo } from '../memo.js';

export type { DraftLead };

/** How many of the answer's first bullets the lead may draw on. */
const LEAD_BULLETS = 3;
/** How many of the best-ranked sentences a value may be read from (ranking already weighs the kind). */
const LEAD_EVIDENCE = 5;
/** How many of the best-ranked sentences are read for one writing the asked object whole (objectLead). */
const WHOLE_OBJECT_EVIDENCE = 10;
/** How many of the best-ranked sentences a cause may be read from: news tells it after the event. */
const CAUSE_EVIDENCE = 8;
/** Longer than this, a sentence is cut to its main clause for the lead. */
const LONG_LEAD_WORDS = 35;

/** Kinds whose values are compared: two outlets giving different figures for one thing disagree. */
const COMPARABLE: ReadonlySet<AnswerType> = new Set(['duration', 'amount', 'number', 'age', 'date']);

/** Kinds answered by a name. */
const NAME_TYPES: ReadonlySet<AnswerType> = new Set(['person', 'organisation', 'place']);

/** A value as compared: "three-day" and "3 days" are one value. */
function valueKey(value: string): string {
  return (
    value
      .toLowerCase()
      .replace(/[a-z]+/g, (w) => NUMBER_WORDS[w] ?? w)
      .replace(/[-\s]+/g, ' ')
      .replace(/\b(day|week|month|year|hour|minute|decade|season|night)s\b/g, '$1')
      .replace(/\s?long$/, '')
      // "in February" and "February this year" are one date.
      .replace(/^(?:in|on|from|during)\s+|\s+(?:this|last|next)\s+(?:year|month)$/g, '')
      .trim()
  );
}

/** Whether one value's words are all among the other's: "march" of "4 6 march". */
function vaguer(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const words = new Set(long.split(' '));
  return short.split(' ').every((w) => words.has(w));
}

/** What a figure measures in: a share, a currency, or a plain count or length. */
function measureOf(value: string): string {
  if (/%|\bper\s?cent\b|\bpercent\b/i.test(value)) return '%';
  const currency = /[$£€¥₹]|\b(?:dollars?|pounds?|euros?|yen|yuan|rupees?|roubles?|pence|cents?)\b/i.exec(
    value,
  );
  return currency ? currency[0].toLowerCase().replace(/s$/, '') : 'plain';
}

/** "When does it begin?", "when do the talks open?": the first day of a range is asked. */
const ASKS_START =
  /\b(?:begin|begins|began|begun|start|starts|started|open|opens|opened|commences?|commenced|kicks?\s+off|kicked\s+off|gets?\s+under\s*way)\b/;
/** "When does it end?", "when do the games close?": the last day of a range is asked. */
const ASKS_END = /\b(?:end|ends|ended|finish|finishes|finished|close|closes|closed|concludes?|concluded)\b/;
/** A range of days in one month: "4-6 March", "4 to 6 March 2005", "March 4-6", "March 4 to 6, 2005". */
const DAY_RANGE =
  /^(?:(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})(\s+[A-Z][a-z]+(?:\s+\d{4})?)|([A-Z][a-z]+\s+)(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})((?:,?\s+\d{4})?))$/;

/**
 * The day a question asks of a range: "4-6 March" is "4 March" for "when does it begin?" and
 * "6 March" for "when does it end?"; otherwise the range as written.
 */
export function askedDayOfRange(date: string, question: string): string {
  const m = DAY_RANGE.exec(date);
  if (!m) return date;
  const start = ASKS_START.test(question);
  if (start === ASKS_END.test(question)) return date;
  return m[1] !== undefined ? `${start ? m[1] : m[2]}${m[3]}` : `${m[4]}${start ? m[5] : m[6]}${m[7]}`;
}

/** A value as the lead says it: "three-day" reads "three days". */
function valueText(value: string, type: AnswerType, question: string): string {
  if (type === 'date') return askedDayOfRange(value.replace(/^(?:in|on)\s+/i, ''), question);
  if (type !== 'duration') return value;
  return value.replace(
    /^(.*?)[-\s](day|week|month|year|hour|minute|decade|season|night)(?:s)?(?:[-\s]long)?$/i,
    (_, n: string, unit: string) => (/^(?:one|a|an|1)$/i.test(n.trim()) ? `${n} ${unit}` : `${n} ${unit}s`),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The first person the quote names beside an office noun ("GM chief executive Rick Wagoner"), new to the question. */
function officeHolderSpan(quote: string, known: ReadonlySet<string>): AnswerSpan | null {
  for (const { person } of officeHolders(quote)) {
    const span = { text: person, index: quote.indexOf(person) };
    if (span.index >= 0 && isFreshSpan(span, known)) return span;
  }
  return null;
}

/** The question's words with their verb forms, synonyms and phrasal meanings, as index terms. */
const askedVerbTerms = (question: string): ReadonlySet<string> => ASKED_VERB_TERMS.get(question);
const ASKED_VERB_TERMS = new Memo<string, ReadonlySet<string>>(64, (question) => {
  const words = (question.match(/[\p{L}'’-]+/gu) ?? []).filter((w) => /^[a-z]/.test(w));
  return new Set([...askedTermsWithForms(words), ...[...meaningsIn(question).values()].flat()]);
});

/**
 * The span that answers: new to the question, and nearest the question's own words in the sentence.
 * `counted`: the forms of the noun a count is asked of; a figure must be of it.
 */
function answeringSpan(
  quote: string,
  question: QuestionAnalysis,
  counted: ReadonlySet<string> | null = null,
  noun: ReadonlySet<string> | null = null,
  people?: () => ReadonlySet<string>,
  /** People the evidence gives another nationality than the one asked (foreignPeople). */
  foreign: ReadonlySet<string> = new Set(),
  ownForms: ReadonlySet<string> | null = null,
): AnswerSpan | null {
  const asked = new Set(wordsOf(question.own));
  const known = wordsKnownIn(question, quote);
  // "Who is Sony's boss?": the person holding the office, not the body it is of.
  const holder = officeAsked(question.own) ? officeHolderSpan(quote, known) : null;
  if (holder) return holder;
  // "Chief executive Bill Gammell said …", "told BBC News": who speaks or listens, not who did what
  // is asked — unless the question asks for words, or who holds a role (holders are quoted in it).
  const doer = (s: AnswerSpan) => {
    if (question.answerType !== 'person' && question.answerType !== 'organisation') return true;
    const role = speechRole(quote, s);
    return !role || speechAnswers(question.own, role);
  };
  // "Which university …?" answered by "the Springfield University": a name whose last word is the noun.
  if (noun) {
    const headed = nameSpans(quote).find((s) => {
      const words = wordsOf(s.text);
      return (
        words.length > 1 &&
        noun.has(stem(words.at(-1)!)) &&
        // "Prime Minister Manmohan Singh": a person is named by the office, not headed by it.
        nounKind(words.at(-1)!) !== 'person' &&
        isFreshSpan({ text: words.slice(0, -1).join(' '), index: s.index }, known)
      );
    });
    if (headed) return headed;
  }
  // "Which record company …?": the name beside "record company" answers, whatever its capitals suggest.
  // "Which Swedish general …?": not "Norway Army Chief General Sverre Diesen", beside it as he is.
  const fits = askedFit(question.own, question.answerType);
  // "Who was the premier?": not "President Jane Doe", titled with another office.
  const offices = question.answerType === 'person' ? askedOffices(question.own) : null;
  const otherOffice = (s: AnswerSpan) => offices !== null && titledOtherOffice(quote, s, offices);
  const beside = noun
    ? appositiveSpans(quote, noun).filter(
        (s) =>
          isFreshSpan(s, known) &&
          !kindQualifier(quote, s, noun) &&
          fits(quote, s) &&
          !foreign.has(s.text) &&
          !otherOffice(s),
      )
    : [];
  if (beside.length > 0) {
    // "Which British company …?": "Agroflora, a subsidiary of the UK food group Vestey" is Vestey.
    const national = NAME_TYPES.has(question.answerType)
      ? nationalSpans(
          question.own,
          quote,
          answerSpans(quote, question.answerType, people).filter((s) => isFreshSpan(s, known)),
        )
      : [];
    return national.length > 0 && !national.some((s) => s.index === beside[0]!.index)
      ? national[0]!
      : beside[0]!;
  }
  // "Who's the governor of Turkey's central bank?": a person named by a person's noun, never a body.
  const office = question.answerType === 'person' ? askedNoun(question.own) : null;
  const personNamed = office !== null && nounKind(office) === 'person';
  // A date the reader can place: "on Wednesday" or "tomorrow" alone is not an answer, "in March"
  // is — unless the weekday is what is asked.
  const placeable = question.answerType !== 'date' || asksWeekday(question.own) ? null : PLACEABLE;
  const found = askedSpans(
    quote,
    question.answerType,
    bodyMayAnswer(question.own, question.answerType) && !personNamed,
    (s) => isFreshSpan(s, known),
    people,
    asksChange(question),
  );
  // "When did the worm first appear?": a day written after the asked verb's participle dates it.
  if (question.answerType === 'date') {
    const extra = askedVerbDates(quote, () => askedVerbTerms(question.own));
    if (extra.length > 0) {
      found.push(...extra);
      found.sort((a, b) => a.index - b.index);
    }
  }
  // "How long will it take?" asks what is to come: "over the last 18 months" is a length gone by.
  if (question.answerType === 'duration' && ASKS_AHEAD.test(question.own)) {
    const ahead = found.filter((s) => !PAST_LENGTH.test(quote.slice(0, s.index)));
    if (ahead.length < found.length) found.splice(0, found.length, ...ahead);
  }
  // "What proportion of jobs …?" answered by "two-thirds of all jobs": a share written as a fraction.
  if (question.answerType === 'number' && asksShare(question.own)) {
    for (const m of quote.matchAll(FRACTION)) {
      const at = m.index!;
      if (!found.some((s) => at < s.index + s.text.length && at + m[0].length > s.index))
        found.push({ text: m[0], index: at });
    }
    found.sort((a, b) => a.index - b.index);
  }
  // "How many copies did it sell altogether?": the figure told as a total, not the first week's.
  if (TOTAL_ASKED.test(question.own)) {
    const totals = found.filter(
      (s) =>
        TOTAL_SAID.test(quote.slice(s.index + s.text.length)) ||
        /\btotal\s+of\s+$/i.test(quote.slice(0, s.index)),
    );
    if (totals.length > 0) found.splice(0, found.length, ...totals);
  }
  const spans = found.filter(
    (s) =>
      isFreshSpan(s, known) &&
      (!placeable || placeable.test(s.text)) &&
      fits(quote, s) &&
      !foreign.has(s.text),
  );
  // "30.6bn yen ($291m; £154m)": the bracketed figures are the first one converted, not answers.
  if (question.answerType === 'amount' && spans.length > 1) {
    const converted: AnswerSpan[] = [];
    let base = spans[0]!;
    for (const span of spans.slice(1)) {
      if (CONVERSION.test(quote.slice(base.index, span.index))) converted.push(span);
      else base = span;
    }
    if (converted.length > 0) spans.splice(0, spans.length, ...spans.filter((s) => !converted.includes(s)));
  }
  // "the UK firm", "by Singapore police": a place written as a noun's modifier is not where.
  if (question.answerType === 'place') {
    const where = spans.filter((s) => {
      const next = /^\s+([a-z]+)/.exec(quote.slice(s.index + s.text.length))?.[1];
      return !next || nounKind(next) === null;
    });
    if (where.length > 0 && where.length < spans.length) spans.splice(0, spans.length, ...where);
  }
  // "lifted interest rates 0.25% to 5.5%": a question asking no change is answered by the level reached.
  if (FIGURES.has(question.answerType) && !speaksOfChange(question.own)) {
    const reached = spans.filter((s, i) => !changeBeforeLevel(quote, s, spans[i + 1]));
    if (reached.length > 0 && reached.length < spans.length) spans.splice(0, spans.length, ...reached);
  }
  // "Which Indian state …?": India is the question's own place, said as its nationality.
  if (question.answerType === 'place') {
    const other = spans.filter((s) => !ownNationality(s.text, question));
    if (other.length < spans.length) spans.splice(0, spans.length, ...other);
  }
  // "Where is the tie played?": "in Tel Aviv" says where, "Britain drew the USA" names a side.
  if (question.answerType === 'place' && asksWhereAt(question.own)) {
    const where = spans.filter((s) => writtenAsWhere(quote, s));
    if (where.length > 0 && where.length < spans.length) spans.splice(0, spans.length, ...where);
    // "Where was the summit to take place?": "planned in Springfield" says where it happens, "his
    // trip to Freedonia" only where someone went — unless going somewhere is what is asked.
    if (!asksDestination(question.own)) {
      const at = spans.filter((s) => writtenAsPlaceOf(quote, s));
      if (at.length > 0 && at.length < spans.length) spans.splice(0, spans.length, ...at);
    }
  }
  // "another Premiership club" for "which club …?": a name qualifying the asked noun, indefinite,
  // tells its kind, not which one it is.
  if (noun) {
    const which = spans.filter((s) => !kindQualifier(quote, s, noun));
    if (which.length < spans.length) spans.splice(0, spans.length, ...which);
  }
  if (NAME_TYPES.has(question.answerType) && spans.length > 1) {
    const ofNation = ofAskedNation(question.own, quote, spans);
    if (ofNation.length < spans.length) spans.splice(0, spans.length, ...ofNation);
  }
  const doers = spans.filter(doer);
  if (doers.length < spans.length) spans.splice(0, spans.length, ...doers);
  if (offices) {
    const holders = spans.filter((s) => !otherOffice(s));
    if (holders.length < spans.length) spans.splice(0, spans.length, ...holders);
  }
  // "Jackie Stallone, mother of actor Sylvester, has become …": the name in the aside only says
  // who the sentence's person is kin or aide to.
  if (question.answerType === 'person') {
    const heads = spans.filter((s) => {
      const relation = relationAside(quote, s);
      return !relation || wordsOf(relation).some((w) => w.length > 2 && asked.has(w));
    });
    if (heads.length < spans.length) spans.splice(0, spans.length, ...heads);
  }
  // "…, according to the Financial Times" names who reports, not what is asked.
  const reported = spans.filter((s) => !/\baccording\s+to\s+(?:the\s+)?$/i.test(quote.slice(0, s.index)));
  if (reported.length > 0 && reported.length < spans.length) spans.splice(0, spans.length, ...reported);
  // "Milburn scored 200 goals, while Shearer has 187 goals": the clause about the question's name.
  const own = spans.filter((s) => sameClauseAsName(quote, s, question));
  if (own.length > 0 && own.length < spans.length) spans.splice(0, spans.length, ...own);
  if (FIGURES.has(question.answerType)) {
    const nameTerms = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
    const relation = new Set(
      queryTerms(question.searchText).filter((t) => !nameTerms.has(t) && !(counted?.has(t) ?? false)),
    );
    const most = clausesSayingMost(quote, spans, relation);
    if (most.length < spans.length) spans.splice(0, spans.length, ...most);
  }
  const ofNoun = counted ? spans.filter((s) => countsNoun(quote, s, counted)) : [];
  // "almost 5,000 laptops … 63,000 mobile phones": a figure of the noun itself before one of its neighbours.
  const ofOwn = ownForms ? ofNoun.filter((s) => countsNoun(quote, s, ownForms)) : [];
  if (ofOwn.length > 0) return ofOwn[0]!;
  if (ofNoun.length > 0) return ofNoun[0]!;
  // "his fourth Oscar nomination": the count is its place in the series.
  const placed = counted ? ordinalCounts(quote, counted).filter((s) => isFreshSpan(s, known)) : [];
  if (placed.length > 0) return placed[0]!;
  // "Five other episodes" answers no "how many people …?": a figure counting another kind of thing.
  const countedWord = counted ? countedNoun(question.own) : null;
  if (countedWord && counted) {
    const unclaimed = spans.filter((s) => !countsOtherNoun(quote, s, countedWord, counted));
    if (unclaimed.length < spans.length) spans.splice(0, spans.length, ...unclaimed);
  }
  if (spans.length === 0) return null;
  const lower = quote.toLowerCase();
  const anchors: number[] = [];
  for (const w of asked) {
    if (w.length < 4) continue;
    for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) anchors.push(i);
  }
  if (anchors.length === 0) return spans[0]!;
  // A question word inside the span ("cross" of "Cross International Zornotza") is the span
  // repeating the question, not the answer standing beside it.
  const distance = (s: AnswerSpan) =>
    Math.min(
      ...anchors.map((a) => (a >= s.index && a < s.index + s.text.length ? Infinity : Math.abs(a - s.index))),
    );
  return [...spans].sort((a, b) => distance(a) - distance(b) || a.index - b.index)[0]!;
}

/**
 * "In which industries have the Communists objected …?": a plural noun of no person, answered by
 * the common nouns one of the best sentences lists beside it ("the telecoms and aviation
 * industries") or after the question's opening preposition ("investment in telecoms and aviation").
 */
function nounListLead(question: QuestionAnalysis, evidence: readonly EvidenceBullet[]): DraftLead | null {
  const noun = askedNoun(question.own);
  if (!noun || !/[^s]s$/.test(noun) || nounKind(noun) === 'person') return null;
  const preposition = /^\W*(in|at|for|on|into|from|with)\s+(?:which|what)\b/i.exec(question.own)?.[1];
  for (const bullet of evidence.slice(0, LEAD_EVIDENCE))
    for (const citation of bullet.citations) {
      const span =
        nounListSpan(citation.quote, noun) ??
        (preposition ? prepositionListSpan(citation.quote, preposition) : null);
      if (span) return { text: `${capitalise(span.text)}.`, citations: [citation] };
    }
  return null;
}

/**
 * "Jackie Stallone, mother of actor Sylvester,", "Viktor Pinchuk, Mr Kuchma's son-in-law,": a name
 * inside an aside after another name only says whose kin or aide that one is. Returns the aside's
 * words of relation ("mother", "son-in-law"), or null when the span is no such name.
 */
function relationAside(quote: string, span: AnswerSpan): string | null {
  const before = quote.slice(0, span.index);
  const of = /[A-Z][\p{L}'’-]+,\s+(?:the\s+)?((?:[a-z-]+\s+){1,3})of\s+(?:[\p{L}'’.]+[\s-]+){0,2}$/u.exec(
    before,
  );
  if (of) return of[1]!;
  if (!/[A-Z][\p{L}'’-]+,\s+(?:(?:Mr|Mrs|Ms|Dr)\s+)?$/u.test(before)) return null;
  return /^['’]s\s+((?:[a-z-]+\s*){1,3}),/.exec(quote.slice(span.index + span.text.length))?.[1] ?? null;
}

/** An indefinite determiner right before a name: "another", "a", "any". */
const INDEFINITE_BEFORE = /(?:^|\s)(?:a|an|another|any|other|every|each|no)\s+$/i;

/**
 * Whether the span qualifies the asked noun (`forms`) after an indefinite determiner ("another
 * Premiership club"): a kind of it, not the one asked. ("a Steven Gerrard own goal" qualifies no
 * asked noun.)
 */
function kindQualifier(quote: string, span: AnswerSpan, forms: ReadonlySet<string>): boolean {
  const next = /^\s+([a-z][\p{L}-]*)/u.exec(quote.slice(span.index + span.text.length))?.[1];
  return next !== undefined && forms.has(stem(next)) && INDEFINITE_BEFORE.test(quote.slice(0, span.index));
}

/** A question asking for a total: "altogether", "in total", "overall". */
const TOTAL_ASKED = /\b(?:altogether|in total|in all|overall|all told|combined)\b/i;
/** A figure said as a total: "3.5 million in total", "… copies altogether". */
const TOTAL_SAID = /^(?:\s+[\p{L}-]+){0,2}?\s+(?:in total|in all|altogether|overall|all told|combined)\b/iu;

/** Kinds answered by a count or an amount. */
const FIGURES: ReadonlySet<AnswerType> = new Set(['number', 'amount']);
/** A verb of change a few words before a figure: "lifted interest rates 0.25%", "rose by 4.5%". */
const CHANGED_BY =
  /\b(?:rose|risen|rises?|fell|fallen|falls?|lift(?:ed|s)?|rais(?:ed|es)|cut|cuts|increas(?:ed|es)|climb(?:ed|s)|jump(?:ed|s)|dropp(?:ed)?|drops|slipp(?:ed)?|slips|gain(?:ed|s)|grew|grown|grows|shrank|up|down)\s+(?:[\p{L}'’-]+\s+){0,3}(?:by\s+)?$/iu;

/** Whether the span is a change told with the level it reached next: "0.25%" of "lifted rates 0.25% to 5.5%". */
function changeBeforeLevel(quote: string, span: AnswerSpan, next: AnswerSpan | undefined): boolean {
  if (!next || !/^\s+to\s+$/.test(quote.slice(span.index + span.text.length, next.index))) return false;
  return CHANGED_BY.test(quote.slice(0, span.index));
}

/** How many first letters a country and its nationality share: "Ind" of India and Indian, "Spa" of Spain. */
const NATIONALITY_STEM = 3;

/** Whether a place is the country of a nationality the question names ("India" for "Indian"). */
function ownNationality(place: string, question: QuestionAnalysis): boolean {
  if (/\s/.test(place) || place.length <= NATIONALITY_STEM) return false;
  const stem = place.slice(0, NATIONALITY_STEM);
  return question.focus.some(
    (g) => g.length === 1 && g[0]!.startsWith(stem) && g[0] !== place && nameKind(g) === 'nationality',
  );
}

/**
 * Whether the best sentence dates what is asked only as news dates it, relative to its own day
 * ("Freedonia hosted an international conference on the border in Shelbyville last month"): that sentence
 * answers, not a date a reader could place from a sentence ranked below, which is another event's.
 */
function relativeDateFirst(question: QuestionAnalysis, evidence: readonly DraftBullet[]): boolean {
  const quote = evidence[0]?.citations[0]?.quote;
  if (question.answerType !== 'date' || !quote) return false;
  const known = questionWords(question);
  const spans = answerSpans(quote, 'date').filter((s) => isFreshSpan(s, known));
  if (spans.length === 0 || spans.some((s) => PLACEABLE.test(s.text))) return false;
  // Only when it says all the question asks of its names ("hosted … conference"): a sentence
  // dating something else ("visited New York on Monday") is no answer to "when is he performing?".
  const names = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
  const asked = queryTerms(question.searchText).filter((t) => !names.has(t));
  const saysAll = (text: string) => {
    const said = new Set(queryTerms(text));
    return asked.every((t) => said.has(t));
  };
  if (asked.length === 0 || !saysAll(quote)) return false;
  // A date a reader can place, in a sentence below saying as much of the same names, still
  // answers first; one naming fewer of them dates another's doing ("Morrow's trip … planned
  // from 2-3 October" for "When did Brandt visit?").
  const named = question.focus.map((g) => wholeWord(g.at(-1)!)).filter((re) => re.test(quote));
  return !evidence.slice(1, LEAD_EVIDENCE).some((b) => {
    const text = b.citations[0]?.quote ?? '';
    return (
      saysAll(text) &&
      named.every((re) => re.test(text)) &&
      answerSpans(text, 'date').some((s) => isFreshSpan(s, known) && PLACEABLE.test(s.text))
    );
  });
}

/** A date written with a figure, a month's name or a quarter: one a reader can place in the story's year. */
const PLACEABLE = new RegExp(`\\d|\\b(?:${MONTH_NAMES.join('|')})\\b|\\bquarter\\b`);

/** "and" or "or" joining two values: "Ruritania and Freedonia", "2006 or 2007". */
const COORDINATOR = /^,?\s+(?:and|or)\s+(?:the\s+)?$/;
/**
 * Words joining a name to a list as "and" does: "New Order, as well as the Happy Mondays",
 * "Athlete along with Green Day".
 */
const JOINER = String.raw`(?:and|or|as\s+well\s+as|along\s+with|together\s+with|plus)`;
/** A joiner between words: a list written with it is closed. */
const JOINED = new RegExp(String.raw`\s${JOINER}\s`);
/** A joiner in a gap between two names, after a comma or a space. */
const CLOSING_GAP = new RegExp(String.raw`(?:^|[\s,])${JOINER}\s`);
/** A count written before "or"/"to" and the length it shares: "two or" of "two or three weeks". */
const COUNT_BEFORE = /\b([a-z]+|\d+(?:\.\d+)?)\s+(?:or|to)\s+$/i;

/**
 * The span with the value it is coordinated with, as the sentence gives both: "from Ruritania
 * and Freedonia" answers with both countries, "two or three weeks" with both counts.
 */
function coordinated(
  quote: string,
  span: AnswerSpan,
  type: AnswerType,
  known: ReadonlySet<string>,
  people?: () => ReadonlySet<string>,
  several = false,
): AnswerSpan {
  if (type === 'duration') {
    const before = COUNT_BEFORE.exec(quote.slice(0, span.index));
    const count = before?.[1] ?? '';
    if (before && (/^\d/.test(count) || NUMBER_WORDS[count.toLowerCase()] !== undefined))
      return { text: quote.slice(before.index, span.index + span.text.length), index: before.index };
    return span;
  }
  if (!NAME_TYPES.has(type) && type !== 'date') return span;
  const end = span.index + span.text.length;
  // A name of the same kind as the first, not one the question says: "Marchionne and GM" are no pair.
  const kinds = NAME_TYPES.has(type) ? [...NAME_TYPES] : [type];
  const same = kinds
    .map((t) => answerSpans(quote, t, people))
    .filter((spans) => spans.some((s) => s.index === span.index))
    .flat()
    .filter((s) => isFreshSpan(s, known))
    .sort((a, b) => a.index - b.index);
  if (several && NAME_TYPES.has(type)) {
    // "London, Amsterdam and Sydney", "Nokia, Microsoft and T-Mobile": a name joined to two or
    // more names of the asked kind is of their kind, whatever it alone would be guessed to be
    // ("Sydney" is also a first name).
    const untyped = nameSpans(quote).filter(
      (s) =>
        isFreshSpan(s, known) &&
        !same.some((o) => s.index < o.index + o.text.length && o.index < s.index + s.text.length),
    );
    return listed(quote, span, same, untyped);
  }
  const list = bareListFrom(quote, span, same);
  if (list) return list;
  const next = same.find((s) => s.index >= end && COORDINATOR.test(quote.slice(end, s.index)));
  return next ? { text: quote.slice(span.index, next.index + next.text.length), index: span.index } : span;
}

/** The head nouns of a venue's name: "Independence Square", "Wembley Stadium", "London Studios". */
const VENUE_HEAD =
  /^(?:Square|Street|Park|Stadium|Centre|Center|Hall|Theatre|Theater|Arena|Gardens|Road|Airport|Palace|Studios?|Bank|Cathedral|Church|Hospital|Academy|Museum|Gallery|Bridge|Castle|Court|House)$/;

/**
 * "Luanda's Independence Square", "New York's Times Square": a place written with a place of its
 * own after its possessive is told by both, the finer one last.
 */
function possessedPlace(quote: string, span: AnswerSpan): AnswerSpan {
  const end = span.index + span.text.length;
  const m = /^['’]s\s+((?:[A-Z][\p{L}'’-]*\s+){0,3}[A-Z][\p{L}'’-]*)(?![\p{L}])/u.exec(quote.slice(end));
  if (!m) return span;
  const at = end + m[0].length - m[1]!.length;
  const place =
    VENUE_HEAD.test(m[1]!.split(/\s+/).at(-1)!) ||
    answerSpans(quote, 'place').some((s) => s.index === at && s.text === m[1]);
  return place ? { text: quote.slice(span.index, end + m[0].length), index: span.index } : span;
}

/**
 * "Pasquale follows Kerry McFadden, Phil Tufnell and Tony Blackburn": the span opening a list of
 * three or more names of its kind, with nothing but commas between them and "and" closing them,
 * stands for the whole list; null when it opens no such list.
 */
function bareListFrom(quote: string, span: AnswerSpan, names: readonly AnswerSpan[]): AnswerSpan | null {
  let at = names.findIndex((s) => s.index === span.index);
  if (at < 0) return null;
  const first = at;
  let closed = false;
  while (!closed && at + 1 < names.length) {
    const gap = quote.slice(names[at]!.index + names[at]!.text.length, names[at + 1]!.index);
    if (!BARE_GAP.test(gap)) break;
    closed = JOINED.test(gap);
    at++;
  }
  if (!closed || at - first < 2) return null;
  const last = names[at]!;
  return { text: quote.slice(span.index, last.index + last.text.length), index: span.index };
}

/**
 * Between two names of a list: a comma or "and", and at most a few words of role
 * ("Legal adviser Maurice Watkins, commercial director Andy Anson and non-executive director Philip Yea").
 */
const LIST_GAP = new RegExp(
  String.raw`^(?:,\s+(?:${JOINER}\s+)?|\s+${JOINER}\s+)(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);

/** Between two names of a list with nothing else: ", ", " and ", ", and ", " and the ". */
const BARE_GAP = new RegExp(String.raw`^(?:,\s+(?:${JOINER}\s+)?|\s+${JOINER}\s+)(?:the\s+)?$`);

/**
 * The span with every name listed beside it, before and after, as one stretch of the sentence;
 * `untyped`: names of no kind, which end a list of the kind left open ("London, Amsterdam and Sydney").
 */
function listed(
  quote: string,
  span: AnswerSpan,
  names: readonly AnswerSpan[],
  untyped: readonly AnswerSpan[] = [],
): AnswerSpan {
  const at = names.findIndex((s) => s.index === span.index);
  if (at < 0) return span;
  const gap = (a: AnswerSpan, b: AnswerSpan) => quote.slice(a.index + a.text.length, b.index);
  let first = at;
  while (first > 0 && LIST_GAP.test(gap(names[first - 1]!, names[first]!))) first--;
  let last = at;
  while (last + 1 < names.length && LIST_GAP.test(gap(names[last]!, names[last + 1]!))) last++;
  if (first === last) return withUntyped(quote, span, untyped);
  const from = names[first]!;
  let to = names[last]!;
  // A list not yet closed by "and" goes on with names of no kind ("London, Amsterdam and Sydney"),
  // through commas, up to the one after its "and"; a list that never closes takes none of them.
  const closes = (g: string) => CLOSING_GAP.test(g);
  if (!names.slice(first, last).some((n, i) => closes(gap(n, names[first + i + 1]!)))) {
    let end = to;
    for (const u of untyped) {
      if (u.index <= end.index) continue;
      const g = gap(end, u);
      if (!BARE_GAP.test(g)) break;
      end = u;
      if (closes(g)) {
        to = end;
        break;
      }
    }
  }
  return { text: quote.slice(from.index, to.index + to.text.length), index: from.index };
}

/**
 * "the Berlin Philharmonic and the English Chamber Orchestra": a lone name of the asked kind with
 * names of no kind listed beside it is one list of that kind, when "and" or "or" closes it, or
 * "and other …" follows it.
 */
function withUntyped(quote: string, span: AnswerSpan, untyped: readonly AnswerSpan[]): AnswerSpan {
  const gap = (a: AnswerSpan, b: AnswerSpan) => quote.slice(a.index + a.text.length, b.index);
  let from = span;
  let to = span;
  for (const u of untyped) {
    if (u.index <= to.index) continue;
    if (!BARE_GAP.test(gap(to, u))) break;
    to = u;
  }
  for (const u of [...untyped].reverse()) {
    if (u.index >= from.index) continue;
    if (!BARE_GAP.test(gap(u, from))) break;
    from = u;
  }
  const text = quote.slice(from.index, to.index + to.text.length);
  const closed = JOINED.test(text) || OTHERS_AFTER.test(quote.slice(to.index + to.text.length));
  return from === to || !closed ? span : { text, index: from.index };
}

/** What closes a list as "and" does: "Luton, Preston, Queens Park Rangers and other clubs". */
const OTHERS_AFTER = /^,?\s+(?:(?:and|or)\s+(?:other|others|more)|among\s+others)\b/;

/** How many names of the asked kind a listed span holds ("Caprice and Jeremy Edwards": two). */
function namesListed(
  quote: string,
  span: AnswerSpan,
  type: AnswerType,
  known: ReadonlySet<string>,
  people?: () => ReadonlySet<string>,
): number {
  const end = span.index + span.text.length;
  let n = 0;
  let last = -1;
  for (const s of answerSpans(quote, type, people).sort((a, b) => a.index - b.index))
    if (s.index >= Math.max(span.index, last) && s.index + s.text.length <= end && isFreshSpan(s, known)) {
      n++;
      last = s.index + s.text.length;
    }
  return n;
}

/** "Which directors …?", "which Ruritanian leaders …?": a plural noun asks for every one the sentence lists. */
function asksSeveral(question: QuestionAnalysis): boolean {
  // "Which countries overtook Ruritania?": a verb the lexicon does not know leaves no asked noun,
  // but the word after "which" is still the noun.
  const noun = askedNoun(question.own) ?? /^\W*(?:which|what)\s+([a-z]+)\s/i.exec(question.own)?.[1] ?? null;
  const head = noun?.split(/\s+/).at(-1)?.toLowerCase();
  return head !== undefined && /(?:[^s]s|men)$/.test(head) && nounKind(head) !== null;
}

/** How near "beside" is, in characters either side of a name. */
const NOUN_NEAR_CHARS = 45;

/** Whether the quote says a word of the forms. */
function saysForms(quote: string, forms: ReadonlySet<string>): boolean {
  return queryTerms(quote).some((t) => forms.has(t));
}

/** Whether a form of the asked noun is written within a few words of the span. */
function nounNear(quote: string, span: AnswerSpan, nounOf: ReadonlySet<string>): boolean {
  const around = `${quote.slice(Math.max(0, span.index - NOUN_NEAR_CHARS), span.index)} ${quote.slice(span.index + span.text.length, span.index + span.text.length + NOUN_NEAR_CHARS)}`;
  return queryTerms(around).some((t) => nounOf.has(t));
}

/** From a figure to the next one converted in brackets: "$500,000 (", "30.6bn yen ($291m; ". */
const CONVERSION = /^[^()]*\(\s*(?:[^()]*[;,]\s*)?$/;

/** Where a sentence's clauses part: "; ", ", while", " but ", " whereas ". */
const CLAUSE_BREAK = /;\s|,\s+(?:while|whereas|but|although|though|and)\s|\s(?:while|whereas|but)\s/g;

/** The clause of the sentence holding the span. */
function clauseOf(quote: string, span: AnswerSpan): string {
  let start = 0;
  let end = quote.length;
  for (const m of quote.matchAll(CLAUSE_BREAK)) {
    if (m.index! < span.index) start = m.index! + m[0].length;
    else {
      end = m.index!;
      break;
    }
  }
  return quote.slice(start, end);
}

/** Whether the span is in a clause naming one of the question's names (its last word). */
function sameClauseAsName(quote: string, span: AnswerSpan, question: QuestionAnalysis): boolean {
  const names = question.focus.map((g) => g.at(-1)!.toLowerCase());
  if (names.length === 0) return false;
  const clause = clauseOf(quote, span);
  return names.some((n) => wholeWord(n).test(clause));
}

/**
 * "Another 18% came from attempts to rip off people's bank accounts, while 13% of cases concerned
 * attempts to defraud employers": of figures in a sentence's clauses, the ones in the clause saying
 * most of what the question asks (its words other than names and the counted noun).
 */
function clausesSayingMost(
  quote: string,
  spans: readonly AnswerSpan[],
  asked: ReadonlySet<string>,
): AnswerSpan[] {
  if (spans.length < 2 || asked.size === 0) return [...spans];
  const says = spans.map((s) => saidCount(clauseOf(quote, s), asked));
  const most = Math.max(...says);
  return most === 0 ? [...spans] : spans.filter((_, i) => says[i] === most);
}

function saidCount(text: string, asked: ReadonlySet<string>): number {
  return new Set(queryTerms(text).filter((t) => asked.has(t))).size;
}

interface Value {
  key: string;
  text: string;
  citations: DraftCitation[];
  outlets: string[];
}

function outletList(outlets: readonly string[]): string {
  if (outlets.length <= 1) return outlets[0] ?? '';
  return `${outlets.slice(0, -1).join(', ')} and ${outlets.at(-1)}`;
}

/** A comma opening an aside: "Gianni Agnelli, the godfather of the group, wanted …". */
const ASIDE = /^,\s+(?:the|a|an|who|which|whose|its|his|her|their)\s[^,;:]{0,60},\s/i;

/** A verb of saying that a colon follows: what was said is the clause. */
const SAYING_BEFORE = /\b(?:said|says|say|told|added|stated|wrote|writes|declared|announced|warned)$/i;

/** Where the main clause of a long sentence's head ends: its first break after 40 characters, past any aside. */
function clauseEnd(head: string): number {
  for (const m of head.slice(40).matchAll(/[,;:]\s|\s[-–—]\s/g)) {
    const at = 40 + m.index!;
    // "the daily said: …": what was said comes after the colon; "the daily said." says nothing.
    if (m[0].startsWith(':') && SAYING_BEFORE.test(head.slice(0, at))) continue;
    if (ASIDE.test(head.slice(at))) continue;
    // The comma closing an aside ends no clause either.
    if (
      m[0].startsWith(',') &&
      /,\s+(?:the|a|an|who|which|whose|its|his|her|their)\s[^,;:]{0,60}$/i.test(head.slice(0, at))
    )
      continue;
    return at;
  }
  return -1;
}

/**
 * A sentence opening on a subordinate clause or a phrase set off by a comma ("While the minister
 * will be holding talks in Lisbon, the army chief would be in Madrid …", "According to a statement,
 * …", "Speaking on radio, …"): its main clause comes after that comma.
 */
const SUBORDINATE_OPENER =
  /^(?:While|Whilst|Although|Though|Whereas|Even though|Even if|If|Unless|Because|Since|As|When|Whenever|After|Before|Once|Until|Despite|In spite of|According to|[A-Z][a-z]+ing\s+(?:on|at|to|about|in|after|from|with))\s[^,;:()"“”]{3,160},\s+(?=[^,;:]{20})/;

/** The main clause of a long sentence: up to the first clause break after a dozen words. */
export function shortened(text: string): string {
  const words = text.split(/\s+/);
  if (words.length <= LONG_LEAD_WORDS) return text;
  const opener = SUBORDINATE_OPENER.exec(text);
  if (opener) return shortened(capitalise(text.slice(opener[0].length)));
  const head = words.slice(0, LONG_LEAD_WORDS).join(' ');
  const cut = clauseEnd(head);
  if (cut < 0) return text;
  let clause = head.slice(0, cut);
  // Never leave a bracket open: cut before it instead.
  const open = clause.lastIndexOf('(');
  if (open > clause.lastIndexOf(')')) clause = clause.slice(0, open).trimEnd();
  return `${clause.replace(/[,;:]$/, '')}.`;
}

/**
 * A sentence that speaks of what the one before told ("These gains", "The move", "It"), or of
 * its doer again ("He", "The 31-year-old").
 */
const REFERS_BACK =
  /^(?:This|These|That|Those|It|They|He|She|The (?:move|decision|rise|fall|increase|drop|gains?|losses|change|cut|deal|plan|step|\d+-year-old))\b/;
/**
 * Words that give a cause: "put down to", "blamed on", "in response to", "acted to", and what
 * stopped or forced a doer: "an injury had stopped him from running".
 */
const CAUSE_WORDS =
  /\b(?:put down to|blamed|attributed|in response to|acted to|(?:stopped|prevented|kept) (?:him|her|them|it) from|forced (?:him|her|them|it) (?:to|out))\b/;

/**
 * "Sales rose 1.8% in January. These strong gains were put down to gift vouchers": the cause
 * follows the event, in the next sentence of the same or the next paragraph, its subject a word
 * for the event. Only when the best sentence gives no cause itself.
 */
function causeAfter(best: DraftBullet, get: (id: string) => Article | undefined): DraftLead | null {
  const citation = best.citations[0]!;
  if (sentenceRole(citation.quote) === 'why' || REASON_CLAUSE.test(citation.quote)) return null;
  const sentences = get(citation.articleId)?.sentences ?? [];
  const at = sentences.findIndex((x) => x.text === citation.quote);
  const next = at >= 0 ? sentences[at + 1] : undefined;
  if (!next || next.paragraph > sentences[at]!.paragraph + 1 || !REFERS_BACK.test(next.text)) return null;
  if (sentenceRole(next.text) !== 'why' && !REASON_CLAUSE.test(next.text) && !CAUSE_WORDS.test(next.text))
    return null;
  return {
    text: capitalise(shortened(next.text)),
    citations: [{ articleId: citation.articleId, quote: next.text }],
  };
}

/** A word linking a sentence to the one before, left out when it answers alone ("However, …"). */
const LINKING_OPENER = /^(?:But|And|However|Meanwhile|Also),?\s+/;

/** A reason named as a kind: "for security reasons", "for personal or health reasons". */
const STATED_REASON = /\bfor\s+["“‘]?(?:[\w-]+\s+){1,3}reasons\b/i;

/**
 * "The service can be used on players that support … Janus. This includes players made by Samsung,
 * Rio and Creative.": when the best sentence lists nothing, the next one that refers back to it and
 * lists ("This includes …", "They include …") gives the items asked for.
 */
function listAfter(best: DraftBullet, get: (id: string) => Article | undefined): DraftLead | null {
  const citation = best.citations[0]!;
  if (ENUMERATION.test(citation.quote)) return null;
  const sentences = get(citation.articleId)?.sentences ?? [];
  const at = sentences.findIndex((x) => x.text === citation.quote);
  const next = at >= 0 ? sentences[at + 1] : undefined;
  if (!next || next.paragraph > sentences[at]!.paragraph + 1 || !LISTS_BACK.test(next.text)) return null;
  if (!ENUMERATION.test(next.text)) return null;
  return {
    text: capitalise(shortened(next.text)),
    citations: [{ articleId: citation.articleId, quote: next.text }],
  };
}

/** A sentence that lists what the one before it spoke of: "This includes …", "They include …", "These are …". */
const LISTS_BACK = /^(?:This|These|They|Those|It)\s+(?:(?:also\s+)?includ(?:e|es|ed)|are|were)\b/;

/** Causes news writes without a cause word: "banned over a failed test", "quit, saying", "fined for his". */
const TOLD_CAUSE = /\b(?:over|amid|saying|following|for (?:his|her|its|their|the|a|an))\b/i;

/** "Why isn't …?", "why can't …?", "why doesn't …?": a cause asked of something not so. */
const NEGATED_WHY =
  /^\W*why\s+(?:(?:is|are|was|were|does|do|did|can|could|will|would|has|have)n['’]t|can(?:not|['’]t)|won['’]t)\b/i;
/** What something wants, the cause of its not being so: "the lack of a tuner", "too small to be used". */
const LACK = /\b(?:lack(?:s|ed|ing)?\s+(?:of|any)|too\s+[a-z]+\s+to|not\s+enough|short\s+of)\b/i;

/**
 * "Why isn't the Mac mini really up to being a home media centre?": a cause clause of a sentence
 * saying it may be one ("designed as a media centre … partly due to its small design") gives the
 * opposite's cause. A sentence of the best one's story, or naming the question's names, saying what
 * it wants ("the lack of a TV tuner card", "is too small to be used as a media centre") answers.
 */
function lackBelow(
  question: QuestionAnalysis,
  best: DraftBullet,
  evidence: readonly DraftBullet[],
): DraftLead | null {
  const first = best.citations[0]!.articleId;
  const names = question.focus.map((g) => wholeWord(g.at(-1)!));
  for (const bullet of evidence.slice(0, CAUSE_EVIDENCE)) {
    const citation = bullet.citations[0]!;
    if (citation.articleId !== first && !names.some((re) => re.test(citation.quote))) continue;
    if (!LACK.test(citation.quote)) continue;
    return { text: capitalise(shortened(citation.quote).replace(LINKING_OPENER, '')), citations: [citation] };
  }
  return null;
}

/**
 * When the best sentence tells only the event, the cause may be told a few sentences down the
 * ranking ("Glazer's previous bids … were rejected by the board because of the high level of
 * debt"): a sentence of the best one's story, or naming the question's names, that gives it in a
 * clause answers before the event. Whole, when short enough to keep the clause: it tells of what.
 */
function causeBelow(
  question: QuestionAnalysis,
  best: DraftBullet,
  bullets: readonly DraftBullet[],
  evidence: readonly DraftBullet[],
): DraftLead | null {
  const quote = best.citations[0]!.quote;
  const event = eventTerms(question);
  const bestClause = causeClause(quote);
  if (
    (sentenceRole(quote) === 'why' || CAUSE.test(quote) || TOLD_CAUSE.test(quote)) &&
    !(bestClause && restates(bestClause, event))
  )
    return null;
  const first = best.citations[0]!.articleId;
  const names = question.focus.map((g) => wholeWord(g.at(-1)!));
  for (const bullet of [...bullets.slice(0, LEAD_EVIDENCE), ...evidence.slice(0, CAUSE_EVIDENCE)]) {
    const citation = bullet.citations[0]!;
    if (citation.articleId !== first && !names.some((re) => re.test(citation.quote))) continue;
    const clause =
      sentenceRole(citation.quote) !== 'next'
        ? (causeClause(citation.quote) ?? setBack(citation.quote, names))
        : null;
    if (!clause || clause.split(/\s+/).length < 4 || restates(clause, event)) continue;
    const whole = shortened(citation.quote);
    const text = whole.includes(clause.trim()) ? whole : `${clause.trim().replace(/[,;:]$/, '')}.`;
    return {
      text: capitalise(text.replace(LINKING_OPENER, '')),
      citations: [citation],
    };
  }
  return null;
}

/** A verb of a blow to something: "hit", "hurt", "dented", "hampered". */
const SET_BACK =
  /^([^,;:"“]{8,80}?)\s(?:hit|hurt|dented|hampered)\s((?:[\p{L}'’-]+\s+){0,3}?[A-Z][\p{L}'’-]*)/u;

/**
 * "A switch to new models hit luxury marque Naylor-Benz, with sales down 3.1%": a sentence whose
 * subject struck one of the question's names, within a few words of the verb, gives that subject
 * as the cause ("hit a record high" strikes no name).
 */
function setBack(quote: string, names: readonly RegExp[]): string | null {
  const m = SET_BACK.exec(quote);
  return m && names.some((re) => re.test(m[2]!)) ? m[0] : null;
}

/** The question's words beyond its names and its asking of a cause: "why did Acme make a loss?" → make, loss. */
function eventTerms(question: QuestionAnalysis): string[] {
  const focus = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
  return queryTerms(question.own).filter((t) => !focus.has(t) && !/^(?:why|reason|cause)/.test(t));
}

/**
 * "Why did Acme make a loss in 2003?" — "returned to profit after posting huge losses in 2003":
 * an "after …ing" clause that says at least half the asked event's words is the event told again,
 * what came before another, not what caused it.
 */
function restates(clause: string, event: readonly string[]): boolean {
  // Only "after …ing" and "for …ing" may tell what came before rather than why: "the cause of
  // death appears to be natural" names the event it gives the cause of.
  if (event.length === 0 || !/^(?:after|for)\s/i.test(clause)) return false;
  const said = new Set(queryTerms(clause));
  return event.filter((t) => said.has(t)).length * 2 >= event.length;
}

/**
 * The words of the event a "why" asks the cause of, beyond its names: "why did Morrow cancel?" →
 * "cancel". A cause clause naming that event again ("because of the cancellation of Morrow's
 * visit") tells what the event caused, not its cause.
 */
function askedEvent(question: QuestionAnalysis): string[] {
  const focus = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
  return queryTerms(question.own)
    .filter((t) => !focus.has(t) && !/^(?:why|reason|cause)/.test(t))
    .map((t) => t.replace(/e$/, ''))
    .filter((root) => root.length >= 5);
}

/**
 * Whether a clause names the event as a thing, by a word made from one of its words ("cancellation"
 * of "cancel"). The same word again is not that: "why is the scheme slow?" is answered "because
 * the scheme needs backers".
 */
function namesEvent(clause: string, event: readonly string[]): boolean {
  const words = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  return event.some((root) => words.some((w) => w.startsWith(root) && w.length >= root.length + DERIVED));
}

/** Letters a word made from another adds at the least ("-ment", "-ation"): more than an inflection. */
const DERIVED = 4;

/**
 * Reasons are given by their clause: "because ...", "due to ...", and as news ties an event to
 * what set it off: "was a response to the involvement", "was linked to Ruritania's reluctance",
 * "following allegations about …", "amid allegations that …"; and as a purpose: "the cuts are
 * needed to fund a £150m investment", "could be a way of differentiating it".
 */
const REASON_CLAUSE =
  /\b(?:because|due to|as a result of|(?:in|a) response to|(?<=\b(?:is|was|were|are|been|being) )linked to|(?:amid|following) (?:allegations|claims|complaints|concerns|criticism|fears|reports)|in protest at|on the grounds that|so that|in order to|in a bid to|aimed at|to avoid|acted to|(?<=\b(?:needed|used|designed|meant) )to (?:fund|pay for|finance|cover|meet)|(?:a|one) way (?:of|to)|the (?:cause|reason)s? (?:of|for|why))\b[^.;]*/i;
/**
 * An event's cause told after it: "suspended … after failing to report", "sent off for bringing
 * down". Not first in the sentence, nor after a span of time: "After running the Australian
 * business, he moved", "a month after taking over" tell when; "apologised for anything" is no act.
 */
const CAUSE_ING =
  /(?<=\S\s+)(?<!\b(?:days?|weeks?|months?|years?|hours?|minutes?|shortly|soon|just|long)\s+)\b(?:after|for) (?!being\b|(?:any|some|no|every)thing\b|(?:morning|evening)\b)\w+ing\b[^.;]*/i;

/** The reason a sentence's doer gives, in a clause after a comma: "dropped Bellamy, claiming he had feigned injury". */
const CLAIMED_CAUSE = /(?<=,\s)(?:claiming|citing|arguing|insisting)\b[^.;]*/i;

/**
 * What an event is told as set off by, after a comma or its verb: "slid 41%, catalysed by the
 * revelation that …", "was triggered by". Not a noun's modifier ("demand driven by China's boom").
 */
const CAUSED_BY =
  /(?<=,\s|\b(?:is|are|was|were|been|being|be)\s(?:\w+ly\s)?)(?:caused|triggered|prompted|sparked|driven|fuell?ed|catal[ys]sed|spurred) by\b[^.;]*/i;
/**
 * What set an event back, after its verb: "was hit in 2003 by tough competition", "had been
 * hampered by a strike". A time or place may stand between the verb and its "by".
 */
const HIT_BY =
  /(?<=\b(?:is|are|was|were|been|being|be)\s(?:\w+ly\s)?)(?:hit|hurt|hampered|dented|held back)(?:\s+(?:in|on|at|during|last|this)\s+[\p{L}\d]+){0,2}\s+by\b[^.;]*/iu;

/** The clause that gives a reason, or null. */
function causeClause(quote: string): string | null {
  return (
    REASON_CLAUSE.exec(quote)?.[0] ??
    CAUSE_ING.exec(quote)?.[0] ??
    CLAIMED_CAUSE.exec(quote)?.[0] ??
    CAUSED_BY.exec(quote)?.[0] ??
    HIT_BY.exec(quote)?.[0] ??
    null
  );
}

/** A measure asked by "what": "What is Australia's benchmark interest rate?", "What did its profit come to?". */
const MEASURE_ASKED =
  /^\W*what\b(?:['’]s)?(?:\s+[\p{L}\d'’-]+){0,6}?\s+(?:rates?|targets?|area|deficit|profits?|revenues?|earnings|income)\b/iu;

/**
 * The kind of figure a "what" question of a measure asks for, which question analysis leaves as
 * "other": an amount when it speaks of money, else a number; null when it asks no measure.
 */
function measureAsked(question: string): 'amount' | 'number' | null {
  if (!MEASURE_ASKED.test(question)) return null;
  return speaksOfMoney(question) ? 'amount' : 'number';
}

/** "By how much …?": the size of a change. */
const BY_HOW_MUCH = /^\W*(?:and\s+)?by\s+how\s+much\b/i;
/** Verbs of a sharp change a few words before a figure, which CHANGED_BY leaves out: "lose 18%", "leapt 71%". */
const MOVED =
  /\b(?:los(?:e|es|ing|t)|shed(?:s|ding)?|leapt|leaped|soar(?:ed|s)?|plunge[ds]?|tumbled?|slump(?:ed|s)?|surge[ds]?|sank|slid|dived?|doubled|halved)\s+(?:[\p{L}'’-]+\s+){0,3}(?:by\s+)?$/iu;

/** "How far …?", "how fast …?": a length or a speed, which its figure alone does not tell. */
const MEASURE_BY_UNIT =
  /^\W*(?:and\s+)?how\s+(?:far|fast|high|tall|deep|heavy|wide)\b(?!\s+(?:above|below|ahead|behind|beyond|short|off|from|away|up|down|into|out|over|under)\b)/i;

/** The figure with the unit written after it: "11,000 miles", not "11,000". */
function withUnit(quote: string, span: AnswerSpan): AnswerSpan {
  const end = span.index + span.text.length;
  // "10.2%", "$3m": a share or a sum already says what it measures in.
  if (/[%$£€¥₹]/.test(span.text)) return span;
  const unit = /^\s+([a-z]+(?:\/[a-z]+)?)\b/.exec(quote.slice(end))?.[1];
  if (!unit || !/\d/.test(span.text) || !isNoun(unit.split('/')[0]!)) return span;
  // "10.2 in 2004": WordNet lists "in" (inch), "a", "at" as nouns too, but a word of grammar
  // after a figure starts the sentence's next phrase; it is no unit.
  if (NOUN_PHRASE_END.has(unit)) return span;
  return {
    text: quote.slice(span.index, end + quote.slice(end).indexOf(unit) + unit.length),
    index: span.index,
  };
}

/** Composes the lead from the answer's bullets (already verified), or null when there is none. */
export function composeLead(
  question: QuestionAnalysis,
  bullets: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
  /** The best-ranked sentences, best first: where a value is looked for (the bullets when absent). */
  evidence: readonly EvidenceBullet[] = bullets,
): DraftLead | null {
  const top = bullets.slice(0, LEAD_BULLETS);
  if (top.length === 0) return null;
  const type = question.answerType;
  // "Which country is Naylor from?": the country the best sentences give the person.
  if (NATION_ASKED.test(question.own) || (type === 'place' && WHERE_FROM.test(question.own))) {
    const nation = nationLead(question, evidence);
    if (nation) return nation;
  }
  // "Which club does he play for? (Phil Greening)": the body news names before the person's role
  // ("Wasps hooker Phil Greening", "Gloucester's Andy Gomarsall").
  if (type === 'organisation') {
    const side = sideLead(question, [...evidence, ...top], get);
    if (side) return side;
  }
  // "In which industries …?": kinds of things, listed beside the noun, not a name.
  if (NAME_TYPES.has(type) || type === 'list' || type === 'other') {
    const kinds = nounListLead(question, evidence);
    if (kinds) return kinds;
  }
  if (NAME_TYPES.has(type)) {
    // "Who did Davenport criticise?", "who introduced the band?": the name the best sentence
    // writes after the verb, or after its passive's "by", whatever kind of name it is.
    const outlet = toldLead(question, evidence);
    if (outlet) return outlet;
    // "Which paper did the aide give the dates to?" before "visit to Freedonia" after its "to".
    const object = objectLead(question, evidence);
    if (object) return object;
    const speaker = continuedQuoteSpeaker(question, evidence, get);
    if (speaker) return speaker;
  }
  if (type === 'place' && ASKS_POSITION.test(question.own)) {
    const position = positionLead(question, evidence);
    if (position) return position;
  }
  // "What technology lets the site track posts?" is read as asking a body by its verb ("lets" as a
  // noun of WordNet's): a noun of no kind asks a thing's name.
  if (type === 'organisation') {
    const noun = askedNoun(question.own);
    const thing =
      noun && nounKind(noun) === null ? thingLead(question, evidence.slice(0, LEAD_EVIDENCE)) : null;
    if (thing) return thing;
  }
  if (isSpanType(type) && !relativeDateFirst(question, evidence)) {
    // "Who did Cairn get its rights from?": who may be a body, when no person answers.
    const value =
      valueLead(question, evidence, get) ??
      (type === 'person' ? valueLead({ ...question, answerType: 'organisation' }, evidence, get) : null);
    if (value) return value;
  }
  if (type === 'other') {
    const measure = measureAsked(question.own);
    const value = measure && valueLead({ ...question, answerType: measure }, evidence, get);
    if (value) return value;
    const definition = definitionLead(question, [...evidence.slice(0, LEAD_EVIDENCE), ...top], get);
    if (definition) return definition;
    const gloss = termGloss(question.own, [...evidence.slice(0, LEAD_EVIDENCE), ...top], get);
    if (gloss) return gloss;
    const thing = thingLead(question, evidence.slice(0, LEAD_EVIDENCE));
    if (thing) return thing;
  }
  // The best-ranked sentence answers, even one the thread was shown (bullets leave those out).
  const best = evidence[0] ?? top[0]!;
  // "The measure was taken for security reasons": the best sentence states the reason itself.
  if (type === 'reason' && STATED_REASON.test(best.citations[0]!.quote)) {
    const text = shortened(best.text).replace(LINKING_OPENER, '');
    return { text: capitalise(text), citations: [best.citations[0]!] };
  }
  if (type === 'list') {
    const items = listAfter(best, get);
    if (items) return items;
  }
  if (type === 'reason' && NEGATED_WHY.test(question.own)) {
    const lack = lackBelow(question, best, evidence);
    if (lack) return lack;
  }
  if (type === 'reason') {
    const focus = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
    const asked = causeOfAsked(
      queryTerms(question.own).filter((t) => !focus.has(t)),
      best,
      [...top, ...evidence.slice(0, LEAD_EVIDENCE)],
      queryTerms,
    );
    if (asked) return asked;
    const after = causeAfter(best, get);
    if (after) return after;
    const event = askedEvent(question);
    // The best-ranked sentences count too, those the thread was shown among them (bullets leave
    // them out): the cause may be in one it already read.
    const ranked = [best, ...top, ...evidence.slice(0, LEAD_EVIDENCE)];
    // "The campaign of legal action is thought to be behind the closure": its subject is the cause,
    // named as plainly as a "because" names one.
    const behind = ranked.find((bullet) => {
      const m = BEHIND.exec(bullet.citations[0]!.quote);
      return m !== null && !namesEvent(bullet.citations[0]!.quote.slice(0, m.index), event);
    });
    if (behind)
      return {
        text: capitalise(shortened(behind.citations[0]!.quote).replace(LINKING_OPENER, '')),
        citations: [behind.citations[0]!],
      };
    for (const bullet of ranked) {
      const quote = bullet.citations[0]!.quote;
      const clause = sentenceRole(quote) === 'why' ? REASON_CLAUSE.exec(quote) : null;
      if (clause && clause[0].split(/\s+/).length >= 4 && !namesEvent(clause[0], event)) {
        return {
          text: `${capitalise(clause[0].trim().replace(/[,;:]$/, ''))}.`,
          citations: [bullet.citations[0]!],
        };
      }
    }
    const cause = causeBelow(question, best, bullets, evidence);
    if (cause) return cause;
    const quote = best.citations[0]!.quote;
    if (sentenceRole(quote) !== 'why' && !CAUSE.test(quote) && !TOLD_CAUSE.test(quote)) {
      const claim = doerClaim(question.own, [
        ...bullets.slice(0, LEAD_EVIDENCE),
        ...evidence.slice(0, CAUSE_EVIDENCE),
      ]);
      if (claim) return claim;
      const told = causeInStory(
        best,
        get,
        // The question's first name is whom it asks about ("Why won't Cudicini play in the Carling Cup
        // final?"): a quote after "the Carling Cup final" is not his.
        question.focus.slice(0, 1).map((g) => wholeWord(g.at(-1)!)),
      );
      if (told) return told;
    }
  }
  const text = shortened(best.text).replace(LINKING_OPENER, '');
  const verdict = type === 'yesno' ? yesOrNo(question, best.citations[0]!.quote) : null;
  if (type === 'yesno' && verdict !== 'No') {
    const denial = denialBelow(question, best, bullets, evidence);
    if (denial) return denial;
  }
  if (type === 'yesno' && verdict === null) {
    const affirmation = affirmationBelow(question, evidence);
    if (affirmation) return affirmation;
  }
  return { text: `${verdict ? `${verdict}. ` : ''}${capitalise(text)}`, citations: [best.citations[0]!] };
}

/**
 * The object of the question's verb, written after it in the best sentence ("criticised
 * Wimbledon"), or its subject for "who gave …?" / "which company developed …?" ("Harry Belafonte,
 * who gave the eulogy", "developed by Texas Instruments").
 */
function objectLead(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  const asked = askedRole(question.own);
  if (!asked) return null;
  const known = questionWords(question);
  // A verb is what the question asks of its names: of the best few sentences, the first that
  // writes a name in its role answers ("Who did Sony beat …?" by "beat off strong competition
  // from Toshiba", ranked below a sentence that names only the award's judge). A preposition
  // ("from", "with") is written too often to tell one sentence from another: only the best. A
  // verb that means little alone ("gave", "took") is told by its object: a sentence after the
  // best answers when it writes the question's object after the verb ("Harry Belafonte, who gave
  // the eulogy"). A sentence after the best must be about the same story: of its article, or
  // naming a name of the question ("Mr Brandt was invited by Ellis" does not say who invited Naylor).
  const light = LIGHT_VERBS.has(asked.verb.toLowerCase());
  const read = evidence.slice(0, asked.role === 'preposition' ? 1 : LEAD_EVIDENCE);
  const first = read[0]?.citations[0]?.articleId;
  const names = question.focus.map((g) => wholeWord(g.at(-1)!));
  const object = asked.role === 'preposition' ? [] : objectAfter(question.own, asked.verb);
  const several = asksSeveral(question);
  // "Who did Naylor beat?": of the best few sentences, one writing Naylor as the verb's subject
  // ("Naylor needed three sets to beat Ellis") answers before a better one writing another's
  // ("Anna Brandt came from a set down to beat Courier"), which tells whom someone else beat.
  const subject = (quote: string) =>
    asked.role === 'object' && wordsOf(verbSubject(quote, asked.verb)?.text ?? '').some((w) => known.has(w));
  // "Who won the best first screenplay award?": a sentence writing that award whole ("… went to
  // Kasper Lund") tells who won it, whatever its verb, before one whose "won" has only part of it
  // ("won best director and best screenplay"), which is of another award. Read further for it:
  // the words of the whole object rank a sentence less than a verb does.
  const wider = asked.role === 'preposition' ? read : evidence.slice(0, WHOLE_OBJECT_EVIDENCE);
  // Only an object of common words: one that is a name ("coaches Kelly Holmes") is said of her
  // in every sentence of her story.
  const common = asked.role === 'preposition' ? [] : commonObjectAfter(question.own, asked.verb);
  const whole = wider.some((b) => b.citations.some((c) => wholeObjectAt(c.quote, common) !== null));
  for (const own of asked.role === 'object' ? [true, false] : [false])
    for (const [i, bullet] of (whole ? wider : read).entries()) {
      for (const citation of bullet.citations) {
        if (own && !subject(citation.quote)) continue;
        if (i > 0 && citation.articleId !== first && !names.some((re) => re.test(citation.quote))) continue;
        const at = whole ? wholeObjectAt(citation.quote, common) : null;
        if (whole && !at) continue;
        // The name given the whole object, before the verb's subject: "Foxx won best actor, while
        // Owen took best supporting actor" tells who won best supporting actor by "took".
        const beside = at
          ? holderBesideObject(citation.quote, at, namesOfKind(citation.quote, question.answerType), known)
          : null;
        if (beside) return { text: `${capitalise(beside.text)}.`, citations: [citation] };
        const said = object.length > 0 ? objectAfter(citation.quote, asked.verb) : [];
        if (i > 0 && light && (object.length === 0 || !said.includes(object.at(-1)!))) continue;
        // "Pete Hautman won the young people's literature prize" names who won another prize.
        if (otherObject(object, said)) continue;
        // "The Producers was named best musical, Victoria Hamilton was best actress": the name in the
        // verb's role is the other object's; the one written before the asked object is its own.
        // "Clive Owen took best supporting actor" names who took another award than "best actor".
        if (
          interruptedObject(object, said) ||
          objectElsewhere(object, said, new Set(queryTerms(citation.quote)))
        ) {
          const holder = nameBeforeObject(citation.quote, object, known);
          if (holder) return { text: `${capitalise(holder.text)}.`, citations: [citation] };
          continue;
        }
        const found = nameInRole(citation.quote, asked, known);
        // "Spain won the Davis Cup when Carlos Moya beat …": a place is no one who did what is asked,
        // and "Gianni Agnelli wanted to keep control" no carmaker that wanted to buy.
        if (found && asked.role === 'agent' && otherKind(citation.quote, found, question.answerType))
          continue;
        const span =
          found && coordinated(citation.quote, found, question.answerType, known, undefined, several);
        if (span) return { text: `${capitalise(span.text)}.`, citations: [citation] };
      }
    }
  return null;
}

/** A sentence's names of the asked kind; any of its names when it has none the lexicon knows so. */
function namesOfKind(quote: string, type: AnswerType): AnswerSpan[] {
  const typed = answerSpans(quote, type);
  return typed.length > 0 ? typed : nameSpans(quote);
}

/**
 * The country the best sentences give a person asked of: "Ruritania's Paul Naylor" (Ruritania),
 * "Ruritanian wild card Paul Naylor" (Paul Naylor is Ruritanian).
 */
function nationLead(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  const surnames = new Set(question.focus.map((g) => g.at(-1)!.toLowerCase()));
  if (surnames.size === 0) return null;
  for (const bullet of evidence.slice(0, LEAD_EVIDENCE))
    for (const citation of bullet.citations)
      for (const span of answerSpans(citation.quote, 'person')) {
        if (!surnames.has(span.text.split(/\s+/).at(-1)!.toLowerCase())) continue;
        const nation = statedNation(citation.quote, span);
        if (!nation) continue;
        // A nationality is said of the person ("Paul Naylor is Ruritanian."): the country's name
        // is not in the sentence, and a lead says only what its quote does.
        const text =
          nameKind([nation]) === 'nationality'
            ? `${span.text.replace(new RegExp(`^${escapeRegExp(nation)}\\s+`), '')} is ${nation}.`
            : `${capitalise(nation)}.`;
        return { text, citations: [citation] };
      }
  return null;
}

/** "Where is Ann Brandt from?": of a person, as "which country …?" asks, the nation news gives. */
const WHERE_FROM = /^\W*where\s+(?:is|was|are|were|does|do|did)\s+.+?\s+(?:come\s+)?from\W*$/i;

/** "Who said …?": a question asking whose words. */
const ASKS_WORDS = /\b(?:say|says|said)\b/i;

/**
 * "Which player said no-one knows what Glazer will bring?": news runs a quote on over sentences
 * and names its speaker once ('"A lot of people want …," said Ferdinand. "No one knows …"'). When
 * the best sentence is such a quote naming no one, its speaker is the one the sentence before
 * quotes.
 */
function continuedQuoteSpeaker(
  question: QuestionAnalysis,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  if (question.answerType !== 'person' || !ASKS_WORDS.test(question.own)) return null;
  const citation = evidence[0]?.citations[0];
  if (!citation || !/^["“]/.test(citation.quote)) return null;
  const known = questionWords(question);
  if (nameSpans(citation.quote).some((s) => isFreshSpan(s, known))) return null;
  const before = sentenceBefore(get(citation.articleId), citation.quote);
  if (!before || !/["”]/.test(before)) return null;
  const speaker = nameSpans(before).find((s) => isFreshSpan(s, known) && speechRole(before, s) === 'speaker');
  return speaker
    ? {
        text: `${capitalise(speaker.text)}.`,
        citations: [{ articleId: citation.articleId, quote: before }, citation],
      }
    : null;
}

/**
 * "Which paper did the aide give the dates to?": news names the outlet it was told something as
 * whom it was told to ("… a close aide told the Courier"), whatever kind of name its capitals suggest.
 */
function toldLead(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  if (!asksOutlet(question.own)) return null;
  const known = questionWords(question);
  for (const bullet of evidence.slice(0, LEAD_EVIDENCE)) {
    for (const citation of bullet.citations) {
      const quote = citation.quote;
      const told = nameSpans(quote).find((s) => isFreshSpan(s, known) && speechRole(quote, s) === 'listener');
      if (told) return { text: `${capitalise(told.text)}.`, citations: [citation] };
    }
  }
  return null;
}

/**
 * Whether the sentence names the span as a kind the question does not ask: a place for "who", a
 * person or a place for "which company".
 */
function otherKind(quote: string, span: AnswerSpan, type: AnswerType): boolean {
  const other: AnswerType[] =
    type === 'person' ? ['place'] : type === 'organisation' ? ['place', 'person'] : [];
  return other.some((kind) => answerSpans(quote, kind).some((s) => s.index === span.index));
}

/** "Where did Chepkemei finish?", "where does Ahold rank?": a place in an order, not on a map. */
const ASKS_POSITION =
  /^\W*where\b.*\b(?:finish(?:ed|es)?|rank(?:ed|s)?|drop(?:ped|s)?|slip(?:ped|s)?|f[ae]ll(?:en|s)?|climb(?:ed|s)?|placed?|come|came)\b/i;
/** An ordinal, or one made a superlative's rank: "third", "19th", "fourth-largest". */
const ORDINAL_PLACE =
  /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth)\b(-[a-z]+(?:est|most))?/gi;

/** Words after an ordinal that make it a position, not a count of a noun ("third in", "third place"). */
const AFTER_PLACE = /^(?:in|at|on|of|for|with|behind|after|before|and|or|but|place|position|spot)$/;

/**
 * The position the best sentences give of the question's names: an ordinal not counting a noun
 * ("finished third in", "the world's fourth-largest chain", not "his 19th number one"), or a count
 * dropped or risen to ("slipped to six").
 */
function positionLead(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  const known = questionWords(question);
  for (const bullet of evidence.slice(0, LEAD_EVIDENCE)) {
    for (const citation of bullet.citations) {
      const quote = citation.quote;
      const spans: AnswerSpan[] = [];
      for (const m of quote.matchAll(ORDINAL_PLACE)) {
        const next = /^\s+([a-z]+)/.exec(quote.slice(m.index! + m[0].length))?.[1];
        if (m[1] || !next || AFTER_PLACE.test(next)) spans.push({ text: m[0], index: m.index! });
      }
      for (const s of answerSpans(quote, 'number'))
        if (/\b(?:to|at)\s+(?:number\s+)?$/i.test(quote.slice(0, s.index))) spans.push(s);
      const span = spans.filter((s) => isFreshSpan(s, known)).sort((a, b) => a.index - b.index)[0];
      if (span) return { text: `${capitalise(span.text)}.`, citations: [citation] };
    }
  }
  return null;
}

/**
 * Words that deny what they govern: "The DTI has dismissed the proposal", "not going to be released",
 * "Nothing was decided".
 */
const DENIAL =
  /\b(?:not|no|never|nothing|nobody|none|no-one|refused|refuses|rejected|rejects|denied|denies|dismissed|dismisses|declined|ruled out|failed(?:\s+in\s+(?:an?|its|his|her|their)\s+(?:attempt|bid|effort)s?)?\s+to|no longer)\b|n['’]t\b/i;
/** Where a question's asked clause ends: a contrast (", not just …") or a clause of when, why or which. */
const ASKED_CLAUSE_END =
  /,\s*(?:and\s+|but\s+)?(?:not|rather than|instead of)\b|\b(?:when|after|because|since|until|before|although|though|despite|who|which|that|where|while)\b/i;

/**
 * Whether a yes/no question asks a denial ("Is Band Aid 20 not getting …?"): a "not" outside the
 * asked clause ("…, not just in sport?", "… after he was not picked?") asks none.
 */
function deniesAsked(question: string): boolean {
  const end = ASKED_CLAUSE_END.exec(question)?.index ?? question.length;
  return DENIAL.test(question.slice(0, end));
}

/** The share of a yes/no question's asked words a sentence must say to affirm it. */
const AFFIRMED_SHARE = 0.5;
/** Words of what may or may not happen: a sentence with them settles no yes/no question. */
const HEDGE =
  /\b(?:could|may|might|would|should|expected|likely|unlikely|plans?|hopes?|considering|reportedly|if|whether|set to|poised|tipped|rumou?r\w*|speculat\w*)\b/i;

/**
 * "Is Band Aid 20 getting a US release?" answered "No." when the best sentence denies it, plainly,
 * of the question's names and words, "Yes." when it affirms it; otherwise the sentence speaks alone.
 */
export function yesOrNo(question: QuestionAnalysis, quote: string): 'Yes' | 'No' | null {
  if (deniesAsked(question.own)) return null;
  const lower = quote.toLowerCase();
  // "TV" is said as "television": a name the question writes as an everyday word's short form.
  const names = (g: readonly string[]) =>
    [g.at(-1)!, ...synonyms(g.at(-1)!)].some((w) => lower.includes(w.toLowerCase()));
  if (!question.focus.every(names)) return deniedByStandIn(question, quote) ? 'No' : null;
  const focus = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
  const said = new Set(queryTerms(quote));
  // A hedge of the question ("still", "ever") asks nothing a sentence must say.
  const idle = new Set([...idleWords(question.own)].flatMap((w) => queryTerms(w)));
  const asked = new Set(queryTerms(question.searchText).filter((t) => !focus.has(t) && !idle.has(t)));
  if (![...asked].some((t) => said.has(t))) return null;
  // A denial of the question's own words and names settles it; a statement only when it says
  // enough of them plainly.
  if (denies(withoutSubordinate(quote)) || lacksAsked(quote, asked)) return 'No';
  if (stateUnsaid(question.own, said)) return null;
  return affirms(question.own, quote, beforeContrast(question.own, asked), said) ? 'Yes' : null;
}

/** The state a question of being asks, an adjective before its preposition: "Are the growers happy with …?". */
const ASKED_STATE =
  /^\W*(?:is|are|was|were)\b.*?\b([a-z]+)\s+(?:with|about|by|to|for|of|from|in|at|on|over)\b/i;

/**
 * "Are Ruritania's growers happy with the aid?" is not affirmed by "the government is to hand
 * growers aid": the sentence says the question's nouns but not the state asked of them (the
 * adjective, or a word of its synonyms).
 */
function stateUnsaid(question: string, said: ReadonlySet<string>): boolean {
  const state = ASKED_STATE.exec(question)?.[1]?.toLowerCase();
  if (!state || !tagsOf(state).includes('Adjective')) return false;
  return ![state, ...synonyms(state)].some((w) => queryTerms(w).some((t) => said.has(t)));
}

/** Where a question sets what it asks against something else: ", not just …", ", rather than …". */
const CONTRAST = /,\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\b/i;

/**
 * The asked words before a contrast ("Was Holmes's gold voted the best TV moment of the year, not
 * just in sport?"): what it is set against is no part of what a sentence must affirm.
 */
function beforeContrast(question: string, asked: ReadonlySet<string>): ReadonlySet<string> {
  const end = CONTRAST.exec(question)?.index;
  if (end === undefined) return asked;
  const head = new Set(queryTerms(question.slice(0, end)).filter((t) => asked.has(t)));
  return head.size > 0 ? head : asked;
}

/** A subject standing for a name said before: a pronoun, or "the" and a noun ("The council will not …"). */
const STAND_IN =
  /^\W*(?:(?:but|however|and|yet)\b,?\s+)?(?:(he|she|it|they)|(?:the|this|that)\s+([a-z]+))\b/i;
/** A denial of the verb that follows: "will not back", "has refused to back". */
const VERB_DENIAL =
  /\b(?:(?:will|would|did|does|do|has|have|had|is|are|was|were|can|could)\s+(?:not|never)|won['’]t|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t|haven['’]t|(?:refused|declined)\s+to)\s+/gi;

/**
 * "Will Corlan council back the scheme?" answered "No." by "The council will not back it": a
 * sentence whose subject stands for the question's name (a pronoun, or a noun the question says)
 * plainly denies the question's own verb.
 */
function deniedByStandIn(question: QuestionAnalysis, quote: string): boolean {
  const subject = STAND_IN.exec(quote);
  if (!subject) return false;
  if (subject[2] && !queryTerms(subject[2]).some((t) => queryTerms(question.own).includes(t))) return false;
  const verb = yesNoVerb(question.own);
  if (!verb || !denies(quote)) return false;
  const terms = verbTerms(verb);
  return [...quote.matchAll(VERB_DENIAL)].some((m) => {
    const next = /^[\p{L}'’-]+/u.exec(quote.slice(m.index! + m[0].length))?.[0] ?? '';
    return queryTerms(next).some((t) => terms.has(t));
  });
}

/** Questions of what has happened: "Did …?", "Has …?", "Was …?". */
const PAST_YESNO = /^\W*(?:did|was|were|has|have|had)\b/i;

/**
 * "Has Kenya backed down on Chepkemei's ban?" answered "Yes." by a plain statement of the
 * question's names and at least half its asked words ("has reversed a ban on … Chepkemei") that
 * denies, hedges and asks nothing. What is still to come ("Brandt will travel to Ruritania") does
 * not say what has happened.
 */
function affirms(
  question: string,
  quote: string,
  asked: ReadonlySet<string>,
  said: ReadonlySet<string>,
): boolean {
  if (DENIAL.test(quote) || HEDGE.test(quote) || quote.includes('?')) return false;
  if (PAST_YESNO.test(question) && sentenceRole(quote) === 'next') return false;
  const saidAsked = [...asked].filter((t) => said.has(t)).length;
  return saidAsked >= AFFIRMED_SHARE * asked.size;
}

/** "Without" and the few words it governs: "comes without a monitor, keyboard and mouse". */
const WITHOUT = /\bwithout\s+((?:[\p{L}\d'’-]+,?\s+){0,4}[\p{L}\d'’-]+)/giu;

/** Whether "without" governs one of the question's asked words: the thing asked about is not there. */
function lacksAsked(quote: string, asked: ReadonlySet<string>): boolean {
  return [...quote.matchAll(WITHOUT)].some((m) => queryTerms(m[1]!).some((t) => asked.has(t)));
}

/**
 * Whether the sentence plainly denies: the clause of its first denial hedges nothing ("this was a
 * not for profit venture, though … makers would be making money" denies; "it may not" does not).
 */
function denies(quote: string): boolean {
  const at = DENIAL.exec(quote)?.index;
  if (at === undefined) return false;
  let start = 0;
  let end = quote.length;
  for (const m of quote.matchAll(CLAUSE_BREAK)) {
    if (m.index! < at) start = m.index! + m[0].length;
    else {
      end = m.index!;
      break;
    }
  }
  return !HEDGE.test(quote.slice(start, end));
}

/** What a story told, referred back to: "the proposal", "this matter", "the move". */
const REFERRED =
  /\b(?:the|this|that|these|those)\s+(?:proposals?|matter|move|idea|plans?|requests?|bids?|offers?|calls?|claims?|allegations?|suggestions?|demands?|decision|case|issue)\b/i;

/** Where a clause of when or why begins: "after", "because", "when", "until". */
const SUBORDINATE = /\b(?:after|because|when|since|until|before|as soon as)\b/i;

/**
 * The sentence less its clauses of when or why (up to the next comma or semicolon): "Athletics
 * Kenya issued the ban after Chepkemei failed to turn up" denies nothing of what it tells.
 */
function withoutSubordinate(quote: string): string {
  return quote.replace(new RegExp(`${SUBORDINATE.source}[^,;]*`, 'gi'), '');
}

/**
 * "Will the Commission redraft the directive?": when the best sentence settles nothing, a plain
 * denial of the question's names and words a few sentences down the ranking, of the best one's
 * story or naming the question's names ("… will not be re-drafted by the European Commission"),
 * answers "No".
 */
function denialBelow(
  question: QuestionAnalysis,
  best: DraftBullet,
  bullets: readonly DraftBullet[],
  evidence: readonly DraftBullet[],
): DraftLead | null {
  const first = best.citations[0]!.articleId;
  const names = question.focus.map((g) => wholeWord(g.at(-1)!));
  for (const bullet of [...bullets.slice(0, LEAD_EVIDENCE), ...evidence.slice(0, LEAD_EVIDENCE)]) {
    const citation = bullet.citations[0]!;
    if (citation.articleId !== first && !names.some((re) => re.test(citation.quote))) continue;
    // "Athletics Kenya issued the ban after Chepkemei failed to turn up": a denial in a clause of
    // when or why denies something else.
    const main = citation.quote.split(SUBORDINATE)[0]!;
    if (!DENIAL.test(main) && !/\bwithout\b/i.test(main)) continue;
    // "However, the DTI has dismissed the proposal": in the best sentence's story, a plain denial
    // naming one of the question's names, of what the story told ("the proposal", "this matter").
    const told =
      citation.articleId === first &&
      names.some((re) => re.test(citation.quote)) &&
      REFERRED.test(citation.quote) &&
      !deniesAsked(question.own) &&
      denies(citation.quote);
    if (!told && !neither(question, citation.quote) && yesOrNo(question, citation.quote) !== 'No') continue;
    const text = shortened(citation.quote).replace(LINKING_OPENER, '');
    return { text: `No. ${capitalise(text)}`, citations: [citation] };
  }
  return null;
}

/**
 * "Is the site still reachable from Canada?": when the best sentence settles nothing and no denial
 * is found, a plain affirmation a few sentences down the ranking ("Some web users in Canada also
 * report that they can browse the site") answers "Yes" — it must name all the question's names
 * and say its asked words as `yesOrNo` requires.
 */
function affirmationBelow(question: QuestionAnalysis, evidence: readonly DraftBullet[]): DraftLead | null {
  for (const bullet of evidence.slice(1, LEAD_EVIDENCE)) {
    const citation = bullet.citations[0]!;
    if (yesOrNo(question, citation.quote) !== 'Yes') continue;
    const text = shortened(citation.quote).replace(LINKING_OPENER, '');
    return { text: `Yes. ${capitalise(text)}`, citations: [citation] };
  }
  return null;
}

/**
 * "Was the exhibition organised under Wada or ITF authority?": a plain denial naming every
 * alternative the question offers ("was not commissioned by Wada, the ITF or the WTA") says
 * neither, though it does not name what the question asks it of.
 */
function neither(question: QuestionAnalysis, quote: string): boolean {
  const offered = question.focus.filter((g) =>
    new RegExp(`${escapeRegExp(g.at(-1)!)}\\s+or\\b|\\bor\\s+${escapeRegExp(g[0]!)}`).test(question.own),
  );
  return offered.length >= 2 && offered.every((g) => wholeWord(g.at(-1)!).test(quote)) && denies(quote);
}

/** How many more of the question's words a lower sentence must say to answer first. */
const MORE_SAID = 2;

/**
 * "How many Grammys did Ray Charles win?": of the best sentences that give a value, one saying
 * clearly more of the question ("Ray Charles … eight posthumous Grammy Awards") answers before a
 * better ranked one saying less ("Keys won four awards"), if its figure is as plainly of the noun
 * counted (`ofNoun`: 2 of the question's own noun, 1 of a neighbour, 0 of none: "5,000 laptops"
 * stays before "63,000 mobile phones"). Moves it first in `read`.
 */
function saysMostFirst(
  read: EvidenceBullet[],
  terms: ReadonlySet<string>,
  hasValue: (c: DraftCitation) => boolean,
  ofNoun: (c: DraftCitation) => number,
): void {
  // A value lent its place by a neighbour saying what is asked keeps it on that neighbour's words;
  // another is not moved up by them.
  const says = (b: EvidenceBullet, incumbent: boolean) =>
    new Set(queryTerms(incumbent ? saidBy(b) : b.text).filter((t) => terms.has(t))).size;
  const tier = (b: DraftBullet) => Math.max(...b.citations.map(ofNoun));
  let first = -1;
  let best = -1;
  for (const [i, bullet] of read.entries()) {
    if (!bullet.citations.some(hasValue)) continue;
    if (first < 0) first = best = i;
    else if (
      says(bullet, false) >= says(read[best]!, best === first) + MORE_SAID &&
      tier(bullet) >= tier(read[first]!)
    )
      best = i;
  }
  if (best > first) read.unshift(...read.splice(best, 1));
}

/** A length counted back from now: "over the last 18 months", "in the past two years". */
const PAST_LENGTH = /\b(?:last|past|previous)\s+$/i;

/** A question about what is to come: "When should the deal be wrapped up?", "What will it cost?". */
const ASKS_AHEAD = /\b(?:will|should|shall|is\s+due|are\s+due|expected|going\s+to)\b/i;

/**
 * Moves up the first of `read` whose figure is written against an asked word, when the first
 * sentence holding a figure has it against none and says no more of the question.
 */
function attachedFirst(
  read: EvidenceBullet[],
  asked: ReadonlySet<string>,
  spanOf: (c: DraftCitation) => AnswerSpan | null,
  /** How much a sentence says of the question: names count before asked words. */
  about: (b: EvidenceBullet) => number,
  ofNoun: (c: DraftCitation) => number,
  anothers: (c: DraftCitation, span: AnswerSpan) => boolean,
  /** The question asks when what is to be will be ("When should the deal close?"): a date expected answers. */
  ahead = false,
): void {
  if (asked.size === 0) return;
  const attached = (b: EvidenceBullet, loosely = false) =>
    b.citations.some((c) => {
      const span = spanOf(c);
      return (
        span !== null &&
        figureAttached(c.quote, span, asked, loosely) &&
        (ahead || !figureHedged(c.quote, span)) &&
        !anothers(c, span)
      );
    });
  const tier = (b: EvidenceBullet) => Math.max(...b.citations.map(ofNoun));
  const first = read.findIndex((b) => b.citations.some((c) => spanOf(c) !== null));
  // A count of the asked noun ("350 hotspots") is already the figure of what is asked.
  // The first figure keeps its place when its clause says an asked word at all: only a plainly
  // unattached figure gives way.
  if (first < 0 || tier(read[first]!) > 0 || attached(read[first]!, true)) return;
  const says = about(read[first]!);
  const other = read.findIndex((b, i) => i > first && attached(b) && about(b) >= says);
  if (other > first) read.unshift(...read.splice(other, 1));
}

/** What a sentence says of the question, with what the neighbour that lent it its place says. */
function saidBy(bullet: EvidenceBullet): string {
  return bullet.context ? `${bullet.context} ${bullet.text}` : bullet.text;
}

/** The terms of the noun counted and the word qualifying it: "text messages" → text, messag. */
function countedPhraseTerms(question: string, noun: string): Set<string> {
  const m = new RegExp(`([\\p{L}-]+\\s+)?${escapeRegExp(noun)}\\b`, 'iu').exec(question);
  return new Set(queryTerms(m ? m[0] : noun));
}

/** "his band's guitarist", "Mr Glazer's two sons": someone the sentence calls only by a role, someone's. */
const UNNAMED_ROLE =
  /\b(?:his|her|their|its|[A-Z][\p{L}-]+['’]s)\s+(?:[a-z-]+['’]s\s+|(?:new|former|own|two|three)\s+)?([a-z-]+)\b(?!['’])/gu;

/**
 * "Who did Pete Doherty fight?" against "… a fight with his band's guitarist": the best sentence
 * names the one asked only by a role, and the article names them with it elsewhere ("guitarist
 * Patrick Walden"). The citation of the first sentence of the article naming a fresh holder beside
 * that role, or null.
 */
function unnamedRoleHolder(
  best: DraftBullet | undefined,
  get: (id: string) => Article | undefined,
  fresh: (span: AnswerSpan) => boolean,
  hasValue: (c: DraftCitation) => boolean,
): DraftCitation | null {
  const citation = best?.citations[0];
  if (!citation || best!.citations.some(hasValue)) return null;
  const article = get(citation.articleId);
  if (!article) return null;
  for (const m of citation.quote.matchAll(UNNAMED_ROLE)) {
    const noun = m[1]!;
    if (nounKind(noun) !== 'person') continue;
    const forms = nounForms(noun);
    for (const sentence of article.sentences) {
      if (sentence.text === citation.quote) continue;
      if (appositiveSpans(sentence.text, forms).some(fresh))
        return { articleId: citation.articleId, quote: sentence.text };
    }
  }
  return null;
}

/**
 * "Who was Brandt's counterpart?" against "Brandt met his Ruritanian counterpart.": a sentence saying
 * the asked role without a name is answered by the neighbour naming its holder, read right after it
 * in `read` ("'…,' Ruth Ann Weller said after the meeting."). Returns the holders' citations.
 */
function holdersAfterRoles(
  read: DraftBullet[],
  question: QuestionAnalysis,
  get: (id: string) => Article | undefined,
  hasValue: (c: DraftCitation) => boolean,
): Set<DraftCitation> {
  const lent = new Set<DraftCitation>();
  const roleForms = askedRoleForms(question.own);
  const known = questionWords(question);
  if (!roleForms) {
    const holder = unnamedRoleHolder(read[0], get, (span) => isFreshSpan(span, known), hasValue);
    if (holder) {
      lent.add(holder);
      read.splice(1, 0, { text: holder.quote, citations: [holder] });
    }
    return lent;
  }
  for (let i = 0; i < read.length; i++) {
    const bullet = read[i]!;
    // The best sentence may name someone else ("a statement from Mr Spitzer's office") and still
    // refer back to the one asked ("the Marsh executive admitted …").
    const valued = bullet.citations.some(hasValue);
    if (valued && i > 0) continue;
    const citation = bullet.citations[0]!;
    const article = get(citation.articleId);
    const sentence = article?.sentences.find((s) => s.text === citation.quote);
    const fresh = (span: AnswerSpan) => isFreshSpan(span, known);
    const holder = !sentence
      ? null
      : ((valued
          ? null
          : askedRoleHolder(article!, sentence, 'person', roleForms, fresh, question.focus.flat())) ??
        (i === 0 ? describedHolder(article!, sentence, roleForms, fresh) : null));
    if (!holder) continue;
    const quote = holder.sentence.text;
    const at = read.findIndex((b) =>
      b.citations.some((c) => c.articleId === citation.articleId && c.quote === quote),
    );
    if (at >= 0 && at < i) continue;
    if (at > i) read.splice(at, 1);
    const holderCitation = { articleId: citation.articleId, quote };
    lent.add(holderCitation);
    read.splice(i + 1, 0, { text: quote, citations: [holderCitation] });
    i++;
  }
  return lent;
}

/** "the Marsh executive", "the former minister": a person referred back to by a noun of a person. */
const DESCRIBED_PERSON = /\bthe\s+(?:(?:[A-Z][\p{L}&'’-]*|former|new|senior)\s+){0,3}([a-z-]+)\b/gu;

/**
 * "Which Marsh senior vice president confessed …?" against "… the Marsh executive admitted he
 * instructed insurers …": the best sentence tells the asked event of someone it refers back to by
 * a noun of a person, and the article named them before beside the role the question asks
 * ("senior vice president Robert Stearns had pleaded guilty"). The nearest such earlier sentence.
 * Asked of the best sentence only: a lower one referring back is too often about someone else.
 */
function describedHolder(
  article: Article,
  sentence: Sentence,
  roleForms: ReadonlySet<string>,
  fresh: (span: AnswerSpan) => boolean,
): RoleHolder | null {
  const described = [...sentence.text.matchAll(DESCRIBED_PERSON)].some((m) => nounKind(m[1]!) === 'person');
  if (!described) return null;
  for (let i = sentence.index - 1; i >= 0; i--) {
    const other = article.sentences[i]!;
    const span = appositiveSpans(other.text, roleForms).find(fresh);
    if (span) return { sentence: other, span };
  }
  return null;
}

/** The sentence of the article before the one quoted, if any. */
function sentenceBefore(article: Article | undefined, quote: string): string | undefined {
  const at = article?.sentences.findIndex((s) => s.text === quote) ?? -1;
  return at > 0 ? article!.sentences[at - 1]!.text : undefined;
}

/** A name's longest word, the one news keeps when it shortens the name ("Buccaneers"). */
const longest = (words: readonly string[]) => words.reduce((a, b) => (b.length > a.length ? b : a));

/** The value of the asked-for kind, with who reports it (and a second where reports differ), or null. */
/** Whether a sentence names each of two or more names the question gives (each by its last word). */
function namesEvery(text: string, focus: readonly (readonly string[])[]): boolean {
  return focus.length >= 2 && focus.every((name) => name.length > 0 && wholeWord(name.at(-1)!).test(text));
}

/** Whether `text` names each of the names (by its last word); true when there are none. */
function namesAll(text: string, names: readonly (readonly string[])[]): boolean {
  return names.every((name) => name.length === 0 || wholeWord(name.at(-1)!).test(text));
}

/** An article's title and text, or the quote alone when the article is not at hand. */
function storyText(article: Article | undefined, citation: DraftCitation): string {
  return `${article?.title ?? ''}\n${article?.text ?? citation.quote}`;
}

function valueLead(
  question: QuestionAnalysis,
  evidence: readonly EvidenceBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const type = question.answerType;
  const values: Value[] = [];
  // Two figures disagree only about the same thing: the sentences share what the question asks
  // of its names ("arrive" for "when did Naylor arrive?"), not only the names.
  const names = new Set(question.focus.flat().flatMap((w) => queryTerms(w)));
  const asked = queryTerms(question.searchText).filter((t) => !names.has(t));
  const about = (quote: string) => {
    const said = new Set(queryTerms(quote));
    return new Set(asked.filter((t) => said.has(t)));
  };
  let firstAbout: Set<string> | null = null;
  let firstOfNoun = false;
  const read: EvidenceBullet[] = evidence.slice(0, LEAD_EVIDENCE);
  // "How many copies …?": in a sentence, a figure of copies answers before any other.
  const noun = type === 'number' ? countedNoun(question.own) : null;
  const forms = noun ? countedForms(noun) : null;
  const ownForms = noun ? ownCountedForms(noun) : null;
  const named = NAME_TYPES.has(type) ? askedNoun(question.own) : null;
  // "Who runs General Motors?" asks for the name beside an office noun ("chief executive Rick Wagoner").
  // "Who's directing the film?" asks for the name beside "director".
  const agent = !named && type === 'person' ? agentForms(question.own) : null;
  const nounOf = named ? nounForms(named) : officeAsked(question.own) ? OFFICE_FORMS : agent;
  // "When will the deal be wrapped up?": what a phrasal verb means ("conclude") says it too.
  const meant = [...meaningsIn(question.own).values()].flat();
  const questionTerms = new Set([
    ...queryTerms(question.searchText),
    ...question.related.flatMap((g) => queryTerms(g.join(' '))),
    ...meant,
  ]);
  const saysBeside = (quote: string, span: AnswerSpan) =>
    questionTerms.size === 0 ||
    queryTerms(`${quote.slice(0, span.index)} ${quote.slice(span.index + span.text.length)}`).some((t) =>
      questionTerms.has(t),
    );
  // Read once for all citations: the question's words and whether it asks for several names.
  const known = questionWords(question);
  const count = NAME_TYPES.has(type) ? askedCount(question.own) : null;
  const several = count !== null || asksSeveral(question);
  // The places and bodies the question asks about, read only when a second figure needs them.
  const outlets = new Set(evidence.flatMap((b) => b.citations.map((c) => get(c.articleId)?.publisher ?? '')));
  let askedPlaces: AskedBody[] | null = null;
  const bodies = () =>
    (askedPlaces ??= askedBodies(question.own, question.focus, (g) => outlets.has(g.join(' '))));
  // The surnames a citation's article names in full, read only when a one-word name needs them.
  const peopleOf = (citation: DraftCitation) => {
    const article = get(citation.articleId);
    return article && (() => articlePeople(article));
  };
  // Retrieval's near misses (near-miss.ts): a value of another place, body, person or kind than
  // the one asked is no answer, however high its sentence ranks.
  const negated = negatedWords(question.own);
  const measured = type === 'number' && MEASURE_BY_UNIT.test(question.own);
  const persons = type === 'date' ? [] : askedPeople(question.own, question.focus);
  const nearMiss = (citation: DraftCitation, span: AnswerSpan) => {
    const people = peopleOf(citation) ?? (() => new Set<string>());
    const quote = citation.quote;
    return (
      NUMERIC_TYPES.has(type) &&
      (namesRival(quote, bodies(), known, longest, people) ||
        saysOpposite(quote, negated) ||
        anothersValue(quote, span, persons, people, () => sentenceBefore(get(citation.articleId), quote)))
    );
  };
  const foreign =
    type === 'person'
      ? foreignPeople(
          question.own,
          read.flatMap((b) => b.citations.map((c) => c.quote)),
        )
      : new Set<string>();
  const spanOf = (citation: DraftCitation) => {
    const people = peopleOf(citation);
    const span = answeringSpan(citation.quote, question, forms, nounOf, people, foreign, ownForms);
    // "The director … of Philip Pullman's His Dark Materials": a sentence saying the agent asked
    // names no one beside it, and the one it does name is someone else.
    if (
      span &&
      agent &&
      saysForms(citation.quote, agent) &&
      !appositiveSpans(citation.quote, agent).some((s) => s.index === span.index)
    )
      return null;
    if (span && nearMiss(citation, span)) return null;
    const joined = span && coordinated(citation.quote, span, type, known, people, several);
    const whole = joined && type === 'place' ? possessedPlace(citation.quote, joined) : joined;
    return whole && measured ? withUnit(citation.quote, whole) : whole;
  };
  // The holder of a role said without a name is named beside the role, in effect.
  const lentHolders =
    type === 'person' ? holdersAfterRoles(read, question, get, (c) => spanOf(c) !== null) : new Set();
  // "Which lawyer heads Spector's defence?": when the name the best sentence holds is not written
  // beside the asked noun, one of the next few written beside it ("His lawyers, led by Bruce
  // Cutler") answers before it — if it says as much of the question ("Leading plaintiff, the
  // University of California" answers "which institution is the lead plaintiff?" before "the
  // financial institutions JP Morgan Chase"). Not for a doer asked by the verb ("who scored …?"):
  // the sentence saying the verb names its doer, whatever noun another gives someone else.
  if (nounOf && !agent) {
    const beside = (c: DraftCitation) => {
      const span = spanOf(c);
      return span !== null && (lentHolders.has(c) || nounNear(c.quote, span, nounOf));
    };
    const says = (b: EvidenceBullet, incumbent: boolean) => about(incumbent ? saidBy(b) : b.text).size;
    const first = read.findIndex((b) => b.citations.some((c) => spanOf(c) !== null));
    if (first >= 0 && !read[first]!.citations.some(beside)) {
      const other = read.findIndex(
        (b, i) => i > first && b.citations.some(beside) && says(b, false) >= says(read[first]!, true),
      );
      if (other > first) read.unshift(...read.splice(other, 1));
    }
  }
  // "Who was the premier?": a name titled with the office asked ("Prime Minister John Roe")
  // answers before the best sentence's name titled with none, if it says as much of the question.
  const offices = type === 'person' ? askedOffices(question.own) : null;
  if (offices) {
    const titled = (b: EvidenceBullet) =>
      b.citations.some((c) => {
        const span = spanOf(c);
        return span !== null && titledAskedOffice(c.quote, span, offices);
      });
    const first = read.findIndex((b) => b.citations.some((c) => spanOf(c) !== null));
    const other = read.findIndex(titled);
    if (first >= 0 && other > first && about(read[other]!.text).size >= about(read[first]!.text).size)
      read.unshift(...read.splice(other, 1));
  }
  // "Where is the tie played?": a sentence writing a place after "in" or "at" answers before one
  // naming a place only as a side or a buyer ("Britain drew the USA").
  if (type === 'place' && asksWhereAt(question.own)) {
    const placed = (b: EvidenceBullet) =>
      b.citations.some((c) => {
        const span = spanOf(c);
        return span !== null && writtenAsWhere(c.quote, span);
      });
    const first = read.findIndex((b) => b.citations.some((c) => spanOf(c) !== null));
    if (first >= 0 && !placed(read[first]!)) {
      const other = read.findIndex((b, i) => i > first && placed(b));
      if (other > first) read.unshift(...read.splice(other, 1));
    }
    // "Where did Smith and Jones hold talks?": where both met is told by a sentence naming both
    // at a place finer than the first one's ("met Jones at the Foreign Ministry"), before one
    // naming one of them in a city ("Smith will hold meetings in Paris").
    const placeOf = (b: EvidenceBullet) => {
      for (const c of b.citations) {
        const span = spanOf(c);
        if (span && writtenAsWhere(c.quote, span)) return span;
      }
      return null;
    };
    // "Where did they meet?" in a thread asks of the names in brackets, the ones the thread is about.
    const met = question.focus.length > 0 ? question.focus : question.related;
    const lead = read.findIndex(placed);
    if (lead >= 0 && !namesEvery(read[lead]!.text, met)) {
      const scale = (b: EvidenceBullet) => placeScale(placeOf(b)?.text ?? '');
      const rank = { country: 2, city: 1 } as const;
      const finer = (b: EvidenceBullet) => {
        const own = scale(b);
        const first = scale(read[lead]!);
        return (own ? rank[own] : 0) < (first ? rank[first] : 0);
      };
      const other = read.findIndex((b, i) => i > lead && placed(b) && namesEvery(b.text, met) && finer(b));
      if (other > lead) read.unshift(...read.splice(other, 1));
    }
  }
  const own = noun ? countedPhraseTerms(question.own, noun) : null;
  const countsAsked = (c: DraftCitation) => {
    const span = forms && spanOf(c);
    if (!span) return 0;
    const of = (f: ReadonlySet<string>) =>
      countsNoun(c.quote, span, f) || ordinalCounts(c.quote, f).some((s) => s.index === span.index);
    return of(own!) ? 2 : of(forms) ? 1 : 0;
  };
  if (COMPARABLE.has(type)) saysMostFirst(read, questionTerms, (c) => spanOf(c) !== null, countsAsked);
  // "By how much has the number gone up?": a figure of a change ("leapt by 71%", "fell 0.3%")
  // answers before the best sentence's figure of anything else ("make 200 million cell phones").
  if (type === 'number' && BY_HOW_MUCH.test(question.own)) {
    const ofChange = (c: DraftCitation) => {
      const span = spanOf(c);
      const before = span ? c.quote.slice(0, span.index) : '';
      return span !== null && (/\bby\s+$/i.test(before) || CHANGED_BY.test(before) || MOVED.test(before));
    };
    const first = read.findIndex((b) => b.citations.some((c) => spanOf(c) !== null));
    const change = read.findIndex((b) => b.citations.some(ofChange));
    if (first >= 0 && change > first && !read[first]!.citations.some(ofChange))
      read.unshift(...read.splice(change, 1));
  }
  // "How much is Macy's owner paying to buy May?": a figure written against a word of the question
  // ("to buy May for $11bn") answers before the first sentence's figure of something else ("will
  // assume $6bn of May's debt") when its sentence says as much of the question.
  if (COMPARABLE.has(type)) {
    // "Arsenal boss Arsene Wenger, who was fined £15,000": a figure told of someone the question
    // does not name is theirs, however closely it is written against the asked word.
    const anothers = (c: DraftCitation, span: AnswerSpan) => {
      const named = answerSpans(c.quote.slice(0, span.index), 'person', peopleOf(c)).at(-1);
      return named !== undefined && isFreshSpan(named, known);
    };
    // "Wells Fargo had … revenues of $28.4bn" is no figure of Reuters: a sentence from an article
    // naming none of the question's names is of another story. In a thread, "they" are the names
    // in brackets: "Glazer … owns a 28.1% stake" is not theirs.
    const focusRes = question.focus.map((g) => wholeWord(g.at(-1)!));
    const relatedRes = question.related.map((g) => wholeWord(g.at(-1)!));
    const storyOf = (b: EvidenceBullet) => {
      const c = b.citations[0]!;
      const text = storyText(get(c.articleId), c);
      return (
        (focusRes.length === 0 || focusRes.some((re) => re.test(text)) ? 1 : 0) +
        relatedRes.filter((re) => re.test(c.quote)).length
      );
    };
    const askedWords = (question.searchText.match(/[\p{L}'’-]+/gu) ?? []).filter(
      (w) => /^[a-z]/.test(w) && queryTerms(w).some((t) => asked.includes(t)),
    );
    // A figure written against what the question's phrase means ("is expected to conclude by …")
    // is written against the question's words.
    attachedFirst(
      read,
      new Set([...askedTermsWithForms(askedWords), ...meant]),
      spanOf,
      (b) => about(b.text).size + storyOf(b) * 100,
      countsAsked,
      anothers,
      // "Is expected to conclude by …" is how news dates what is to come; an amount expected
      // is as often another thing's ("games are expected to cost £19").
      type === 'date' && ASKS_AHEAD.test(question.own),
    );
  }
  // "Which two housemates went?": a sentence listing two of them answers before one naming one.
  if (count !== null) {
    const full = read.findIndex((b) =>
      b.citations.some((c) => {
        const span = spanOf(c);
        return span !== null && namesListed(c.quote, span, type, known, peopleOf(c)) === count;
      }),
    );
    if (full > 0) read.unshift(...read.splice(full, 1));
  }
  for (const bullet of read) {
    for (const citation of bullet.citations) {
      const article = get(citation.articleId);
      const span = spanOf(citation);
      if (!span) continue;
      // "Diagnosed with cancer in May last year" shares only its date's "last" with "when did
      // Australia last put its rates up?": a sentence must say something of the question beside it.
      if (type === 'date' && !saysBeside(citation.quote, span)) continue;
      // "20 CBS stations" and "542,000 complaints" are no two reports of one count: once a figure of
      // the asked noun is found, only another figure of it can differ from it.
      const ofNoun =
        forms !== null &&
        (countsNoun(citation.quote, span, forms) ||
          ordinalCounts(citation.quote, forms).some((s) => s.index === span.index));
      if (values.length > 0 && firstOfNoun && !ofNoun) continue;
      const key = valueKey(span.text);
      const outlet = article?.publisher ?? null;
      let value = values.find((v) => v.key === key);
      if (!value) {
        // Only a figure of the same kind, from another report, can disagree with the first one.
        if (values.length > 0 && (!COMPARABLE.has(type) || values.length >= 2)) continue;
        // "March" is "4-6 March" said less exactly, not another date.
        if (values.some((v) => vaguer(key, v.key))) continue;
        if (values.length > 0 && values[0]!.citations.every((c) => c.articleId === citation.articleId))
          continue;
        if (firstAbout && asked.length > 0 && ![...about(citation.quote)].some((t) => firstAbout!.has(t)))
          continue;
        // Another report of the same thing is of the same story: its article names the question's
        // names ("hopes to reach … by 2007" from a story that never names BT is no second date for BT).
        if (values.length > 0 && !namesAll(storyText(article, citation), question.focus)) continue;
        // "84%" and "1.2 billion", "£17,320" and "$550,000": figures of another measure or currency
        // do not contradict each other.
        if (values.length > 0 && measureOf(values[0]!.text) !== measureOf(span.text)) continue;
        // "Southwest Airlines saw its profits fall to $56m" is no second report of Boeing's profit.
        if (values.length > 0 && namesRival(citation.quote, bodies(), known, longest, () => new Set()))
          continue;
        // "Three sectors: steel, railways and energy", not "Three.": a count keeps what it counts.
        const text = forms && ofNoun ? countedPhrase(citation.quote, span, forms) : span.text;
        values.push((value = { key, text: valueText(text, type, question.own), citations: [], outlets: [] }));
        firstAbout ??= about(citation.quote);
        if (values.length === 1) firstOfNoun = ofNoun;
      }
      if (!value.citations.some((c) => c.articleId === citation.articleId)) value.citations.push(citation);
      if (outlet && !value.outlets.includes(outlet)) value.outlets.push(outlet);
    }
    if (values.length > 0 && !COMPARABLE.has(type)) break;
  }
  const [first, second] = values;
  if (first) {
    const per = first.outlets.length > 0 ? `, per ${outletList(first.outlets)}` : '';
    if (!second) return { text: `${capitalise(first.text)}${per}.`, citations: first.citations };
    const other = second.outlets.length > 0 ? outletList(second.outlets) : 'another report';
    const says = second.outlets.length > 1 ? 'say' : 'says';
    return {
      text: `${capitalise(first.text)}${per}; ${other} ${says} ${second.text}.`,
      citations: [...first.citations, ...second.citations],
    };
  }
  return null;
}

/**
 * "What does the IP project refer to?", "What is Wada?": the words the letters stand for, as the
 * evidence sentences or, failing them, their articles spell them out.
 */
function acronymLead(
  acronym: string,
  question: string,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  if (!/^[A-Z][A-Za-z]{1,5}$/.test(acronym)) return null;
  // "the IP project": what the letters name is a project; "does the ITF stand for" asks no noun.
  const head =
    new RegExp(`\\b${acronym}\\s+(?!(?:stand|stands|mean|means|refer|refers|short)\\b)([a-z]{3,})\\b`).exec(
      question,
    )?.[1] ?? null;
  const lead = (found: Expansion, citation: DraftCitation): DraftLead => ({
    text: `${head ? 'The ' : ''}${found.text}.`,
    citations: [citation],
  });
  const citations = evidence.flatMap((b) => b.citations);
  for (const citation of citations) {
    const found = expansionOf(acronym, citation.quote, head);
    if (found) return lead(found, citation);
  }
  for (const articleId of new Set(citations.map((c) => c.articleId))) {
    for (const sentence of get(articleId)?.sentences ?? []) {
      const found = expansionOf(acronym, sentence.text, head);
      if (found) return lead(found, { articleId, quote: sentence.text });
    }
  }
  return null;
}

/** "What is X?" or "What does X stand for?": X, the name asked about. */
const THE_NAME = /^\W*what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+the\s/i;
const WHAT_IS = /^\W*(?:what|who)(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?(.+?)\W*$/i;

/**
 * "What is the Coastal Stream Gas Pipeline?" answered by how an article glosses it: "X, a major gas
 * pipeline project", "X is a …", or "X... bring your own display" / "X: …" for an acronym. Null when
 * no evidence sentence glosses the name.
 */
function definitionLead(
  question: QuestionAnalysis,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const names = question.focus.map((g) => g.join(' ')).filter((n) => question.own.includes(n));
  if (names.length !== 1) return null;
  // Only a question that is the name alone: "What is the IP project's cost?" asks something else.
  const asked = WHAT_IS.exec(question.own)?.[1];
  if (!DEFINES.test(question.own) && asked !== names[0] && !asked?.startsWith(`${names[0]} `)) return null;
  const spelled = acronymLead(names[0]!, question.own, evidence, get);
  if (spelled) return spelled;
  if (!DEFINES.test(question.own) && asked !== names[0]) return null;
  // A person named in full is "Ms Villalba" later in the story: her role may be told there.
  const full = escapeRegExp(names[0]!).replace(/\s+/g, '\\s+');
  const parts = names[0]!.split(/\s+/);
  const titled =
    parts.length >= 2 && nameKind(parts) === 'person'
      ? `|(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+${escapeRegExp(parts.at(-1)!)}`
      : '';
  // (The lead says the name as the quote does: its names must be in the quote.)
  const name = `(?:${full}${titled})`;
  const glosses = [
    {
      re: new RegExp(`\\b(${name})['’]?,\\s+((?:a|an|the)\\s+[^,.;:()"“”]{3,80}?)[,.;]`, 'u'),
      joint: ' is ',
    },
    {
      re: new RegExp(
        `\\b(${name})\\s+(?:is|was|are|were)\\s+((?:a|an|the)\\s+[^,.;:()"“”]{3,80}?)[,.;]`,
        'u',
      ),
      joint: ' is ',
    },
    {
      re: new RegExp(`\\b(${name})\\W{0,2}(?:\\.\\.\\.|…|:|\\s[-–]\\s)\\s*([a-z][^.;"“”()]{3,80})`, 'u'),
      joint: ': ',
    },
    // "Angela Cannings, who was wrongly convicted of …": what the aside says of the person.
    {
      re: new RegExp(`\\b(${name}),\\s+who\\s+((?:is|was|has|had|have)\\s+[^,.;:()"“”]{3,100}?)[,.;]`, 'u'),
      joint: ' ',
    },
  ];
  for (const bullet of evidence) {
    for (const citation of bullet.citations) {
      for (const { re, joint } of glosses) {
        const m = re.exec(citation.quote);
        if (!m) continue;
        const gloss = m[2]!.trim().replace(/[,;:]$/, '');
        const subject = THE_NAME.test(question.own) ? `The ${m[1]}` : m[1]!;
        return { text: `${capitalise(subject)}${joint}${gloss}.`, citations: [citation] };
      }
    }
  }
  // How an article introduces a person: the role set before the name ("the new chief executive of
  // the Northern Irish FA, Howard Wells,"), or written right before it ("drug-testing expert
  // Michelle Verroken", "GM chief executive Rick Wagoner").
  const introductions = [
    { re: new RegExp(`([^,.;:()"“”]{3,160}),\\s+(${name})[,.;]`, 'u'), role: roleSetBefore, after: false },
    {
      re: new RegExp(`((?:[A-Z][\\p{L}&'’-]*\\s+)?(?:[a-z][\\p{L}-]*\\s+){1,4})(${name})\\b`, 'u'),
      role: roleBefore,
      after: false,
    },
    // "said Lance Friedmann, Kraft senior vice president.": the role after the name, its owner first.
    {
      re: new RegExp(
        `(${name}),\\s+((?:[A-Z][\\p{L}&'’-]*\\s+)?(?:[a-z][\\p{L}-]*\\s+){0,3}[a-z][\\p{L}-]*)[,.;]`,
        'u',
      ),
      role: roleBefore,
      after: true,
    },
  ];
  for (const { re, role, after } of introductions) {
    for (const bullet of evidence) {
      for (const citation of bullet.citations) {
        const m = re.exec(citation.quote);
        const [said, words] = m ? (after ? [m[1]!, m[2]!] : [m[2]!, m[1]!]) : ['', ''];
        const described = m ? role(words) : null;
        if (described) return { text: `${said} is ${described}.`, citations: [citation] };
      }
    }
  }
  return openingRole(question.own, names[0]!, evidence, get);
}

/** "Which club does he play for?", "which firm does Jane Carver work for?": the body a person is of. */
const SIDE_ASKED =
  /^\W*(?:[Ww]hich|[Ww]hat)\s+(?:club|team|side|company|firm|employer|organisation|organization|band|group|party)\s+(?:does|did|do|is|was|has|had)\s+(?:he|she|[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,3})\s+(?:play|work|race|ride|run|sing|belong|represent)\w*\b/u;

/**
 * The body written before a person's role and name ("Wasps hooker Phil Greening", "Kraft senior
 * vice president Lance Friedmann") or as their owner ("Gloucester's Andy Gomarsall"), when the
 * question asks which side the person is of. Null when no evidence sentence writes one.
 */
function sideLead(
  question: QuestionAnalysis,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  if (!SIDE_ASKED.test(question.own)) return null;
  const person = [...question.focus, ...question.related].find(
    (g) => g.length >= 2 && nameKind(g) === 'person',
  );
  if (!person) return null;
  const name = person.map(escapeRegExp).join('\\s+');
  const owner = String.raw`((?:[A-Z][\p{L}&-]*)(?:\s+[A-Z][\p{L}&-]*){0,2})`;
  const before = new RegExp(`${owner}(?:['’]s)?\\s+((?:[a-z][\\p{L}-]*\\s+){1,3})${name}\\b`, 'u');
  const owned = new RegExp(`${owner}['’]s\\s+${name}\\b`, 'u');
  // The evidence first, then the rest of its articles: the name is written whole beside its side.
  const cited = evidence.flatMap((b) => b.citations);
  const rest = [...new Set(cited.map((c) => c.articleId))].flatMap((articleId) =>
    (get(articleId)?.sentences ?? []).map((sentence) => ({ articleId, quote: sentence.text })),
  );
  for (const citation of [...cited, ...rest]) {
    const m = before.exec(citation.quote);
    const role = m?.[2]!.trim().split(/\s+/);
    if (
      m &&
      role &&
      nounKind(role.at(-1)!) === 'person' &&
      !role.some((w) => NOT_ROLE.test(w)) &&
      !NOT_SIDE.test(m[1]!)
    )
      return { text: `${m[1]}.`, citations: [citation] };
    const o = owned.exec(citation.quote);
    if (o && !NOT_SIDE.test(o[1]!)) return { text: `${o[1]}.`, citations: [citation] };
  }
  return null;
}

/** Capitalised words that open a sentence or clause and name no body. */
const NOT_SIDE = /^(?:The|A|An|But|And|Its|His|Her|Their|Former|New|Meanwhile|However|Also)\b/;

/**
 * News often opens on a person's role and names them only after: "Shell is to pay $1m to the
 * ex-finance chief who stepped down …" then "Judy Boynton finally left the firm …"; "Tate & Lyle's
 * chief executive has been named …" then "Iain Ferguson was awarded the title …". When an article
 * the evidence cites first names the person in its second or third sentence, and its opening
 * sentence names no one, the role that opening gives someone is theirs. Null otherwise.
 */
function openingRole(
  question: string,
  name: string,
  evidence: readonly DraftBullet[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || nameKind(words) !== 'person') return null;
  const named = new RegExp(`\\b${escapeRegExp(words.at(-1)!)}\\b`);
  const tense = /^\W*who\s+was\b/i.test(question) ? 'was' : 'is';
  for (const articleId of new Set(evidence.flatMap((b) => b.citations.map((c) => c.articleId)))) {
    const sentences = get(articleId)?.sentences ?? [];
    const first = sentences.findIndex((s) => named.test(s.text));
    if (first < 1 || first > 2 || !sentences[first]!.text.includes(name)) continue;
    const opening = sentences[0]!.text;
    if (namesPersonInFull(opening)) continue;
    const role = openingRolePhrase(opening);
    if (role)
      return {
        text: `${name} ${tense} ${role}.`,
        citations: [
          { articleId, quote: opening },
          { articleId, quote: sentences[first]!.text },
        ],
      };
  }
  return null;
}

/** Whether the text writes two capitalised words or more that the lexicon knows as a person's name. */
function namesPersonInFull(text: string): boolean {
  return [...text.matchAll(/\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)+/gu)].some(
    (m) => nameKind(m[0].split(/\s+/)) === 'person',
  );
}

/**
 * One person the opening sentence names by role: "the ex-finance chief", "Tate & Lyle's chief
 * executive", "a former executive" — a determiner or owner, up to three words with no verb, then
 * a noun for a person not followed by another noun. Null when it names no one singly.
 */
function openingRolePhrase(text: string): string | null {
  const re =
    /\b(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)|(?:[A-Z][\p{L}-]*(?:\s+(?:&\s+)?[A-Z][\p{L}-]*)?(?:['’]s|s['’])))\s+((?:[a-z][\p{L}-]*\s+){0,3}[a-z][\p{L}-]*)\b(?!\s+[a-z][\p{L}-]*\s+(?:of|for|at)\b)/gu;
  for (const m of text.matchAll(re)) {
    const parts = m[1]!.split(/\s+/);
    // The phrase ends where its person noun does: "the ex-finance chief who stepped down".
    let end = parts.findIndex((w) => nounKind(w) === 'person' && !/s$/.test(w));
    if (end < 0) continue;
    // "chief executive", "chief operating officer": the title's last noun ends it.
    while (end + 1 < parts.length && nounKind(parts[end + 1]!) === 'person' && !/s$/.test(parts[end + 1]!))
      end++;
    const role = parts.slice(0, end + 1);
    if (role.some((w) => isVerbForm(w) && nounKind(w) !== 'person' && !/^(?:ex|former)-/.test(w))) continue;
    if (role.slice(0, -1).some((w) => NOT_ROLE.test(w))) continue;
    return `${m[0]
      .slice(0, m[0].indexOf(m[1]!))
      .trim()
      .replace(/^(?:The|A|An|Its|His|Her)$/, (d) => d.toLowerCase())} ${role.join(' ')}`;
  }
  return null;
}

/**
 * The noun phrase ending a clause before ", NAME,": from its article ("the new chief executive of
 * the Northern Irish FA"), with no verb in it and a noun for a person; null when there is none.
 */
function roleSetBefore(text: string): string | null {
  for (const m of text.matchAll(/\b(?:the|a|an)\s/g)) {
    const phrase = text.slice(m.index!).trim();
    const words = phrase.split(/\s+/);
    if (words.some((w) => isVerbForm(w) || /^(?:is|are|was|were|be|been|has|have|had)$/.test(w))) continue;
    if (words.some((w) => /^[a-z]/.test(w) && nounKind(w) === 'person')) return phrase;
  }
  return null;
}

/** Words that come before a role without being part of it: "backing from", "said". */
const NOT_ROLE =
  /^(?:a|an|the|from|by|of|to|for|with|and|or|but|at|in|on|as|said|says|told|according|including|like|when|while|who|whom|that|his|her|its|their|our|new|former|ex)$/;

/**
 * The role written before a name, as "a …" ("a drug-testing expert") or after its owner's name
 * ("GM chief executive"); null when the words before the name end in no noun for a person.
 */
function roleBefore(words: string): string | null {
  const list = words.trim().split(/\s+/);
  const owner = /^[A-Z]/.test(list[0]!) ? list.shift()! : null;
  let start = 0;
  for (let i = 0; i < list.length; i++) if (NOT_ROLE.test(list[i]!) || isVerbForm(list[i]!)) start = i + 1;
  const role = list.slice(start);
  if (role.length === 0 || nounKind(role.at(-1)!) !== 'person') return null;
  if (owner && start === 0) return `${owner} ${role.join(' ')}`;
  return `${/^[aeiou]/.test(role[0]!) ? 'an' : 'a'} ${role.join(' ')}`;
}

/** Who reports a side: its outlets, or "another report" when the articles name none. */
function sideOutlets(citations: readonly DraftCitation[], get: (id: string) => Article | undefined): string {
  const outlets = [
    ...new Set(citations.map((c) => get(c.articleId)?.publisher).filter((p): p is string => !!p)),
  ];
  return outlets.length > 0 ? outletList(outlets) : citations.length > 1 ? 'other reports' : 'another report';
}

/** "Naylor's visit: three days per Metro News and The Evening Herald, four days per the Courier." */
export function disagreementLead(
  flags: readonly FlagDraft[],
  get: (id: string) => Article | undefined,
): DraftLead | null {
  const shown = flags.slice(0, 2);
  if (shown.length === 0) return null;
  const parts = shown.map(
    (f) =>
      `${f.subject}: ${f.sides.map((side) => `${side.value} per ${sideOutlets(side.citations, get)}`).join(', ')}`,
  );
  return {
    text: `${capitalise(parts.join('; '))}.`,
    citations: shown.flatMap((f) => f.sides.flatMap((side) => side.citations)),
  };
}
