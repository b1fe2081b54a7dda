/**
 * Question analysis: what kind of answer a question asks for, which names it is about and which
 * period it is limited to. Retrieval ranks by these, the lead is composed from them, and the
 * thread's follow-ups are completed from them. Pure and deterministic.
 */
import { askedNounKind, isStuff, type NounKind } from './noun-kinds.js';
import { type DateSpan, MONTH_NAMES, monthSpan, yearSpan } from '../analysis/calendar.js';
import { lowerCaseName, nameKind } from './gazetteer.js';
import { escapeRegExp } from '../analysis/patterns.js';
import { STOPWORDS } from '../../corpus/tokenize.js';

export type AnswerType =
  | 'date'
  | 'duration'
  | 'amount'
  | 'number'
  | 'age'
  | 'score'
  | 'person'
  | 'organisation'
  | 'place'
  | 'reason'
  | 'yesno'
  | 'list'
  | 'other';

export interface TimeConstraint {
  span: DateSpan;
  /** The words that set it ("in October 2012"), removed from what is searched. */
  words: string;
}

export interface QuestionAnalysis {
  /** The question as asked, spaces folded. */
  text: string;
  answerType: AnswerType;
  /**
   * The names the question is about ("Naylor", "Paul Reed"), each a group of words that belong
   * together. A question whose every word of some group is unknown to the corpus is not answered.
   */
  focus: string[][];
  /** What is searched: the question without its answer-type cue and time words. */
  searchText: string;
  time: TimeConstraint | null;
  /**
   * Names the thread supplies, written after the question in brackets by follow-up rewriting
   * ("how much money is involved? (Acme)"): an answer must name one of them, not all.
   */
  related: string[][];
  /**
   * In a thread, the value the last answer gave and the sentence it was read from (QuestionPlan's
   * `answered`): in that sentence it is no answer again ("And laptops?" after 63,000 phones).
   */
  given?: { sentence: string; value: string };
  /** "Which outlets disagree about ...?": answered by the disagreements among the reports. */
  asksDisagreement: boolean;
  /** The question without the names the thread supplied. */
  own: string;
}

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
const MONTH_WORD =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** "in 2021", "in October 2012", "during 2012", "back in 2012": a period the answer must fall in. */
const TIME_RE = new RegExp(
  `\\b(?:(?:back\\s+)?(?:in|during|of|for|since|from)\\s+)?(?:(${MONTH_WORD})\\.?\\s+(?:of\\s+)?)?((?:19|20)\\d{2})\\b(?!\\s*(?:%|per\\s*cent|percent))`,
  'i',
);

/** "a worse Christmas than 2004", "compared with 2003": a year compared with, not the one asked of. */
const COMPARED_YEAR = /\b(?:than|compared\s+(?:with|to)|versus|vs\.?)\s+$/i;

/** Reads a period from the question, if it names one by its year. */
export function timeConstraint(text: string): TimeConstraint | null {
  const m = [...text.matchAll(new RegExp(TIME_RE.source, 'gi'))].find(
    (t) => !COMPARED_YEAR.test(text.slice(0, t.index)),
  );
  if (!m) return null;
  const year = Number(m[2]);
  const month = m[1] ? MONTHS.findIndex((name) => name.startsWith(m[1]!.toLowerCase().slice(0, 3))) + 1 : 0;
  return { span: month > 0 ? monthSpan(year, month) : yearSpan(year), words: m[0] };
}

/** Nouns for people by what they do: "which keeper", "the ref". */
export const PERSON_NOUNS =
  'keeper|goalkeeper|striker|defender|midfielder|winger|forward|referee|ref|umpire|analyst|editor|writer|author|producer|designer|journalist|reporter|presenter|host|athlete|runner|boxer|champion|winner|chairman|chairwoman|chair|founder|owner|spokesman|spokeswoman|spokesperson|governor|mayor|ambassador|envoy|general|commander|captain|adviser|advisor|lawyer|banker|investor|tycoon|billionaire|businessman|analyst|economist|scientist|doctor|star|artist|band|rapper|composer|musician|model|designer';

