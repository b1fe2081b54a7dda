/**
 * Follow-up understanding, deterministic: a question in a thread is rewritten into one that stands
 * on its own before anything is searched. Pronouns become the names the last answer was about
 * ("what did he say?" → "what did Carver say?"), an elliptic question is completed from the last
 * one ("and in 2021?" → the last question, in 2021), a question naming nothing inherits the last
 * question's names, and "more" continues the last question. The thread's topic only re-ranks.
 */
import type { Thread, Turn } from '../ports.js';
import {
  answerSpans,
  bodyName,
  bodyOrThingName,
  isFreshSpan,
  isRoleOnly,
  isSpanType,
} from './answer-spans.js';
import { type AnswerType, analyzeQuestion, focusNames, PERSON_NOUNS, timeConstraint } from './question.js';
import { isVerbForm, nameGender, nameKind, placeForms, verbsIn } from './gazetteer.js';
import { escapeRegExp } from '../analysis/patterns.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../analysis/calendar.js';
import { namesIn } from '../analysis/sentence-features.js';
import { neighbours } from './word-vectors.js';
import { subjectTerms } from './retrieve.js';
import { queryTerms } from '../../corpus/tokenize.js';
import { alikeNouns, isNoun } from './noun-kinds.js';
import type { Topic } from '../topics.js';
import { PART_OF_IT } from './continuation.js';

export interface QuestionPlan {
  /** "more": the next best sentences on the thread's last query. */
  kind: 'more' | 'question';
  /** The question as it stands on its own (the person's words when it needs nothing added). */
  query: string;
  /** What re-ranks: topic terms, the last answer's names (empty outside a thread). */
  context: string;
  /**
   * The value the last answer gave, with the sentence it was read from, which this follow-up does
   * not ask again: "And laptops?" after "63,000" (phones) is answered by another figure.
   */
  answered?: { sentence: string; value: string };
  /**
   * The kind of answer asked, when the follow-up's own words would read it otherwise: "how much
   * of that straight away?" after an amount asks a part of that amount, not a bare figure.
   */
  answerType?: AnswerType;
  /** The kind of answer the thread's last question asked. */
  previousType?: AnswerType;
}

const MORE =
  /^\s*(?:(?:tell me |show me |give me |any ?)?more(?: please| on (?:that|this))?|go on|continue|keep going|and\??)\s*[.!?]*\s*$/i;