/** Money words: "how much did they pay" asks for an amount; "how much longer" does not. */
const MONEY =
  /\b(?:cost|costs|costing|pay|paid|paying|pays|worth|price|priced|money|cash|spend|spent|spending|raise|raised|earn|earned|earnings|make|made|makes|profit|profits|loss|losses|lost|revenue|revenues|sales|sell|sold|value|valued|bid|offer|offered|fine|fined|budget|fund|funds|funding|invest|invested|investment|deal|debt|owe|owed|charge|charged|salary|wage|wages|fee|fees|tax|taxes|bill|save|saved|savings|compensation|damages|loan|loans|aid|bonus|payout|settlement|deficit|surplus|package|turnover|income|takeover|buy|bought|borrow|borrowed|borrowing|borrowings|lend|lent|lending|cough(?:ing|ed)?\s+up|fork(?:ing|ed)?\s+out|shell(?:ing|ed)?\s+out|stump(?:ing|ed)?\s+up)\b/i;

/** Whether the question speaks of money ("profit", "paid", "budget"). */
export function speaksOfMoney(question: string): boolean {
  return MONEY.test(question);
}

/** Words that only ask for a count of time ("how long", "how many days"). */
const DURATION =
  /^(?:how\s+long\b(?!\s+ago)|how\s+often\b|how\s+many\s+(?:more\s+)?(?:days|weeks|months|years|hours|minutes|seasons|decades)\b|for\s+how\s+long\b)/i;
/** "And the rest over what period?": a length of time, wherever it is asked. */
const PERIOD_ASKED =
  /\b(?:over|for|within)\s+what\s+(?:period|length\s+of\s+time|time\s*(?:frame|scale|limit))\b/i;
const DATE =
  /^(?:when\b|(?:(?:from|since|until|till|by|on|in|at)\s+)?(?:what|which)\s+(?:date|day|year|month|weekday)s?\b|what\s+time\b|(?:since|by|until|till|from)\s+when\b|how\s+long\s+ago\b|at\s+what\s+time\b)/i;
/**
 * "What was Radcliffe's winning time?", "what time did Holmes clock?": the time a race took, a
 * length ("two hours, 23 minutes and 10 seconds"), not a time of day.
 */
const RACE_TIME =
  /\b(?:winning|finishing|race|record|best|qualifying|lap)\s+times?\b|^what\s+time\s+did\s+.{1,60}?\b(?:clock|clocked|run|ran|record|post|set|finish|achieve|do)\b/i;
const AMOUNT = /^how\s+much\b/i;
/** "By what score?", "What was the final score?": a result as sport writes it, "3-2". */
const SCORE =
  /^(?:(?:by\s+)?what\s+(?:score|scoreline|margin)\b|what\s+(?:was|is|were)\s+the\s+(?:final\s+|half-time\s+|full-time\s+)?(?:score|scoreline)\b)/i;
const SCORE_ASKED =
  /\b(?:by\s+what\s+(?:score|scoreline)|what\s+(?:was|is)\s+the\s+(?:final\s+)?(?:score|scoreline))\b/i;
/** "How much did its shares go up?": a change, told as a percentage or a figure, not a price. */
const CHANGE =
  /\b(?:rise|rose|risen|fall|fell|fallen|go\s+up|went\s+up|gone\s+up|go\s+down|went\s+down|climb(?:ed)?|jump(?:ed)?|drop(?:ped)?|slip(?:ped)?|increase[sd]?|decrease[sd]?|grow|grew|grown|shrink|shrank|gain(?:ed)?|plunge[sd]?|slump(?:s|ed)?|soar(?:s|ed)?|tumble[sd]?|plummet(?:s|ed)?|sink|sank|sunk|(?:is|was|are|were|been)\s+(?:(?:that|it|this|they)\s+)?(?:up|down)\s+(?:on|from)\b)/i;
/** Whether the question speaks of a change ("rise", "went up", "grew"). */
export function speaksOfChange(question: string): boolean {
  return CHANGE.test(question);
}

/** "How big was the loss?", "how big is the funding gap?": a size, of money when the question speaks of money. */
const SIZE = /^(?:how\s+(?:big|large|small|huge)|what\s+size)\b/i;
const AGE = /^(?:how\s+old\b|what\s+age\b|at\s+what\s+age\b)/i;
/** "What's the DS going to cost?", "what is the price of ...": a price, put as a what-question. */
const COSTS =
  /^what(?:'s|\s+is|\s+was|\s+will|\s+does|\s+did|\s+would)?\b.*\b(?:cost|costs|price|priced|worth|charge|fee|paying|per\s+share|a\s+share)\b/i;
/** A figure asked as a share of something. */
const SHARE_OF =
  /\b(?:as\s+an?\s+(?:share|proportion|percentage|fraction)\s+of|in\s+percentage\s+terms|per\s*cent(?:age)?)\b/i;
/** "What did Birmingham pay Chelsea for him?": a payment asked for by what. */
const PAID =
  /^what\s+(?:did|does|do|will|would|has|have|had)\s+(?:[\p{L}\d'’.&-]+\s+){1,6}?(?:pay|spend|earn)\b/iu;
/** Nouns of money: asked for by what or which, they ask for an amount. */
const MONEY_NOUNS =
  'profits?|loss(?:es)?|revenues?|turnover|salary|wages?|fees?|fine|prices?|bonus|budget|payout|settlement|compensation|dividend';
/** A money noun and its change: "price cut", "pay rise", "fee increase". */
const MONEY_CHANGE = new RegExp(
  `\\b(?:${MONEY_NOUNS})\\s+(?:cuts?|rises?|increases?|hikes?|falls?|drops?|reductions?)\\b`,
  'i',
);
/**
 * "What profit did it report?", "what fee …", and the same noun after "what is/was" and its owner
 * ("What was Nortel's restated 2003 revenue?", "What's the production budget?", "What are
 * Federated's yearly sales?").
 */
const MONEY_NOUN = new RegExp(
  `^(?:what|which)\\s+(?:(?:annual|quarterly|total|net|pre-tax|operating|full-year|weekly)\\s+)?(?:${MONEY_NOUNS})\\b|` +
    `^what(?:['’]s|\\s+(?:is|was|are|were))\\s+(?:the\\s+|its\\s+|their\\s+|his\\s+|her\\s+|[\\p{L}-]+['’]s?\\s+)?` +
    `(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${MONEY_NOUNS}|sales|debts?|income|earnings|valuation)\\b`,
  'iu',
);
const PRICE =
  /^how\s+much\s+(?:is|are|was|were|will|would|does|do|did)\b(?!.*\b(?:of|more|less|bigger|smaller|higher|lower)\b)/i;
const NUMBER =
  /^(?:how\s+many\b|how\s+old\b|how\s+far\b|how\s+big\b|how\s+high\b|how\s+fast\b|what\s+(?:percentage|proportion|share|number|age|rate|score|figure)\b|by\s+how\s+much\b)/i;
/**
 * "What chart position did it reach?", "What daily output is it aiming for?": a rank or a rate of
 * output is a figure, though "position" alone may be a place and "output" a thing.
 */
const QUANTITY_NOUN =
  /^(?:what|which)\s+(?:(?:chart|league|table|finishing)\s+(?:position|place|placing)|(?:(?:daily|weekly|monthly|annual|yearly|total|average|peak)\s+)(?:output|production|capacity|turnout|attendance|audience|volume)|(?:output|production)\s+(?:level|target|rate))\b/i;
/** "Who …?", "What was his name?": a person (which/what with a noun: the noun's kind decides). */
const PERSON =
  /^(?:who|whom|whose)\b|^what(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:his|her|their|the\s+\w+'s)\s+names?\b/i;
const WHO_IS_NAME = /^[Ww]ho(?:['’]s|\s+is|\s+was)\s+(?:[A-Z][\p{L}'’.-]*\s*)+\W*$/u;
const REASON =
  /^(?:why\b|how\s+come\b|how\s+(?:did|does|do|has|have|will|would)\s+.{1,60}?\b(?:justify|justified|explain|explained|defend|defended)\b|what\s+(?:did|does|had|has)\s+.{1,60}?\bdo\s+to\s+(?:get|be|earn|deserve|warrant)\b|what\s+(?:was|is|were|are)\s+the\s+(?:reason|reasons|cause|causes|motive|purpose)\b|what\s+(?:caused|prompted|led\s+to|drove|triggered|is\s+behind|was\s+behind)\b|for\s+what\s+reason\b|what(?:['’]s|\s+is|\s+are|\s+was|\s+were)\s+(?:behind|driving|pushing|motivating|fuel(?:l)?ing)\b|(?:on|for|under)\s+what\s+(?:grounds?|basis)\b|what\s+(?:reasons?|justifications?|grounds|explanations?|excuses?|rationale|motives?)\s+(?:did|does|do|has|have|had|was|were|is|are)\b|what\s+got\s+(?!\w+(?:ed|en)\b)\S+(?:\s+\S+){0,4}?\s+\w+(?:ed|en)\b)/i;
const YESNO = /^(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|shall|may|might)\b/i;
const LIST =
  /^(?:(?:list|name)\s+(?:the|all|some|a\s+few)\b|what\s+(?:are|were)\s+the\s+\w+s\b|(?:which|what)\s+(?:other\s+)?\w+[^siu\W]s\s+(?:are|were|is|was|did|do|does|has|have|had|would|could|will)\b|(?:what|which)\s+(?:kinds?|types?|sorts?|makes?)\s+of\b)/i;

/** "What does X mean / stand for / refer to?": a question for X's meaning. */
export const DEFINES = /^\W*what\s+(?:does|do|did)\s+.+?\s+(?:mean|stand\s+for|refer\s+to|short\s+for)\W*$/i;
const DEFINITION_WORDS =
  /\b(?:mean|stand\s+for|refer\s+to|short\s+for|acronym|abbreviation|initials|term|phrase)\b/gi;

const DISAGREEMENT =
  /\b(?:disagree\w*|differ\w*|conflict\w*|contradict\w*|inconsisten\w*|discrepanc\w*|at odds|don'?t agree|do not agree)\b/gi;
const ASKS_DISAGREEMENT = new RegExp(DISAGREEMENT.source, 'i');
const REPORT_WORDS = /\b(?:outlets?|sources?|reports?|newspapers?|papers?|media|accounts?|versions?)\b/gi;

/** Openers that carry no meaning of their own ("so", "ok,", "and"), or name a source first ("According to the Courier,"). */
const LEADING_FILLER =
  /^(?:(?:and|but|so|ok(?:ay)?|well|also|then|now|hey|please|tell\s+me|roughly|approximately|about|around|exactly|precisely|just|(?:according\s+to|per)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})[,\s]+)+/i;

/** What a which/what question asks for, by the kind of its noun. */
const ASKED_KIND: Record<NounKind, AnswerType> = {
  person: 'person',
  place: 'place',
  group: 'organisation',
};

/**
 * The words an answer must say more than: the question's own, and the thread's names, which stand
 * for its "he" ("Max Jones" does not answer "who's taking over from him?"). Lower case.
 */
export function questionWords(question: Pick<QuestionAnalysis, 'own' | 'related'>): Set<string> {
  return new Set([
    ...(question.own.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []),
    ...question.related.flat().map((w) => w.toLowerCase()),
    ...[...question.own.matchAll(TITLE_NUMBER)].map((m) => titleNumberKey(m[1]!)),
  ]);
}

/** "Burnout 3", "Shrek 2": a number written after a capitalised word mid-question, a title's. */
const TITLE_NUMBER = /(?<=\S\s+[A-Z][\p{L}'’-]*\s+)(\d{1,2})\b(?!\s*(?:%|per\s*cent))/gu;

/**
 * The key questionWords adds for a title's number: "three awards" is no repeat of "Burnout 3",
 * as "eighteen" is of "18 former directors". (Not a word: it holds a character no word has.)
 */
export function titleNumberKey(digits: string): string {
  return `${digits}#title`;
}

/** The question's words, and in the sentence the thread's last value was read from, that value's. */
export function wordsKnownIn(
  question: Pick<QuestionAnalysis, 'own' | 'related' | 'given'>,
  quote: string,
): Set<string> {
  const known = questionWords(question);
  if (question.given && question.given.sentence === quote) {
    // "$14.5m (£7.74m)": the figure in brackets after the value is the same one, converted.
    const { value } = question.given;
    const at = quote.indexOf(value);
    const converted = at >= 0 ? /^\s*\(([^()]{1,40})\)/.exec(quote.slice(at + value.length))?.[1] : undefined;
    for (const w of `${value} ${converted ?? ''}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) known.add(w);
  }
  return known;
}

/** "How much did revenues grow?": an amount asked as a change, which a share may answer. */
export function asksChange(question: Pick<QuestionAnalysis, 'answerType' | 'own'>): boolean {
  if (question.answerType !== 'amount') return false;
  const q = question.own.replace(LEADING_FILLER, '').trim();
  // "What's the average price cut?": a money noun's change, told as a percentage as often.
  if (MONEY_NOUN.test(q) && MONEY_CHANGE.test(q)) return true;
  return AMOUNT.test(q) && CHANGE.test(q);
}

/** "how much feta do …": the noun phrase asked an amount of, up to the verb. */
const HOW_MUCH_NOUN =
  /^how\s+much\s+((?:[a-z-]+\s+){0,3}?)(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|might|may)\b/i;
/** A noun of money ("profit", "fee", "budget"). */
const MONEY_WORD = new RegExp(`\\b(?:${MONEY_NOUNS})\\b`, 'i');
/** Nouns of money that MONEY, a list of what is done with money, leaves out. */
const MONEY_THING =
  /\b(?:money|cash|capital|credit|equity|bail|rent|ransom|royalt(?:y|ies)|subsid(?:y|ies)|grants?|prize|reward|pension|dividends?|interest|premium|tax|duty|dollars?|pounds?|euros?|yen|yuan|rupees?)\b/i;

/**
 * "Roughly how much feta do the Danes make in a year?": an amount of a thing that is not money
 * ("30,000 tonnes"), though the verb ("make", "sell") may be said of money too.
 */
function quantityOfThing(q: string): boolean {
  const noun = HOW_MUCH_NOUN.exec(q)?.[1]?.trim();
  if (
    !noun ||
    /^(?:more|less|extra|else|additional|of|longer|bigger|higher|lower|further|greater)\b/i.test(noun) ||
    // "How much in total are they paying?": an adverb of the whole, not a noun of a thing.
    /^(?:in\s+(?:total|all)|all\s+told|altogether|overall|so\s+far|roughly|exactly|approximately)\b/i.test(
      noun,
    )
  )
    return false;
  return !MONEY.test(noun) && !MONEY_THING.test(noun) && !MONEY_WORD.test(noun);
}

/**
 * "How much wine does the average person drink?": the stuff whose quantity is asked ("wine"), the
 * noun after "how much" when WordNet files it as food, drink or a substance — not "how much
 * growth" or "how much in total", whose figure may well be a share or of money.
 */
export function quantityNoun(question: string): string | null {
  const q = question.replace(LEADING_FILLER, '').trim();
  if (!quantityOfThing(q)) return null;
  const words = HOW_MUCH_NOUN.exec(q)?.[1]?.trim().toLowerCase().split(/\s+/) ?? [];
  return words.length === 1 && isStuff(words[0]!) ? words[0]! : null;
}

/** The kind of answer a question asks for, from how it is put. */
export function answerTypeOf(question: string): AnswerType {
  // "In Britain, how much ...": the kind is asked after a leading phrase of place or time, or one
  // setting something aside ("Apart from Spider-Man, which superheroes …?", "Under his plan, …").
  const q = question
    .replace(LEADING_FILLER, '')
    .replace(
      /^(?:in|at|for|on|during|after|before|under|apart\s+from|besides|other\s+than)\s[^,?]{1,40},\s*/i,
      '',
    )
    // "At how many hotspots …?", "In how many countries …?": the count is asked after its preposition.
    .replace(/^(?:at|in|on|from|across|to|with|for)\s+(?=how\s+(?:many|much)\b)/i, '')
    .trim();
  if (DURATION.test(q) || PERIOD_ASKED.test(q) || RACE_TIME.test(q)) return 'duration';
  if (DATE.test(q)) return 'date';
  // "How much is it?" asks a price; "how much bigger" or "how much of it" a figure.
  // "And who won the game, by what score?": the score is what is left to say.
  if (SCORE.test(q) || SCORE_ASKED.test(q)) return 'score';
  // "What's the cap on deficits as a share of GDP?": a percentage, whatever it is of.
  if (SHARE_OF.test(q)) return 'number';
  if (AMOUNT.test(q)) {
    if (CHANGE.test(q) && !MONEY.test(q.replace(CHANGE, ''))) return 'number';
    if (quantityOfThing(q)) return 'number';
    return MONEY.test(q) || PRICE.test(q) ? 'amount' : 'number';
  }
  if (SIZE.test(q) && MONEY.test(q.replace(SIZE, ''))) return 'amount';
  if (AGE.test(q)) return 'age';
  if (COSTS.test(q) || MONEY_NOUN.test(q) || PAID.test(q)) return 'amount';
  if (NUMBER.test(q) || QUANTITY_NOUN.test(q)) return 'number';
  if (REASON.test(q)) return 'reason';
  // "Which drug-testing expert …?", "In which town …?": what its noun names is what is asked for.
  const kind = askedNounKind(q);
  if (kind) return ASKED_KIND[kind];
  if (/^where\b/i.test(q)) return 'place';
  // "Who is Bhanu Baweja?" asks what the person is, which news says in an aside ("Bhanu Baweja, a
  // strategist at UBS"): the question names the person and nothing else.
  if (WHO_IS_NAME.test(q)) return 'other';
  if (PERSON.test(q)) return 'person';
  // "Which Spaniard won …?", "which Kenyans …": a nationality asked for is people of it.
  const demonym = /^(?:[Ww]hich|[Ww]hat)\s+([A-Z][\p{L}]+)\s+(?!of\b)[a-z]/u.exec(q);
  if (demonym && nameKind([demonym[1]!]) === 'nationality') return 'person';
  if (LIST.test(q)) return 'list';
  if (YESNO.test(q)) return 'yesno';
  return 'other';
}

/** "going" of the future: "going to" and a verb, not a place or a thing ("going to the polls"). */
const GOING_TO_VERB =
  /\bgoing(?=\s+to\s+(?!(?:the|a|an|his|her|its|their|my|our|your|this|that)\b)[a-z]{2,}\b)/gi;

/** The answer-type cue words, which would otherwise be searched as words ("long", "much"). */
const TYPE_CUES =
  /^(?:how\s+(?:long(?:\s+ago)?|often|much|many|old|far|big|high|fast)|(?:by\s+)?what\s+(?:dates?|days?|weekday|time|years?|months?|percentage|proportion|share|number|age|rate|figure|score|scoreline|margin)|which\s+(?:dates?|days?|years?|months?|weekday)|at\s+what\s+time|for\s+how\s+long|since\s+when|by\s+when)\b/i;

/** Capitalised words that start questions or are titles, never a name the question is about. */
const NOT_FOCUS = new Set(
  'I A An The And But Or So If According Per Is Are Was Were Did Does Do Has Have Had Will Would Can Could Should What When Where Who Whom Whose Which Why How Tell Give Show List Name Please Mr Mrs Ms Dr Sir Lord Lady St Gen General President Prime Minister Chief Secretary Chancellor OK Okay Hey Also Then Now In On At Of For To By With From As About Any Anything Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Roughly Approximately Around Exactly Precisely Just Apart Besides Except Aside Despite Following Given Among Other Excluding Including Beyond Unlike After Before Since During Between Against Over Under Until Till Within Through'.split(
    ' ',
  ),
);

/** A run of three or more capitalised words, each written whole. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’])[A-Z][\p{L}'’]*(?:\s+[A-Z][\p{L}'’]*){2,}(?![\p{L}\p{N}])/gu;

/** A title written in title case: three or more capitalised words, a function word among them ("We Are The World"). */
export function isTitleCased(words: readonly string[]): boolean {
  return (
    words.length >= 3 &&
    words.every((w) => /^[A-Z]/.test(w)) &&
    words.slice(1).some((w) => STOPWORDS.has(w.toLowerCase()))
  );
}

/**
 * "how long was We Are The World number one?": three or more capitalised words, within the question
 * and with a function word among them, are a title written in title case — one name, not "We" and
 * "World". Returns the titles and the question with them blanked.
 */
function titleRuns(question: string): { titles: string[][]; rest: string } {
  const titles: string[][] = [];
  let rest = question;
  for (const m of question.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    const opensQuestion = /^\W*$/.test(question.slice(0, m.index));
    if (opensQuestion || !isTitleCased(words)) continue;
    titles.push(words);
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index! + m[0].length);
  }
  return { titles, rest };
}

/**
 * Names in the question: runs of capitalised words, and a possessive's owner ("Naylor's"). The
 * first word of the question counts only when it is not a question or filler word.
 */
export function focusNames(asked: string): string[][] {
  const { titles, rest: question } = titleRuns(asked);
  const groups: string[][] = [...titles];
  // A name may start in lower case before its capital ("iTunes", "eBay"), never mid-word.
  // "M&S", "AT&T": capitals joined by an ampersand are one name.
  const re =
    /(?<![\p{L}\p{N}])(?:[A-Z]+&[A-Z]+(?![\p{L}])|(?:[a-z]{1,2}(?=[A-Z]))?(?:[A-Z][\p{L}\p{M}'’.-]*[\p{L}\p{M}]|[A-Z]{2,}))/gu;
  let current: string[] = [];
  let lastEnd = -1;
  for (const m of question.matchAll(re)) {
    const word = m[0].replace(/['’]s$/, '').replace(/\.$/, '');
    const start = m.index!;
    const joined =
      lastEnd >= 0 && /^\s+(?:(?:of|de|la|van|von|al|bin|el)\s+)?$/.test(question.slice(lastEnd, start));
    // "on Fridays": a weekday made plural is a time, not a name — unless it ends one ("Happy Mondays").
    const weekdays = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days$/.test(word) && !joined;
    if (NOT_FOCUS.has(word) || /^\d/.test(word) || weekdays) {
      if (current.length > 0) groups.push(current);
      current = [];
      lastEnd = -1;
      continue;
    }
    if (!joined && current.length > 0) {
      groups.push(current);
      current = [];
    }
    current.push(word);
    lastEnd = start + m[0].length;
  }
  if (current.length > 0) groups.push(current);
  // A title that begins a company's name is part of it: "General Motors", not "Motors".
  for (const group of groups) {
    const before = new RegExp(`\\b([A-Z][a-z]+)\\s+${group.map(escapeRegExp).join('\\s+')}\\b`).exec(
      question,
    );
    // Not a question word: "Which Microsoft feature …" names Microsoft.
    if (
      before &&
      NOT_FOCUS.has(before[1]!) &&
      !STOPWORDS.has(before[1]!.toLowerCase()) &&
      nameKind([before[1]!, ...group]) === 'organisation'
    )
      group.unshift(before[1]!);
  }
  // A model's name written from a figure ("the 777-200LR", "3G"): a name like any other.
  for (const m of question.matchAll(/(?<![\p{L}\p{N}-])\d[\p{N}-]*[A-Z][\p{L}\p{N}-]*/gu))
    groups.push([m[0]]);
  // Typed in lower case, a country or a company is still a name: "siemens ukraine".
  for (const m of question.matchAll(/(?<![\p{L}\p{N}'’])[a-z]{3,}(?![\p{L}\p{N}])/gu)) {
    if (lowerCaseName(m[0])) groups.push([m[0].charAt(0).toUpperCase() + m[0].slice(1)]);
  }
  return groups;
}

export function analyzeQuestion(question: string): QuestionAnalysis {
  const text = question.replace(/\s+/g, ' ').trim();
  const supplied = /\(([^()]*)\)\s*$/.exec(text);
  const own = supplied ? text.slice(0, supplied.index) : text;
  const time = timeConstraint(text);
  const answerType = answerTypeOf(text);
  let searchText = own.replace(LEADING_FILLER, '');
  searchText = searchText.replace(TYPE_CUES, ' ');
  if (time) searchText = searchText.replace(time.words, ' ');
  // "Was she going to see the minister?": the future's "going" asks nothing a sentence must say.
  searchText = searchText.replace(GOING_TO_VERB, ' ');
  // "What does BYODKM stand for?": meaning is what is asked, not a word the article must say.
  if (DEFINES.test(own)) searchText = searchText.replace(DEFINITION_WORDS, ' ');
  const asksDisagreement = ASKS_DISAGREEMENT.test(text);
  // The reports' disagreeing is not in their words: what they disagree about is.
  if (asksDisagreement) searchText = searchText.replace(DISAGREEMENT, ' ').replace(REPORT_WORDS, ' ');
  // Names the thread supplies decide which articles, not which sentence ("what did he say about
  // the border? (Carver)": the quote says "he"), unless nothing else is left to search for.
  if (
    supplied &&
    !/[\p{L}]{3,}/u.test(
      searchText.replace(
        /\b(?:what|who|when|where|why|how|which|is|are|was|were|did|does|do|he|she|it|they|his|her|its|their|that|this|the|a|an|s|name|job|role|title|position|post)\b/gi,
        '',
      ),
    )
  ) {
    searchText = `${searchText} ${supplied[1]}`;
  }
  return {
    text,
    answerType,
    focus: focusNames(own.replace(time?.words ?? '\u0000', ' ')),
    related: supplied ? focusNames(supplied[1]!) : [],
    asksDisagreement,
    own: own.trim(),
    searchText: searchText.replace(/\s+/g, ' ').trim(),
    time,
  };
}