/** Openers that only say "this is a follow-up": "what about", "and how about", "tell me about". */
const OPENERS =
  /^\s*(?:and\s+|but\s+|so\s+|ok(?:ay)?,?\s+)?(?:what about|how about|what of|tell me (?:more )?about|and about|more about|what's the story (?:with|on)|anything on)\s+/i;
/** A question that is only a period: "and in 2021?", "what about October 2012?". */
const ONLY_PERIOD = /^\s*(?:and|but|so|what about|how about)?\s*(?:back\s+)?(?:in|during|for|of)?\s*$/i;
const PERSON_PRONOUN = /\b(?:he|him|his|she|her|hers|himself|herself)\b/i;
/** A person named by their role: the answer names them, and "he" later means them. */
const ROLE = new RegExp(
  // A noun of a role, after a determiner or an owner ("Ruritania's army chief", "the host"): "did
  // Freedonia host a conference?" asks for no person.
  `\\b(?:the|a|an|its|his|her|their|[\\p{L}]+['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${PERSON_NOUNS}|chief|minister|president|premier|leader|spokes(?:man|woman|person)|official|head|counterpart|boss|manager|coach|chairman|chairwoman|director|executive|ambassador|envoy|general|commander|captain|owner|founder|secretary|chancellor|governor|mayor|judge|striker|player|star|singer|actor|actress)\\b`,
  'iu',
);
/** "that company", "the firm", "this group": a body the last answer named. */
const BODY_REFERENCE =
  /\b(?:that|the|this|its|their)\s+(?:company|firm|group|business|service|site|website|band|label|club|team|organisation|organization|agency|bank|body|network|broadcaster|retailer|carrier|maker|operator|studio|party|union|paper|newspaper|charity)\b/i;
/** A name of a body the last answer brought in, not a person, place or month, nor the last question's. */
function bodyLike(name: string, previousWords: ReadonlySet<string>): boolean {
  const words = name.split(' ');
  if (words.some((w) => previousWords.has(w)) || CALENDAR_WORD.test(name)) return false;
  const kind = nameKind(words);
  return kind !== 'person' && kind !== 'place' && kind !== 'nationality' && !isRoleOnly(name);
}
/** A name the lexicon knows as a person's ("Sam Carver"). */
function isKnownPerson(name: string): boolean {
  return nameKind(name.split(' ')) === 'person';
}
/** The one name of a list that is no person's, place's or nationality's ("Acme" of "Acme", "Zenda"). */
function onlyBodyOf(names: readonly string[]): string | undefined {
  const bodies = names.filter((n) => {
    const kind = nameKind(n.split(' '));
    return kind === 'organisation' || (kind === 'unknown' && !CALENDAR_WORD.test(n) && !isRoleOnly(n));
  });
  return bodies.length === 1 ? bodies[0] : undefined;
}
/** Months and weekdays, capitalised like names. */
const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})$`);
/** "Which virus …?", "what chip …?": a question asking for a thing by its kind, which the answer names. */
const WHICH_KIND =
  /^\s*(?:which|what)\s+(?!(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)\b)[\p{L}-]+/iu;
const THING_PRONOUN = /\b(?:they|them|their|it|its|that|there)\b/i;

/** Turns a question (maybe a follow-up) into what to search for. */
export function planQuestion(question: string, thread: Thread | null, topic: Topic | null): QuestionPlan {
  const last: Turn | undefined = thread?.turns.at(-1);
  const context = [topic?.terms.join(' ') ?? '', last ? last.salient.join(' ') : ''].join(' ').trim();
  if (last && MORE.test(question)) return { kind: 'more', query: last.query, context };
  const subject = question.replace(OPENERS, '').trim() || question;
  if (!last) return { kind: 'question', query: roleAsWhoIs(subject), context };
  const query = roleAsWhoIs(standalone(question, subject, last), last.salient);
  const answered = valueOf(spelledOut(question, last), last);
  const previousType = last.question ? analyzeQuestion(last.query).answerType : undefined;
  const answerType = partAsked(question, previousType);
  return {
    kind: 'question',
    query,
    context,
    ...(answered ? { answered } : {}),
    ...(answerType ? { answerType } : {}),
    ...(previousType ? { previousType } : {}),
  };
}

/**
 * "What was her job? (Judy Boynton)", "What is Willie Walsh's job?", "What position does Phil
 * Greening play?": a person's job is how news says who they are, beside the name ("chief
 * executive Willie Walsh", "Wasps hooker Phil Greening", "Paul Tellier, who was also Bombardier's
 * president,"), so it is asked as "Who is Willie Walsh?". Only of a person: "Kraft's role" is no job.
 */
function roleAsWhoIs(query: string, salient: readonly string[] = []): string {
  const supplied = /\s*\(([^()]*)\)\s*$/.exec(query);
  const own = supplied ? query.slice(0, supplied.index) : query;
  const m = ROLE_OF_OWNER.exec(own) ?? ROLE_HELD.exec(own);
  if (!m) return query;
  const tense = /\b(?:was|were|did|had|held|took)\b/i.test(own) ? 'was' : 'is';
  const owner = m.groups!.owner!.replace(/['’]s?$/, '');
  // "his" may be a surname alone ("(Walsh)"): the last answer's full name for it ("Willie Walsh").
  const full = (n: string) =>
    n.includes(' ') ? n : (salient.find((f) => f.endsWith(` ${n}`) && isPersonName(f)) ?? n);
  const named = /^(?:his|her|he|she)$/i.test(owner)
    ? (supplied?.[1] ?? '')
        .split(/,\s*/)
        .map(full)
        .find((n) => isPersonName(n))
    : isPersonName(owner)
      ? owner
      : undefined;
  return named ? `Who ${tense} ${named}?` : query;
}

/** A name the lexicon knows as a person's: "Willie Walsh", not "Aer Lingus" or "US". */
function isPersonName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^[A-Z]/.test(w))) return false;
  const kind = nameKind(words);
  return kind === 'person' || (kind === 'unknown' && !bodyOrThingName(name));
}

const ROLE_NOUN = String.raw`(?:(?:current|new|old|former|previous|official|actual|exact|other)\s+)?(?:job(?:\s+title)?|role|post|position|occupation|profession)`;
const OWNER = String.raw`(?<owner>his|her|[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3}['’]s?)`;
const HOLDER = String.raw`(?<owner>he|she|[A-Z][\p{L}'’.-]*(?:\s+[A-Z][\p{L}'’.-]*){0,3})`;
/** When or where the job was: "there", "then", "before" ("at IPCL" asks of a body, which "who" would drop). */
const ROLE_TAIL = String.raw`(?:\s+(?:there|then|now|before))?\W*$`;
/** "What was her job?", "what's Willie Walsh's role there?". */
const ROLE_OF_OWNER = new RegExp(
  String.raw`^\W*what(?:['’]s|\s+is|\s+was|\s+were|\s+are)\s+${OWNER}\s+${ROLE_NOUN}${ROLE_TAIL}`,
  'iu',
);
/** "What other post did he hold there?", "what position does Phil Greening play?". */
const ROLE_HELD = new RegExp(
  String.raw`^\W*(?:what|which)\s+${ROLE_NOUN}\s+(?:did|does|do|has|had|will)\s+${HOLDER}\s+(?:hold|have|take|play|fill|occupy|do)${ROLE_TAIL}`,
  'iu',
);

/** "How much of that …?" after a figure (the last question's kind): a part of it is a figure of the same kind. */
function partAsked(question: string, previousType: AnswerType | undefined): AnswerType | null {
  if (!previousType || !PART_OF_IT.test(question)) return null;
  return NUMERIC.has(previousType) ? previousType : null;
}

/**
 * The figure the last answer gave: the first of the kind its question asked for, in the first
 * sentence it showed, that is not a word of the question ("six" of "in the last six months").
 */
function valueOf(question: string, last: Turn): { sentence: string; value: string } | null {
  // Only for "And laptops?", "and for the US launch?": the last question asked of something else;
  // and for "how much of that …?", a part of the figure the last answer gave.
  const elliptic = ELLIPSIS.exec(question);
  // "how much was that up on the year before?": a figure asked of the last figure is another one.
  const part =
    PART_OF_IT.test(question) ||
    (OF_THE_FIGURE.test(question) && NUMERIC.has(analyzeQuestion(question).answerType));
  if (!last.question || ONLY_MONTH.test(question)) return null;
  // "Where did he study?" after "Where was he born?" (Ruritania): a new question of the same kind,
  // through a pronoun, asks another place than the one given ("born in Ruritania and studied at
  // the Acme Conservatory").
  const again = sameKindAgain(question, last);
  if (again) return again;
  if (!part && (!elliptic || WH.test(elliptic[1]!))) return null;
  const previous = analyzeQuestion(last.query);
  const sentence = last.bullets[0];
  if (!NUMERIC.has(previous.answerType) || !sentence) return null;
  const asked = new Set(previous.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const fresh = answerSpans(sentence, previous.answerType).filter((span) => isFreshSpan(span, asked));
  // A sentence naming the new thing may give its figure ("Pearson's Financial Times … 30 reporters"),
  // by any of its names ("in Britain": "£339 in the UK").
  const named = new Set(queryTerms(sentence));
  if (!part && newThingTerms(elliptic![1]!).some((t) => named.has(t))) return null;
  const value = fresh[0];
  return value ? { sentence, value: value.text } : null;
}

/** "it", "they": a pronoun for a thing or a group, as whole words ("it" is not in "with" or "city"). */
const NAME_PRONOUN = /\b(?:they|them|their|it|its)\b/i;

/** Names asked again through a pronoun: places and people, whose value one sentence may give two of. */
const NAMED_TYPES = new Set(['place', 'person']);

/** The name the last answer gave, when a follow-up asks the same kind through a pronoun. */
function sameKindAgain(question: string, last: Turn): { sentence: string; value: string } | null {
  const type = analyzeQuestion(question).answerType;
  const previous = analyzeQuestion(last.query);
  const sentence = last.bullets[0];
  if (!NAMED_TYPES.has(type) || previous.answerType !== type || !sentence) return null;
  if (!PERSON_PRONOUN.test(question) && !NAME_PRONOUN.test(question)) return null;
  const asked = new Set(previous.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const value = answerSpans(sentence, type).find((span) => isFreshSpan(span, asked));
  return value ? { sentence, value: value.text } : null;
}

/** The words of a new thing a follow-up names, a place's other names among them. */
function newThingTerms(words: string): string[] {
  const places = focusNames(words).flatMap((g) => placeForms(g).map((form) => form.join(' ')));
  return [...subjectTerms(words), ...places.flatMap((place) => queryTerms(place))];
}

/** "that", "it", "this" alone: the thing the last answer gave, when a figure is asked of it. */
const OF_THE_FIGURE = /\b(?:that|it|this)\b(?!\s+(?:[a-z]+\s+)?(?:of|for)\b)/i;
/** Answers that are figures: the ones a follow-up on another thing gets another of. */
const NUMERIC = new Set(['number', 'amount']);

/** The follow-up rewritten with what the last turn said; unchanged when it needs nothing. */
function standalone(written: string, writtenSubject: string, last: Turn): string {
  // "And the FT?" after an answer naming the Financial Times: the name as the articles write it.
  const question = spelledOut(written, last);
  const subject = question === written ? writtenSubject : spelledOut(writtenSubject, last);
  const previous = last.question ? analyzeQuestion(last.query) : null;
  const time = timeConstraint(question);

  // "and in December?": the last question again, in that month (a month without a year is no
  // period to filter by, only a word to search for).
  const month = ONLY_MONTH.exec(question);
  if (month && previous) {
    const name = MONTH_NAMES.find((m) => m.toLowerCase().startsWith(month[1]!.toLowerCase().slice(0, 3)))!;
    const said = MONTH_IN.exec(last.query);
    return said ? last.query.replace(MONTH_IN, name) : withWords(last.query, `in ${name}`);
  }

  // "and in 2021?": the last question again, in that period.
  if (time && previous && ONLY_PERIOD.test(question.replace(time.words, '').replace(/[?.!]/g, ''))) {
    return previous.time
      ? last.query.replace(previous.time.words, time.words)
      : withWords(last.query, time.words);
  }
  // "when?", "how much?", "why?": the last question again, asking that instead.
  const bare = BARE_WH.exec(asWhWord(question)) ?? kindOnly(question);
  if (bare && previous) {
    const body = withoutAsking(last.query);
    // "until when?", "over how long?": the preposition says which end, or a span, is asked; "what
    // for?" asks why.
    const wh = /^what\s+for$/i.test(bare[2]!) ? 'why' : bare[2]!.toLowerCase();
    const asking = `${bare[1] && KEPT_PREPOSITION.test(bare[1]) ? `${bare[1].toLowerCase()} ` : ''}${wh}`;
    if (body && (previous.answerType === 'person' || previous.answerType === 'organisation')) {
      // "Who started Sundance?" → "when?": when the one the answer named (Redford) started it;
      // the name is searched with the question, so the sentence about him ranks first.
      const asked = new Set(previous.focus.flat().map((w) => w.toLowerCase()));
      const answer = last.salient.find(
        (n) => !n.split(' ').some((w) => asked.has(w.toLowerCase())) && !CALENDAR_WORD.test(n),
      );
      if (answer) return withWords(`${asking} ${body}`, answer);
    }
    if (body) return `${asking} ${body}`;
  }
  // A follow-up's names are in brackets ("why? (ABN Amro)"): the thread's subject all the same.
  const previousNames = (previous ? (previous.focus.length > 0 ? previous.focus : previous.related) : []).map(
    (g) => g.join(' '),
  );
  // "and for the US launch?" after "How many games were out when it launched in Japan?": the last
  // question again, about the new thing — in place of a name of the same kind it gave.
  const elliptic = ELLIPSIS.exec(question);
  const carries = (more: string) => isSpanType(previous!.answerType) || focusNames(more).length > 0;
  if (previous && elliptic && !WH.test(elliptic[1]!) && words(elliptic[1]!) <= 6 && carries(elliptic[1]!)) {
    const more = elliptic[1]!.replace(/[?.!]+$/, '').trim();
    let base = last.query;
    const kinds = new Set(focusNames(more).map((g) => placeOrOther(g)));
    // "And Wippit?" after "How much does Napster's service cost?": Wippit in Napster's place, its
    // possessive kept, when the new thing is only a name.
    const newNames = focusNames(more);
    // "What about London?" after "Which region had the highest house price inflation?": the new
    // name is one of the kind asked, so its figure is asked, not which region again.
    const measured = newNames.length === 1 ? measureOf(last.query, previous.answerType, newNames[0]!) : null;
    if (measured) return `What was ${newNames[0]!.join(' ')}'s ${measured}?`;
    if (
      newNames.length === 1 &&
      newNames[0]!.join(' ') === more.replace(/^(?:the|for|in|at|of)\s+/i, '').replace(/['’]s$/, '')
    ) {
      const name = newNames[0]!.join(' ');
      const kind = nameKind(newNames[0]!);
      const same = previous.focus.filter((g) => placeOrOther(g) === placeOrOther(newNames[0]!));
      const sameKind = kind === 'unknown' ? [] : same.filter((g) => nameKind(g) === kind);
      const group = sameKind.length === 1 ? sameKind[0] : same.length === 1 ? same[0] : undefined;
      const re = group ? new RegExp(`\\b${group.map(escapeRegExp).join('\\W+')}\\b`) : null;
      if (re && re.test(base)) return base.replace(re, name);
    }
    // "And laptops?" after "How many phones were left in cabs?": laptops in the place of the word
    // used for the same kind of thing, not added beside it.
    const alike = newNames.length === 0 ? alikeWordIn(base, more) : null;
    if (alike) return base.replace(new RegExp(`\\b${escapeRegExp(alike)}\\b`), more);
    for (const group of previous.focus) {
      if (!kinds.has(placeOrOther(group))) continue;
      base = base.replace(
        new RegExp(
          `\\s*\\b(?:(?:in|for|at|to|from|of)\\s+)?(?:the\\s+)?${group.map(escapeRegExp).join('\\W+')}\\b`,
        ),
        '',
      );
    }
    return withWords(withoutContrasted(base, more), more);
  }
  // "And how many of those are in Ruritania?" after "How many people watched the show?": a part of
  // what the last question counted, which the articles tell beside it.
  const whole =
    previous?.answerType === 'number' && PART_OF_IT.test(question)
      ? (withoutAsking(last.query) ?? last.query.replace(/^\s*how (?:much|many)\s+/i, ''))
      : null;
  if (whole) return withWords(subject, trimEnd(whole));
  const names = focusNames(question);
  // "How much will it cost?" after "When will Acme's new reader be available?": "it" is the thing
  // the last question was about, which has no name to supply: its words stand in the pronoun's place.
  // (After a figure, "it" may be that figure: "what's it down to now?" is read on from its sentence.)
  const ofThing = previous !== null && !NUMERIC.has(previous.answerType);
  // "What share of them live in Zenda?" after "How many lynxes are left?": "them" are the things
  // counted, never the count.
  const phrase = PERSON_PRONOUN.test(subject)
    ? null
    : (countedPhrase(last.query) ?? (ofThing && names.length === 0 ? subjectPhrase(last.query) : null));
  const inPlace = phrase ? withPhraseFor(subject, phrase) : null;
  if (inPlace) return inPlace;
  const rewritten = subject;
  const supplied: string[] = [];
  // "he" is the person the last question was about ("why was Morrow's visit cancelled?" → "why
  // did he cancel?"), unless it asked for a person by role or by "who" ("did Brandt meet the army
  // chief?"): then it is the person the answer brought in, a name the question did not give.
  const previousWords = new Set(previousNames.flatMap((n) => n.split(' ')));
  // "she" is not a man the lexicon knows by his first name, nor "he" a woman.
  const pronoun = PERSON_PRONOUN.exec(subject)?.[0].toLowerCase();
  const wanted = pronoun ? (/^(?:she|her|hers|herself)$/.test(pronoun) ? 'female' : 'male') : null;
  const personLike = (name: string) => {
    // "November" or "US" is never "he".
    if (isRoleOnly(name) || CALENDAR_WORD.test(name) || placeOrOther(name.split(' ')) === 'place')
      return false;
    // Initials ("SEC", "IOG") are a body's, never a person's.
    if (/^[A-Z]{2,6}$/.test(name)) return false;
    const kind = nameKind(name.split(' '));
    if (kind !== 'person' && kind !== 'unknown') return false;
    if (kind === 'unknown' && bodyOrThingName(name)) return false;
    const gender = wanted ? nameGender(name.split(' ')) : null;
    return gender === null || gender === wanted;
  };
  const introduced = last.salient.filter(
    (n) => !n.split(' ').some((w) => previousWords.has(w)) && personLike(n),
  );
  const asked = previousNames.filter(personLike);
  const askedForPerson =
    previous !== null &&
    (previous.answerType === 'person' || ROLE.test(withoutNames(last.query, previous.focus)));
  // "its chips" after "Who makes the OMAP-Vox chip?" (Texas Instruments): a body the answer named.
  const introducedBodies = last.salient.filter(
    (n) => !n.split(' ').some((w) => previousWords.has(w)) && nameKind(n.split(' ')) === 'organisation',
  );
  // "it" is one body, never a person: one the lexicon knows, or an unknown name its words tell
  // ("Continental Airlines").
  const itsBody = ONLY_IT.test(subject)
    ? last.salient.find(
        (n) =>
          !n.split(' ').some((w) => previousWords.has(w)) && (introducedBodies.includes(n) || isBodyName(n)),
      )
    : undefined;
  // "How much was the company fined?" after "Who resigned from Acme?": the body the question named,
  // when it asked for a person and the answer gave one (who is named beside other bodies) or none.
  const answerBody = last.salient.find((n) => bodyLike(n, previousWords));
  const gavePerson = last.salient[0] !== undefined && isKnownPerson(last.salient[0]);
  const namedBody =
    (previous?.answerType === 'person' && (gavePerson || !answerBody)
      ? onlyBodyOf(previousNames)
      : undefined) ?? answerBody;
  if (PERSON_PRONOUN.test(rewritten)) {
    // Names come lead first. For "she", a name the lexicon knows as a woman's moves up one place
    // (Hilary Swank over Jamie Foxx): most people news names are men, so a first name it does not
    // know ("Jamie") is a man's as likely as not, and "he" keeps the lead's name ("Bill Clinton"
    // before "Harry Belafonte") — names known as the other gender are already left out.
    const pick = (names: readonly string[]) =>
      (wanted === 'female'
        ? names.slice(0, 2).find((n) => nameGender(n.split(' ')) === 'female')
        : undefined) ?? names[0];
    // The answer's names before the question's when it asked for a person — but a name the lexicon
    // knows as a person's comes before one it does not know: after "Who is Bruce Willis taking to
    // court?" (Revolution Studios, of "Tears of the Sun"), "he" is still Bruce Willis.
    const known = (name: string | undefined) => name !== undefined && nameKind(name.split(' ')) === 'person';
    const answered = pick(introduced);
    const askedPerson = pick(asked.filter((n) => n.includes(' ') && known(n)));
    const person = askedForPerson
      ? ((known(answered) ? answered : (askedPerson ?? answered)) ?? pick(asked))
      : (pick(asked) ?? answered);
    // Named after the question: the articles must name them, the answering sentence may say "he".
    // "his family" is the family by its surname ("the Agnelli family"), which the articles about
    // it name without his first name.
    if (person) supplied.push(FAMILY.test(rewritten) ? surname(person) : person);
    // No one to be "him" ("Who runs China Aviation Oil?" answered nothing): the thread's story still.
    else supplied.push(...previousNames.filter((n) => !rewritten.includes(n)));
  } else if (names.length === 0 && BODY_REFERENCE.test(rewritten) && namedBody) {
    // "What does that company do?" after "Who is Paul Myers?" (chief executive of Wippit): the body
    // the last answer named, in the words' place ("What does Wippit do?").
    return rewritten.replace(BODY_REFERENCE, namedBody);
  } else if (
    names.length === 0 &&
    (previousNames.length > 0 || introduced.length > 0 || itsBody !== undefined)
  ) {
    // A question naming nothing ("how much money is involved?") is about what the last one was;
    // "they" after "who are the shareholders?" is who the answer named.
    const answerNames =
      askedForPerson || previous?.answerType === 'organisation'
        ? itsBody
          ? [itsBody]
          : answerReferents(
              last.salient.filter((n) => introduced.includes(n) || introducedBodies.includes(n)),
              introducedBodies,
            )
        : [];
    // "When did the first version turn up?" after "Which virus is posing as a Christmas card?"
    // (Zafi): a thing asked for by its kind is what the thread is now about. ("it" or "that" may
    // mean the last figure or the thing the last question named, so not then.)
    // But "Who chose it?" after "What was chosen as the greatest gadget?", a question naming
    // nothing whose answer was a thing: "it" can only be the thing the answer named.
    const thing =
      previous &&
      !askedForPerson &&
      previous.answerType !== 'organisation' &&
      ((WHICH_KIND.test(last.query) && !THING_PRONOUN.test(rewritten)) || itOfAnswer(previous, rewritten))
        ? last.salient.find((n) => !n.split(' ').some((w) => previousWords.has(w)) && !CALENDAR_WORD.test(n))
        : undefined;
    // "Did the pair of them make up?" after "Who is Jackie Stallone's ex-daughter-in-law?": the one
    // the answer named and the one the question named, not two names of the answer. So is "they"
    // in "where did they meet?" after "Which general did Brandt call on?" (Ellis) — unless the
    // answer named two people ("Who did Brandt beat?": they are the two beaten).
    const fullNames = answerNames.filter((n) => n.includes(' ') || nameKind(n.split(' ')) === 'person');
    const bothSides =
      PAIR.test(rewritten) ||
      (askedForPerson && PLURAL_PRONOUN.test(rewritten) && asked.length > 0 && fullNames.length < 2);
    const pair =
      bothSides && answerNames.length > 0 && previousNames.length > 0
        ? [answerNames[0]!, (PAIR.test(rewritten) ? previousNames[0] : asked[0])!]
        : null;
    const inherited = (
      pair ??
      (answerNames.length > 0 && THING_PRONOUN.test(rewritten)
        ? answerNames
        : thing
          ? [thing]
          : previousNames)
    ).filter((n) => !rewritten.includes(n));
    if (inherited.length > 0 || THING_PRONOUN.test(rewritten)) supplied.push(...inherited);
  } else if (names.length > 0 && previousNames.length > 0 && !time) {
    // "how much extra does Apple chip in?" after "how much is Band Aid 20 on iTunes?", whose answer
    // named Apple: a name the last answer brought in keeps the thread's story, not every story
    // about Apple.
    const shown = new Set(last.salient.map((n) => n.toLowerCase()));
    const inStory = names.every((g) => shown.has(g.join(' ').toLowerCase()));
    const named = new Set(names.flat().map((w) => w.toLowerCase()));
    const kept = previousNames.filter((n) => !n.split(' ').some((w) => named.has(w.toLowerCase())));
    // The last question's first name is its subject ("Band Aid"); any article naming it will do.
    if (inStory && kept[0]) supplied.push(kept[0]);
  }
  return supplied.length > 0 ? `${trimEnd(rewritten)}? (${supplied.join(', ')})` : rewritten;
}

/** "it" after a question that named nothing and asked for a thing, not a figure, date or name. */
function itOfAnswer(
  previous: { answerType: AnswerType; focus: readonly string[][] },
  question: string,
): boolean {
  return previous.answerType === 'other' && previous.focus.length === 0 && ONLY_IT.test(question);
}

/** A question asking when, where, why or how of something: "when will …", "how fast are …". */
const ASKS_OF_SUBJECT = /^(?:when|where|why|how)$/i;
/** Words that end a noun phrase's head: a preposition or clause after it ("the tower in Zenda"). */
const AFTER_HEAD = /^(?:of|for|in|at|on|from|to|with|by|behind|that|which|who)$/i;

/**
 * The noun phrase a when/where/why/how question asks about, when a common noun heads it: "When
 * will Acme's new reader be available?" → "Acme's new reader", plural false; "How fast are the
 * lifts in Zenda?" → "the lifts in Zenda", plural true. Null for a name ("When did Acme …?"), which
 * the thread supplies as a name, and for any other question.
 */
function subjectPhrase(query: string): { text: string; plural: boolean } | null {
  const words = query
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[?.!]+\s*$/, '')
    .trim()
    .split(/\s+/);
  if (!ASKS_OF_SUBJECT.test(words[0] ?? '')) return null;
  let from = -1;
  for (let i = 1; i <= 4 && i < words.length; i++)
    if (AUXILIARY.test(words[i]!)) {
      from = i + 1;
      break;
    }
  if (from < 0) return null;
  const verbs = verbsIn(words.join(' '));
  const isVerb = (w: string) => /^[a-z]/.test(w) && (isVerbForm(w) || verbs.has(w));
  let to = from;
  while (to < words.length && !(to > from && isVerb(words[to]!))) to++;
  const np = words.slice(from, to);
  const headAt = np.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
  const head = np[(headAt < 0 ? np.length : headAt) - 1];
  if (!head || !/^[a-z][a-z-]+$/.test(head) || !isNoun(head) || np.length > 8) return null;
  return { text: np.join(' '), plural: /[^s]s$/.test(head) };
}

/** "How many wild lynxes are left?" → "wild lynxes": the things a question counts, named by common nouns. */
const COUNTED = new RegExp(
  String.raw`^\W*how many\s+((?:[a-z-]+\s+){0,2}[a-z-]+[^s\W]s)\s+(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could)\b`,
  'i',
);
function countedPhrase(query: string): { text: string; plural: boolean } | null {
  const m = COUNTED.exec(query);
  return m && m[1] === m[1]!.toLowerCase() ? { text: m[1]!, plural: true } : null;
}

/** "it" for one thing, "they"/"them" for more, "its"/"their" for either's. */
const SINGULAR_PRONOUN = /\b(?:it|its)\b/i;
const PLURAL_THING_PRONOUN = /\b(?:they|them|their)\b/i;

/** The follow-up with the phrase in the place of the pronoun agreeing with it ("its" → "the reader's"). */
function withPhraseFor(question: string, phrase: { text: string; plural: boolean }): string | null {
  const m = (phrase.plural ? PLURAL_THING_PRONOUN : SINGULAR_PRONOUN).exec(question);
  if (!m) return null;
  const owner = /^(?:its|their)$/i.test(m[0]);
  const text = owner ? `${phrase.text}${phrase.plural ? "'" : "'s"}` : phrase.text;
  return `${question.slice(0, m.index)}${text}${question.slice(m.index + m[0].length)}`;
}

/** "his family", "her family's": a family, known by the person's surname. */
const FAMILY = /\b(?:his|her)\s+family\b/i;

/** The last word of a full name: "Gianni Agnelli" → "Agnelli". */
function surname(name: string): string {
  return name.split(' ').at(-1)!;
}

/** "they" may be the two people an answer named; a body it named first is "it" alone. */
function answerReferents(names: readonly string[], bodies: readonly string[]): string[] {
  return bodies.includes(names[0] ?? '') ? names.slice(0, 1) : names.slice(0, 2);
}

/** "they", "them", "their": more than one, the people of the last turn. */
const PLURAL_PRONOUN = /\b(?:they|them|their|each other)\b/i;

/** "it", "its", and no "they": one thing, not a person nor a group. */
const ONLY_IT = /^(?!.*\b(?:they|them|their)\b).*\b(?:it|its)\b/i;

/** An unknown name its words tell as a body's ("Continental Airlines"), not an event's or a prize's. */
function isBodyName(name: string): boolean {
  return nameKind(name.split(' ')) === 'unknown' && bodyName(name);
}

/**
 * The question with each name a mere placeholder: "the week Band Aid held on" asks for no band
 * member, "Ruritania's air chief" still asks for a person.
 */
function withoutNames(query: string, names: readonly (readonly string[])[]): string {
  let out = query;
  for (const group of names)
    out = out.replace(new RegExp(`\\b${group.map(escapeRegExp).join('\\W+')}\\b`), 'Someone');
  return out;
}

/**
 * The query with more words, before the names a thread supplied (which stay last, in brackets):
 * "Who met Brandt? (Ellis)" with "in 2021" is "Who met Brandt in 2021? (Ellis)".
 */
function withWords(query: string, more: string): string {
  const supplied = /\s*\(([^()]*)\)\s*$/.exec(query);
  const body = supplied ? query.slice(0, supplied.index) : query;
  return `${trimEnd(body)} ${more}${supplied ? `? (${supplied[1]})` : ''}`;
}

/** A follow-up that is only a question word: "when?", "and for how much?", "why, then?". */
const BARE_WH =
  /^\s*(?:and|but|so|ok(?:ay)?)?[,\s]*(for|by|since|until|till|from|over|within)?\s*(when|where|why|how much|how many|how long|how|what\s+for)(?:\s+(?:was|is|did|does)\s+(?:that|this|it)(?:\s+happen)?)?[,\s]*(?:exactly|then|so)?\s*[?.!]*\s*$/i;
/**
 * "Which field?", "and what brand?": the last question again, asking a thing of that kind — after
 * "Which Turkish company is reported to have won an Iraqi oilfield contract?", "which field is
 * reported to have won an Iraqi oilfield contract" with the company its answer named. In the shape
 * of BARE_WH's match (no preposition, the question words).
 */
function kindOnly(question: string): [string, undefined, string] | null {
  const m = /^\s*(?:and|but|so)?[,\s]*((?:which|what)\s+([a-z][a-z-]{2,}))\s*[?.!]*\s*$/i.exec(question);
  if (!m || NOT_KIND.test(m[2]!) || isVerbForm(m[2]!) || !isNoun(m[2]!)) return null;
  return [m[0], undefined, m[1]!];
}
/** Words after "which"/"what" that name no kind: "what else?", "which one?". */
const NOT_KIND =
  /^(?:one|ones|else|about|now|then|next|more|other|others|happened|happens|exactly|kind|sort|type)$/i;

/** "and in what year?", "on which day?": "when" spelled as a noun of time. */
const WH_NOUN =
  /^(\s*(?:and|but|so|ok(?:ay)?)?[,\s]*)(?:in|on|at|during)?\s*(?:what|which)\s+(?:year|month|day|date)\b(?=[,\s]*(?:exactly|then|so)?\s*[?.!]*\s*$)/i;

/** "and in what year?" → "and when?": what BARE_WH reads. */
function asWhWord(question: string): string {
  return question.replace(WH_NOUN, (_, opener: string) => `${opener}when`);
}
/** "the pair of them", "both of them", "the two": the two people the last turn named. */
const PAIR = /\b(?:the (?:pair|two|couple|duo)|both) of them\b|\bthe (?:pair|duo)\b/i;
/** Prepositions before a bare question word that change what it asks ("until when?"). */
const KEPT_PREPOSITION = /^(?:until|till|over|within)$/i;
const AUXILIARY = /^(?:is|are|was|were|will|would|did|does|do|has|have|had|can|could|should|may|might)$/i;

/**
 * A question without what it asks: "Who was fined for the incident?" → "was fined for the
 * incident?", "Which city will trial it?" → "will trial it?". Null when no verb follows the
 * question word and its noun within three words.
 */
function withoutAsking(query: string): string | null {
  const words = query.trim().split(/\s+/);
  // "Did Freedonia host a conference?" → "when was that?": when did Freedonia host it.
  if (AUXILIARY.test(words[0]!)) return [words[0]!.toLowerCase(), ...words.slice(1)].join(' ');
  if (!/^(?:who|whom|whose|what|which|when|where|why|how)$/i.test(words[0]!.replace(/\W/g, ''))) return null;
  // "How much company money are …": a figure's noun phrase may be longer than a kind's.
  const reach = /^how$/i.test(words[0]!) ? 5 : 3;
  for (let i = 1; i <= reach && i < words.length; i++)
    if (AUXILIARY.test(words[i]!)) return words.slice(i).join(' ');
  // "Which club took Bellamy on loan?": the verb follows the noun asked for.
  if (/^(?:which|what)$/i.test(words[0]!))
    for (let i = 2; i <= 3 && i < words.length; i++)
      if (/^[a-z]/.test(words[i]!) && (isVerbForm(words[i]!) || /^[a-z]{3,}ed$/.test(words[i]!)))
        return words.slice(i).join(' ');
  // "Who won the race?": the verb follows the question word directly.
  return /^(?:who|what)$/i.test(words[0]!) ? words.slice(1).join(' ') : null;
}

/**
 * The last question without the clause the new words stand against: "and for the US launch?"
 * after "… when it launched in Japan?" (the place already gone) replaces "when it launched", not
 * adds beside it ("… when it launched for the US launch").
 */
function withoutContrasted(query: string, more: string): string {
  const supplied = /\s*\([^()]*\)\s*$/.exec(query);
  const body = trimEnd(supplied ? query.slice(0, supplied.index) : query);
  const newWords = (more.match(/\b[a-z]{4,}\b/g) ?? []).map((w) => w.toLowerCase());
  const clause = CLAUSE.exec(body);
  if (!clause || !newWords.some((w) => clause[1]!.split(/\s+/).some((v) => sameStem(v.toLowerCase(), w))))
    return query;
  return `${body.slice(0, clause.index)}${supplied ? supplied[0] : ''}`;
}

/** A last clause of the question, from its opener: "when it launched", "after the merger went through". */
const CLAUSE = /\s+(?:when|after|before|while|once|as soon as|until)\s+([^,;]+)$/i;

/** "launch", "launched", "launches": one word in two forms. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const root = short.replace(/e$/, '');
  return root.length >= 4 && long.startsWith(root) && /^(?:e|ed|es|s|d|ing)?$/.test(long.slice(root.length));
}

/**
 * What "Which region had the highest house price inflation in November?" measures of its answer:
 * "house price inflation in November", when the new name is of the kind asked (a place for a place
 * question), asked as "What was London's house price inflation in November?". Null for any other
 * question or name.
 */
function measureOf(query: string, asked: AnswerType, name: readonly string[]): string | null {
  const kind = nameKind(name);
  const fits = asked === 'place' ? kind === 'place' : asked === 'person' ? kind === 'person' : false;
  if (!fits) return null;
  const m =
    /^\W*(?:which|what)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:has|had|have|is|was|are|were|saw|sees|posted|recorded)\s+(?:the\s+)?(?:highest|lowest|biggest|largest|smallest|fastest|slowest|strongest|weakest|most|least|best|worst|top)\s+(.+?)\s*\??\s*$/i.exec(
      query.replace(/\s*\([^()]*\)\s*$/, ''),
    );
  return m ? m[1]! : null;
}

/** "and in December?", "what about March?": only a month. */
const ONLY_MONTH = new RegExp(
  `^\\s*(?:and|but|so|what about|how about)?\\s*(?:back\\s+)?(?:in|during|for|of)?\\s*(${MONTH_NAMES.join('|')})\\s*[?.!]*\\s*$`,
  'i',
);
/** A month named in a question, as a whole word. */
const MONTH_IN = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`);
/** A word of the last question is taken for the same kind of thing as the new one at this similarity. */
const SAME_THING = 0.7;

/**
 * The word of the query the new words stand in for: one the word vectors put next to their last
 * word (the head noun: "laptops" for "phones") and WordNet files in the same class. Null when the
 * new words name something or no word of the query is such a neighbour.
 */
function alikeWordIn(query: string, more: string): string | null {
  if (/[A-Z\d]/.test(more) || words(more) > 3) return null;
  const head = more.split(/\s+/).at(-1)!.toLowerCase();
  const near = new Map(neighbours(head).map((n) => [n.word, n.similarity]));
  let best: string | null = null;
  let bestSimilarity = SAME_THING;
  for (const word of query.match(/\b[a-z]{3,}\b/g) ?? []) {
    const similarity = near.get(word) ?? 0;
    if (word !== head && similarity >= bestSimilarity && alikeNouns(word, head)) {
      best = word;
      bestSimilarity = similarity;
    }
  }
  return best;
}

/**
 * Initials in the question spelled out as the last answer named them: "the FT" after an answer
 * naming the Financial Times. Articles write the name in full before, if ever, they shorten it.
 */
function spelledOut(question: string, last: Turn): string {
  return question.replace(/\b[A-Z]{2,4}\b/g, (initials) => {
    const full = last.salient.find((name) => {
      const parts = name.split(' ');
      return parts.length === initials.length && parts.every((p, i) => p[0] === initials[i]);
    });
    return full ?? initials;
  });
}

/**
 * "and X?", "what about X?", "and for X?": the last question, asked of X. The longer openers come
 * first: "and what about X?" read as "and" + "what about X?" would be a question asking "what".
 */
const ELLIPSIS =
  /^\s*(?:and what about|and how about|what about|how about|same for|what of|and|but)\s+(.+)$/i;
const WH =
  /\b(?:what|when|where|who|whom|whose|which|why|how|did|does|do|is|are|was|were|has|have|can|will)\b/i;

function words(text: string): number {
  return text.trim().split(/\s+/).length;
}

/** Places stand in for places ("in Japan" → "the US"); other names for other names. */
function placeOrOther(group: readonly string[]): 'place' | 'other' {
  return nameKind(group) === 'place' ? 'place' : 'other';
}

function trimEnd(text: string): string {
  return text.replace(/[\s?.!]+$/, '');
}

/** Names as written, adjacent capitalised words together: "Sam Carver", not "Sam" and "Carver". */
function nameRunsIn(text: string, firstIsName = false): string[] {
  const names = namesIn(text, firstIsName);
  const runs: string[] = [];
  let from = 0;
  for (let i = 0; i < names.length; i++) {
    const at = text.indexOf(names[i]!, from);
    const prev = runs.at(-1);
    if (prev !== undefined && at >= 0 && /^[\s.]*$/.test(text.slice(from, at)) && i > 0)
      runs[runs.length - 1] = `${prev} ${names[i]}`;
    else runs.push(names[i]!);
    if (at >= 0) from = at + names[i]!.length;
  }
  return runs;
}

/**
 * The names an answer is about, for resolving "he", "it", "the deal" later: the lead's names first
 * (what the answer was), then the bullets', most mentioned first.
 */
export function salientNames(bulletTexts: readonly string[], max = 8, lead?: string | null): string[] {
  const counts = new Map<string, { n: number; first: number; lead: boolean }>();
  let order = 0;
  // A lead that is a value starts with it: "David Bedford." names David Bedford, not Bedford.
  const leadRuns = lead ? nameRunsIn(lead, true) : [];
  const leadNames = new Set(leadRuns);
  for (const [i, text] of [...(lead ? [lead] : []), ...bulletTexts].entries()) {
    for (const name of i === 0 && lead ? leadRuns : nameRunsIn(text)) {
      const entry = counts.get(name);
      if (entry) entry.n++;
      else counts.set(name, { n: 1, first: order++, lead: leadNames.has(name) });
    }
  }
  return [...counts.entries()]
    .sort((a, b) => Number(b[1].lead) - Number(a[1].lead) || b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, max)
    .map(([name]) => name);
}
