/**
 * Where in a sentence the kind of answer a question asks for is written: an amount of money, a
 * count, a length of time, a date, a name. Retrieval ranks sentences holding one up and the lead
 * quotes it. Regular patterns of how news writes these things; names come from capitalisation,
 * since a tagger (compromise: ~12 ms a sentence here, "Chelsea" read as a person) costs more than
 * the whole answer may take and is no more right on news names.
 */
import type { Article } from '../../corpus/article.js';
import { findMentions } from '../analysis/event-dates.js';
import { queryTerms } from '../../corpus/tokenize.js';
import { isVerbForm, nameKind, placeForms, placeScale } from './gazetteer.js';
import { isNoun, nounKind } from './noun-kinds.js';
import { commonWord } from './word-vectors.js';
import { countedForms, countsNoun } from './counted-noun.js';
import { TENS_WORDS, UNIT_WORDS, wordValue } from '../analysis/number-words.js';
import { type AnswerType, titleNumberKey } from './question.js';
import { NAME_TITLES, ROLE_WORDS } from '../analysis/title-words.js';
import { MONTH_NAMES, MONTH_SHORT_FORMS, WEEKDAY_NAMES } from '../../corpus/months.js';

export interface AnswerSpan {
  /** The words as written in the sentence. */
  text: string;
  index: number;
  /** A body given for a "who" question naming no person (askedSpans): a weaker answer. */
  body?: boolean;
}

const NUMBER_WORDS = [
  ...Object.keys(UNIT_WORDS).slice(1),
  ...Object.keys(TENS_WORDS),
  'hundred|a dozen|dozens|half a|a couple of|several|a few',
].join('|');
const NUM = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORDS})(?:[\\s-](?:${NUMBER_WORDS}))?`;
const SCALE = '(?:\\s?(?:bn|m|k|tn|billion|million|trillion|thousand|crore|lakh)\\b)?';
const CURRENCY_WORDS =
  'dollars?|pounds?|sterling|euros?|yen|yuan|rupees?|roubles?|rubles?|francs?|marks?|pence|cents?|p\\b|dirhams?|riyals?|krona|kronor|kroner|won|pesos?|reais|rand|lira|lire|baht|rupiah|ringgit|naira|shekels?|zlotys?|forints?|dinars?|bolivars?';

const MONEY_FIGURE = `\\d[\\d,]*(?:\\.\\d+)?${SCALE}`;
const AMOUNT_RES = [
  // A range is one answer: "$300 to $500 million", "£1m-£2m".
  new RegExp(`(?:US|A|C|HK|NZ)?([$£€¥₹])\\s?${MONEY_FIGURE}\\s?(?:to|-|–)\\s?\\1?\\s?${MONEY_FIGURE}`, 'gi'),
  new RegExp(`(?:US|A|C|HK|NZ)?[$£€¥₹]\\s?\\d[\\d,]*(?:\\.\\d+)?${SCALE}`, 'gi'),
  new RegExp(`\\b(?:USD|GBP|EUR|JPY|INR|PKR|RUB|Rs\\.?)\\s?\\d[\\d,]*(?:\\.\\d+)?${SCALE}`, 'g'),
  new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?${SCALE}\\s?(?:${CURRENCY_WORDS})\\b`, 'gi'),
  // "a record Australian dollar 29.4bn": the currency's name written before the figure.
  new RegExp(
    `\\b(?:dollars?|euros?|yen|yuan|rupees?|roubles?|rubles?|francs?)\\s\\d[\\d,]*(?:\\.\\d+)?${SCALE}`,
    'gi',
  ),
];
/**
 * A weight in pounds, which reads like money: "700 pounds (320kg)" — the metric weight in brackets
 * after it — or "weighed 250 pounds" — a verb or adjective of weight a few words before it.
 */
const WEIGHT_RES = [
  /\b\d[\d,]*(?:\.\d+)?\s?(?:pounds?|lbs?)\s?\(\s?\d[\d,]*(?:\.\d+)?\s?(?:kg|kilos?|kilogrammes?|kilograms?|g|grams?|tonnes?|t)\s?\)/gi,
  /(?<=\b(?:weigh(?:s|ed|ing|t)?|heav(?:y|ier|iest)|light(?:er|est)?|overweight|overloaded)\s+(?:[\p{L}-]+\s+){0,3})\d[\d,]*(?:\.\d+)?\s?(?:pounds?|lbs?)\b/giu,
];

/** A figure (and up to two words of what it counts) or "once", "twice", "times" before "a week": a rate. */
const RATE_BEFORE =
  /(?:\d[\d.,]*\s*(?:%|bn|m|k|billion|million|pence|p)?|\bonce|\btwice|\btimes)(?:\s+[a-z]+){0,2}\s+$/i;
const DURATION_RES = [
  // A race time is one length: "two hours, 23 minutes and 10 seconds", "four minutes 14.74 seconds".
  new RegExp(
    `\\b(?:${NUM})\\s(?:hours?|minutes?)(?:,?\\s(?:and\\s)?(?:\\d[\\d.]*|${NUMBER_WORDS})\\s(?:minutes?|seconds?)){1,2}\\b`,
    'gi',
  ),
  new RegExp(
    `\\b(?:${NUM}|a|an)[\\s-](?:and[\\s-]a[\\s-]half[\\s-])?(?:(?:consecutive|straight|successive|more|full|extra|further|whole)\\s)?(?:day|week|month|year|hour|minute|decade|season|night)s?(?:[\\s-]long)?\\b`,
    'gi',
  ),
  /\b(?:a fortnight|overnight|a decade|decades|a century)\b/gi,
];
/**
 * "The England international, 24, was hurt": the sentence opening on the noun news calls a person
 * by, the age set after it (up to the age's comma).
 */
export const AGE_AFTER_NOUN = /^The\s+(?:[A-Z][\p{L}-]*\s+)?[a-z]+,\s/u;
/**
 * Ages as news writes them: "the 31-year-old", "aged 31", "at the age of 31", "Cudicini, 31,",
 * "The Dane, 31,".
 */
const AGE_RES = [
  /\b\d{1,3}(?=-year-old\b)/g,
  /(?<=\baged\s)\d{1,3}\b/g,
  /(?<=\bat\s+the\s+age\s+of\s)\d{1,3}\b/g,
  // "has died in Germany at 50", "retired at 35": an age, not a time ("died at 10:30").
  /(?<=\b(?:die[sd]|dying|retire[sd]|retiring)\s(?:[^,.;:]{0,40}\s)?at\s)\d{1,3}(?![\d,]|[.:]\d|\s*(?:am|pm|a\.m|p\.m|GMT|BST|hours|per|%))\b/g,
  /(?<=[A-Z][a-z]+,\s)\d{2}(?=,)/g,
  new RegExp(`(?<=${AGE_AFTER_NOUN.source})\\d{2}(?=,)`, 'gu'),
];
/** Abbreviated units of measure, case as written (a bare "m" is read as millions by SCALE). */
const MEASURE_UNITS =
  'TB|GB|MB|KB|Gbps|Mbps|kbps|GHz|MHz|GW|MW|kW|kWh|MWh|km/h|km|kg|cm|mm|mg|ml|mph|kph|ft|sq\\s?km|sq\\s?ft|ha';
const MEASURE = new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:${MEASURE_UNITS})(?![\\p{L}\\d])`, 'gu');
const WHOLE_MEASURE = new RegExp(`^${MEASURE.source}$`, 'u');
const NUMBER_RES = [
  new RegExp(`\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|per\\s?cent|percent)`, 'gi'),
  // "1.8GB", "500MW", "40km": a figure is read whole with the unit of measure written against it
  // ("\\b" finds no edge between a digit and a letter, which cut "1.8GB" to "1" and lost "500MW").
  MEASURE,
  // "six-cylinder engines" counts nothing: a figure joined to a word by a hyphen describes it.
  // "two and a half million cars": the half belongs to the figure.
  new RegExp(
    `\\b(?:${NUM})(?:\\s+and\\s+a\\s+half(?=\\s?(?:billion|million|trillion|thousand|bn|m)\\b))?${SCALE}\\b(?![-\\s](?:day|week|month|year|hour)s?\\b|-(?!odd\\b|strong\\b)[a-z])`,
    'gi',
  ),
];

/**
 * A share written as a fraction: "two-thirds", "a quarter", "three in four", "half of all homes"
 * ("the first half of the year" is a stretch of time, not a share).
 */
export const FRACTION =
  /\b(?:(?:one|two|three|four|a)[-\s](?:thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)|(?<!\b(?:first|second|last|latter|the|a)\s)half(?=\s+(?:of|the|its|their|all)\b)|(?:one|two|three|four|nine)\s+(?:in|out\s+of)\s+(?:three|four|five|ten|10))\b/gi;

/** A game's result: "3-2", "6-2 7-6 (7-1) 6-2"; not a day range ("4-6 March") or a span of years. */
const MONTHS = MONTH_SHORT_FORMS.join('|');
const ONE_SCORE = '\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?:\\s?\\(\\d{1,2}[-–]\\d{1,2}\\))?';
const SCORE_RES = [
  new RegExp(
    `(?<![\\d.,:£$€-])${ONE_SCORE}(?:,?\\s(?:and\\s)?${ONE_SCORE})*(?![\\d%]|\\s?(?:[-–]?\\s?(?:year|day|week|month|hour|minute|mile|metre|point|km|m\\b|ft))|\\s(?:${MONTHS}))`,
    'gi',
  ),
];

/** Titles before a name: "Gen Naylor", "Chancellor Gordon Brown". */
const TITLE =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Gen|General|Col|Capt|President|Premier|Minister|Chancellor|Secretary|Chairman|Chief|Judge|Prince|Princess|King|Queen|Senator|Governor|Mayor|coach|manager|boss|striker|singer|actor|actress|director|star|executive)\.?\s*$/;
/** Words of company and body names: "Time Warner Inc", "Deutsche Bank", "Labour Party". */
const ORG_WORD =
  /\b(?:Inc|Corp|Corporation|Ltd|plc|PLC|Group|Bank|Holdings|Motors|Airlines?|Airways|Association|Council|Party|Union|Commission|Committee|Agency|Ministry|Department|Office|Federation|League|Club|FC|United|City|Rovers|Athletic|Records|Studios|Pictures|Networks?|Television|TV|Radio|Times|Post|News|Journal|Mail|Telegraph|Guardian|Herald|Mirror|Observer|Chronicle|Gazette|Company|Co|Fund|Institute|University|Court|Parliament|Assembly|Senate|Board|Authority|Service|Services|Systems|Technologies|Software|Electronics|Communications|Telecom|Energy|Oil|Petroleum|Foundation|Organisation|Organization|Alliance|Army|Navy|Police|Research|Partners|Capital|Securities|Consulting|Associates|Industries|Insurance|Investments|Entertainment|Labs|Laboratories|Brothers|Media)\b/;
/** A name written with a word of a body: "Continental Airlines", "Deutsche Bank". */
export function bodyName(name: string): boolean {
  return ORG_WORD.test(name);
}
/** A name written with a word of a body or of a thing ("Revolution Studios", "the Brit Awards"): no person's. */
export function bodyOrThingName(name: string): boolean {
  return ORG_WORD.test(name) || THING_WORD.test(name);
}
/** Words of events, prizes, works and days, never of a person's name. */
const THING_WORD =
  /\b(?:Cup|Final|Finals|League|Championships?|Awards?|Festival|Games|Open|Summit|Conference|Day|Week|Prize|Trophy|Series|Show|Tour|Olympics?|Grand Prix|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Easter|Act|Bill|Report)\b/;
/** Words of places and venues: "Riverside Church", "Frankfurt Stock Exchange", "Hampden Park". */
const VENUE_WORD =
  /\b(?:Street|Road|Square|Stadium|Park|Centre|Center|Hall|House|Island|Islands|River|Valley|Mountains?|Church|Cathedral|Airport|Exchange|Arena|Theatre|Theater|Palace|Station|Bridge)$/;
/** Venue head nouns no one bears as a surname ("Hall", "Park", "Church" are surnames too). */
const VENUE_HEAD_NOUN = /\s(?:Theatre|Theater|Stadium|Airport|Arena|Cathedral|Centre|Center|Palace|Station)$/;
/** Bodies named by the building they sit in: "the Defence Ministry", "the High Court". */
const BUILDING_BODY =
  /\b(?:Ministry|Embassy|Parliament|Court|University|College|School|Hospital|Museum|Office|Senate|Assembly)$/;
/** Prepositions before a place: "in Shelbyville", "to Springfield". */
const LOCATIVE =
  /(?:^|\s)(?:in|at|to|from|near|outside|across|into|towards|toward|throughout|around|visit(?:ed|ing)?)\s+(?:the\s+)?$/i;

/** Prepositions of where something is, not whom it comes from: "in Park City", "at the Town Hall". */
const PLACED_IN = /(?:^|\s)(?:in|at|near|outside|inside|across|throughout|around)\s+(?:the\s+)?$/i;

/** A verb of joining a body, or a move to one, right before a name: the name is a body. */
const JOINED =
  /\b(?:join(?:ed|s|ing)?|sign(?:ed|s|ing)?\s+(?:for|with)|(?:a\s+)?(?:move|moved|moving|switch|transfer|loan)\s+to|on\s+loan\s+(?:at|to|from))\s+$/i;

/**
 * A run of capitalised words (with "of", "de", "al", "de la", "van der" inside), not at the sentence's start. It stops
 * at a sentence's end ("… Davis Cup.\nTim Henman has …" is two names): after a word of lower-case
 * letters closed by a full stop, or at a line break.
 */
const NAME_RUN =
  /(?<![\p{L}\p{M}])(?:[A-Z]{1,2}\d{1,3}(?=[^\S\n]+[A-Z][\p{Ll}])|[A-Z][\p{L}\p{M}'’.-]*)(?:(?<!\p{Ll}{2}\.)[^\S\n]+(?:(?:of|de|la|van|von|al|bin|el|the|(?:de|van|von)\s+(?:la|los|las|der|den))\s+)?(?:[A-Z]{1,2}\d{1,3}(?=[^\S\n]+[A-Z][\p{Ll}])|[A-Z][\p{L}\p{M}'’.-]*))*(?:(?<![.,])[^\S\n]\d{1,3}(?=[,;:)!?](?!\d)|\.(?!\d)|$|\s+(?:and|or)\s))?/gu;
/** "Channel 4", "Windows 95": a name closed by a figure, which no person's name is. */
const NUMBERED_NAME = /\s\d{1,3}$/;

const SENTENCE_STARTERS = new Set(
  'The A An But And Or So If In On At Of For To By With From As It Its He She They We I This That These Those There Their His Her Our However Meanwhile Earlier Later Last Next According During While After Before Under Also Although Though Since When Where What Who Why How Mr Mrs Ms'.split(
    ' ',
  ),
);

function all(res: readonly RegExp[], text: string): AnswerSpan[] {
  const out: AnswerSpan[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const value = m[0].trim().replace(/[.,]$/, '');
      if (out.some((o) => start < o.index + o.text.length && start + value.length > o.index)) continue;
      out.push({ text: value, index: start });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function nameRuns(text: string): (AnswerSpan & { before: string })[] {
  const out: (AnswerSpan & { before: string })[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let value = m[0].replace(/['’]s$/, '').replace(/[.,'’-]+$/, '');
    let start = m.index!;
    // "on March 4, the": a day's figure after a month or weekday is a date, not part of a name.
    const numbered = /^(.*\S)\s+\d+$/.exec(value);
    if (numbered && CALENDAR_WORDS.has(numbered[1]!.split(/\s+/).at(-1)!.toLowerCase())) value = numbered[1]!;
    // The sentence's first word is capitalised anyway: drop it when it is a common opener.
    const first = value.split(/\s+/)[0]!;
    if (SENTENCE_STARTERS.has(first)) {
      const rest = value.slice(first.length).trim();
      // "At 34, Holmes …": an opener and a figure name nothing.
      if (!rest || /^\d+$/.test(rest)) continue;
      start += value.indexOf(rest);
      value = rest;
    }
    // "Actor Rodrigo de la Serna took …": a noun for a person opening the sentence is capitalised as
    // its first word, not as part of the name (two words at least must follow: "Baker said" names Baker).
    const opening = value.split(/\s+/);
    if (
      !/\S/.test(text.slice(0, start).replace(/["“‘']/g, '')) &&
      opening.length >= 3 &&
      nounKind(opening[0]!.toLowerCase()) === 'person' &&
      nameKind([opening[0]!]) === 'unknown'
    ) {
      const rest = value.slice(opening[0]!.length).trim();
      start += value.indexOf(rest);
      value = rest;
    }
    // "non-League Yeading": a capitalised word joined to a lower-case prefix is a modifier ("not of
    // the League"), not the first word of the name after it; alone ("pro-Acme") it names nothing.
    if (/\p{Ll}-$/u.test(text.slice(Math.max(0, start - 2), start))) {
      const rest = value.replace(/^\S+\s+/, '');
      if (rest === value) continue;
      start += value.length - rest.length;
      value = rest;
    }
    // "Ruritania's Jane Smith", "Chelsea's Didier Drogba": the owner and the name are two.
    let offset = 0;
    for (const part of value.split(/(?<=['’]s)\s+/)) {
      const at = start + value.indexOf(part, offset);
      offset = at - start + part.length;
      let name = part.replace(/['’]s$/, '');
      // "The Newport-based athlete", "Leeds-born": the place, written as where.
      const where = /^(.+?)-(?:based|born|raised|headquartered)$/.exec(name);
      if (where) name = where[1]!;
      if (/^[A-Z]$/.test(name)) continue;
      // "Planning Minister Julio De Vido", "Prime Minister Tony Blair": the office is written
      // before the name, capitalised as part of it; the name is what follows its last title word
      // (two words at least: "General Motors" is no Motors with a rank).
      let nameAt = at;
      const words = name.split(/\s+/);
      const title = words.findLastIndex(isTitleWord);
      if (title >= 0 && words.length - title - 1 >= 2 && /^[A-Z]/.test(words[title + 1]!)) {
        const rest = words.slice(title + 1).join(' ');
        nameAt = at + name.lastIndexOf(rest);
        name = rest;
      }
      const before = text.slice(Math.max(0, nameAt - 40), nameAt);
      out.push({ text: name, index: nameAt, before: where ? `${before} in ` : before });
    }
  }
  return out;
}

/**
 * Every name a sentence writes, whatever its kind, but no nationality, role, event or day: what
 * may stand beside a noun the question asks for ("record company Universal").
 */
export function nameSpans(text: string): AnswerSpan[] {
  return nameRuns(text)
    .map(({ text: t, index }) => {
      // "the Tampa Bay Buccaneers American football team": the nationality qualifies the noun.
      const words = t.split(/\s+/);
      const last = words.at(-1)!;
      return words.length > 1 && nameKind([last]) === 'nationality'
        ? { text: words.slice(0, -1).join(' '), index }
        : { text: t, index };
    })
    .filter(
      (r) =>
        !isRoleOnly(r.text) &&
        nameKind(r.text.split(/\s+/)) !== 'nationality' &&
        !THING_WORD.test(r.text) &&
        !VENUE_WORD.test(r.text),
    );
}

/**
 * "in Park City", "Salt Lake City": a name ending in City is a town where the lexicon knows it as a
 * place or a preposition of place comes before it — not a club, which the lexicon knows as a body
 * ("Manchester City").
 */
function cityNamed(run: AnswerSpan & { before: string }, known: string): boolean {
  if (!/\sCity$/.test(run.text) || known === 'organisation') return false;
  return known === 'place' || PLACED_IN.test(run.before);
}

/**
 * "a live TV interview", "a laptop PC": an acronym written against a lower-case noun, as one word
 * of a compound, is a common noun shortened (television, computer), not the name of a body.
 */
function acronymOfCommonNoun(text: string, run: AnswerSpan & { before: string }): boolean {
  const after = /^\s+([a-z]+)/.exec(text.slice(run.index + run.text.length));
  const before = /(?:^|\s)([a-z]+)\s+$/.exec(run.before);
  // A noun of a kind beside it says what the acronym names ("separatist group ETA", "the ITN
  // reporter"); a rare acronym after a noun is a name set beside it ("steel giant LNM").
  const common = (w: string | undefined) =>
    w !== undefined && isNoun(w) && !isVerbForm(w) && !STOP.test(w) && nounKind(w) === null;
  return common(after?.[1]) || (common(before?.[1]) && commonWord(run.text));
}
/** Words of grammar, which WordNet may list as nouns too ("a", "I"). */
const STOP =
  /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|from|as|is|was|are|were|be|has|had|have|its|his|her|their|said|says|will|would|could|can)$/;

/**
 * A name's kind: the lexicon's word where it knows the name, else its shape and context — a title
 * before it or two words make a person; a body's word ("Bank", "Party") or an acronym an
 * organisation; a preposition of place before it a place.
 */
function runKind(
  text: string,
  run: AnswerSpan & { before: string },
  people?: () => ReadonlySet<string>,
): 'person' | 'place' | 'organisation' | null {
  const kind = kindOfRun(text, run, people);
  if (kind === null || kind === 'organisation' || !afterThe(run)) return kind;
  // "in The Hague", "at The Sage": a place the lexicon knows with its "The", a venue, or a name
  // written where something is held, keeps it.
  const known =
    kind === 'place' &&
    (VENUE_WORD.test(run.text) ||
      /\bat\s+The\s+$/.test(run.before) ||
      nameKind(['The', ...run.text.split(/\s+/).filter((w) => w !== 'The')]) === 'place');
  return known ? kind : null;
}

/**
 * "Martin Scorsese's The Aviator", "a revival of The Glass Menagerie": a name written after a
 * capitalised "The" inside a sentence is a title or a band's or paper's name, never a person's,
 * nor a place's unless known as one ("The Hague").
 */
function afterThe(run: AnswerSpan & { before: string }): boolean {
  return /^The\s/.test(run.text) || THE_INSIDE.test(run.before);
}
/** A capitalised "The" after a word of the sentence, not opening it or a quote. */
const THE_INSIDE = /[^\s.!?:;"“‘'(]\s+The\s+$/;

function kindOfRun(
  text: string,
  run: AnswerSpan & { before: string },
  people?: () => ReadonlySet<string>,
): 'person' | 'place' | 'organisation' | null {
  if (NUMBERED_NAME.test(run.text)) return numberedKind(text, run, people);
  const words = run.text.split(/\s+/).filter((w) => !/^(?:of|de|la|van|von|al|bin|el|the)$/.test(w));
  const known = nameKind(words);
  if (known === 'nationality' || isRoleOnly(run.text)) return null;
  if (known === 'unknown' && /^[A-Z]{2,}s?$/.test(run.text) && acronymOfCommonNoun(text, run)) return null;
  if (cityNamed(run, known)) return 'place';
  if (ORG_WORD.test(run.text) && known !== 'person') return 'organisation';
  // A word the lexicon knows as a first name, alone, is no one news names ("Chelsea", "Luca"):
  // people are named in full, then by surname — unless the article names someone in full with
  // it as the surname ("Andrea Arnold", then "Arnold's film").
  if (known === 'person' && words.length === 1 && !TITLE.test(run.before) && !people?.().has(words[0]!))
    return null;
  // "the Ethel Barrymore Theatre", "Kennedy Airport": a person's name before a venue's head noun is
  // the venue's, which is a place, not the person.
  if (known === 'person' && words.length >= 2 && VENUE_HEAD_NOUN.test(run.text)) return 'place';
  if (known !== 'unknown') return known;
  if (/^[A-Z]{2,}s?$/.test(run.text)) return 'organisation';
  // Events and things are written like names too: "Sunday's Carling Cup", "the Brit Awards".
  if (THING_WORD.test(run.text) || /['’]s\s/.test(run.text)) return null;
  // "the Frankfurt Stock Exchange", "at Riverside Church": a venue is a place.
  if (VENUE_WORD.test(run.text)) return 'place';
  if (TITLE.test(run.before)) return 'person';
  if (LOCATIVE.test(run.before)) return 'place';
  // Two to four capitalised words no lexicon knows are a person's name — unless all of them are
  // everyday words ("The Love Below", "Kisna - the Warrior Poet", "Grand Slams").
  if (words.length >= 2 && words.length <= 4) return words.every(commonWord) ? null : 'person';
  // "its state-controlled Acme", "handset maker Nokia": one word no lexicon knows, not the
  // surname of anyone the article names, is likelier a company's name than anything else.
  if (
    people &&
    words.length === 1 &&
    run.index > 0 &&
    // A sentence's first word after its opening quote is capitalised anyway ('"Somebody, I think …').
    (!/^["“'‘(]\s*$/.test(run.before.slice(-3)) || !commonWord(words[0]!)) &&
    /^[A-Z][a-z]{2,}$/.test(words[0]!) &&
    !people().has(words[0]!)
  )
    return 'organisation';
  return null;
}

/**
 * "Channel 4", "Band Aid 20": a name closed by a figure is a body or a thing, never a person; it is
 * a place only where the name before the figure is one ("Heathrow Terminal 5" aside, "Area 51").
 */
function numberedKind(
  text: string,
  run: AnswerSpan & { before: string },
  people?: () => ReadonlySet<string>,
): 'place' | 'organisation' | null {
  const base = { ...run, text: run.text.replace(NUMBERED_NAME, '') };
  // "About 300, most of them …": a sentence's capitalised first word before a figure is no name.
  if (/(?:^|[.!?:"“]\s*)$/.test(run.before) && commonWord(base.text)) return null;
  const kind = runKind(text, base, people);
  if (kind === 'place') return 'place';
  if (THING_WORD.test(base.text) || isRoleOnly(base.text)) return null;
  return 'organisation';
}

/** A season or feast before a year, which the two make a time: "Spring 2005", "Christmas 2004". */
const TIME_BEFORE = /\b(?:spring|summer|autumn|fall|winter|christmas|easter|new\s+year|q[1-4]|h[12]|fy)\s+$/i;

/** Weekday and month names, lower-cased. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()),
);

/** The capitalised words right before a figure: "won the San Jose five times" → San Jose. */
const NAME_BEFORE = /(?:^|[\s(])((?:[A-Z][\p{L}]*\s)+)$/u;

/**
 * "Agassi has won the San Jose five times": a count written in words after a place or a person
 * counts; only a body's or a title's name ends in one ("BBC Two", "Formula One").
 */
function countAfterPlaceOrPerson(text: string, index: number): boolean {
  if (!/^[a-z]/i.test(text.slice(index, index + 1))) return false;
  const run = NAME_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  if (!run) return false;
  const kind = nameKind(run[1]!.trim().split(/\s+/));
  return kind === 'place' || kind === 'person';
}

/**
 * Whether a figure is written right after a name, as part of it: "the FTSE 100", "Band Aid 20",
 * "Windows 95". A sentence's first word is capitalised anyway: there it is a name only when the
 * lexicon knows it as one ("Andre 3000 thanked fans", not "Around 200 fans").
 */
function afterName(text: string, index: number): boolean {
  // "the Cray-1", "an F-16": a figure joined to a capitalised word by a hyphen is a model's name.
  if (/(?:^|[\s(])[A-Z][\p{L}]*-$/u.test(text.slice(Math.max(0, index - 30), index))) return true;
  // "Spider-Man 2", "Half-Life 2": a name's words may be joined by hyphens.
  const m = /(?:^|[\s(])([A-Z][\p{L}]*(?:-[A-Z][\p{L}]*)*)\s$/u.exec(
    text.slice(Math.max(0, index - 30), index),
  );
  if (!m) return false;
  // "on Friday 15 protesters were arrested": a day's name before a count is no name it belongs to.
  if (
    CALENDAR_WORDS.has(m[1]!.toLowerCase()) &&
    /^[\d,.]*\s+[a-z]/.test(text.slice(index).replace(/^\d+/, ''))
  )
    return false;
  if (countAfterPlaceOrPerson(text, index)) return false;
  const start = index - m[1]!.length - 1;
  if (start > 0 && !/[.!?:"“]\s*$/.test(text.slice(0, start))) return true;
  const kind = nameKind([m[1]!]);
  return kind === 'person' || kind === 'organisation';
}

/**
 * Whether a measure qualifies a noun of a person ("the 4km champion", "a 100m sprinter"): it names
 * the event the person is known by, and measures nothing of what is asked.
 */
function namesEvent(text: string, span: AnswerSpan): boolean {
  if (!WHOLE_MEASURE.test(span.text)) return false;
  const next = /^[\s-]+([a-z]+)\b/.exec(text.slice(span.index + span.text.length))?.[1];
  return next !== undefined && nounKind(next) === 'person';
}

/**
 * Whether a number word is the first word of a name: "the Three Gorges Dam", "the Big Four" — a
 * capitalised number word mid-sentence, followed by a capitalised word.
 */
function inName(text: string, span: AnswerSpan): boolean {
  return (
    span.index > 0 &&
    /^[A-Z][a-z]/.test(span.text) &&
    !/[.!?:"“]\s*$/.test(text.slice(0, span.index)) &&
    /^\s+[A-Z]/.test(text.slice(span.index + span.text.length))
  );
}

/**
 * The surnames of the people a text (an article) names in full ("Andrea Arnold" → "Arnold"): news
 * names a person once in full, then by surname.
 */
export function namedPeople(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of nameRuns(text)) {
    const words = run.text.split(/\s+/);
    if (words.length < 2 || words.length > 3 || runKind(text, run) !== 'person') continue;
    // "Tim Henman's decision": the surname without its possessive.
    out.add(
      words
        .at(-1)!
        .replace(/[^\p{L}'’-]+$/u, '')
        .replace(/['’]s$/u, ''),
    );
  }
  return out;
}

const peopleMemo = new WeakMap<Article, Set<string>>();

/** namedPeople of an article's title and text, read once per article. */
export function articlePeople(article: Article): Set<string> {
  let people = peopleMemo.get(article);
  if (!people) peopleMemo.set(article, (people = namedPeople(`${article.title}.\n${article.text}`)));
  return people;
}

/**
 * Spans of the asked-for kind in `text`, in order; empty when the type names no span kind.
 * `people`: the surnames its article names in full (articlePeople), which a name alone may be;
 * read only when a name of one word needs them.
 */
export function answerSpans(
  text: string,
  type: AnswerType,
  people?: () => ReadonlySet<string>,
  /** An amount asked as a change ("how much did revenues grow?"): a share ("a 45% increase") answers too. */
  shares = false,
): AnswerSpan[] {
  switch (type) {
    case 'amount': {
      const weights = all(WEIGHT_RES, text);
      const amounts = all(AMOUNT_RES, text).filter((s) => !insideAny(s, weights));
      if (!shares) return amounts;
      const percents = all([NUMBER_RES[0]!], text).filter((s) => !insideAny(s, amounts));
      return [...amounts, ...percents].sort((a, b) => a.index - b.index);
    }
    case 'duration':
      // "losing $1m a week", "100,000 barrels a day", "twice a year": a rate's "a week" is no length.
      return all(DURATION_RES, text).filter(
        (span) =>
          !/^an?\s/i.test(span.text) ||
          !RATE_BEFORE.test(text.slice(Math.max(0, span.index - 40), span.index)),
      );
    case 'number': {
      // "overloaded by 700 pounds (320kg)": a weight is a measure, whole with its unit, not money.
      const weights = all(WEIGHT_RES, text);
      const amounts = all(AMOUNT_RES, text).filter((s) => !insideAny(s, weights));
      const years = /^(?:1[89]|20)\d{2}$/;
      // "from 8 November": a day of the month counts nothing.
      const days = findMentions(text)
        .filter((m) => m.shape.type === 'date')
        .map((m) => ({ text: m.words, index: m.index }));
      const numbers = all(NUMBER_RES, text).filter(
        (s) =>
          !years.test(s.text) &&
          !insideAny(s, days) &&
          !/^(?:one|a couple of|several|a few|half a)$/i.test(s.text) &&
          !insideAny(s, amounts) &&
          !insideAny(s, weights) &&
          !afterName(text, s.index) &&
          !inName(text, s) &&
          !namesEvent(text, s),
      );
      return [...numbers, ...weights].sort((a, b) => a.index - b.index);
    }
    case 'age':
      return all(AGE_RES, text);
    case 'score':
      return all(SCORE_RES, text);
    case 'date':
      // "Windows 2000", "Euro 2004": a bare year written after a name is part of the name, dating
      // nothing — but "Spring 2005", "Christmas 2004" are times.
      return findMentions(text)
        .map((m) => ({ text: m.words, index: m.index }))
        .filter(
          (s) =>
            !/^\d{4}$/.test(s.text) || !afterName(text, s.index) || TIME_BEFORE.test(text.slice(0, s.index)),
        );
    case 'person':
    case 'organisation':
    case 'place':
      return nameRuns(text)
        .filter((r) => {
          const kind = runKind(text, r, people);
          // "Mido joined Tottenham", "turned down a move to Birmingham": a town is also the club
          // named after it, when a verb of joining a body comes before it.
          if (kind === type) return true;
          if (type === 'organisation' && kind === 'place' && JOINED.test(r.before)) return true;
          // "met in the Defence Ministry", "talks at Leeds University": a body that is also a
          // building, written where something happened, is the place it happened.
          return (
            type === 'place' &&
            kind === 'organisation' &&
            BUILDING_BODY.test(r.text) &&
            PLACED_IN.test(r.before)
          );
        })
        .map(({ text: t, index }) => ({ text: t, index }));
    default:
      return [];
  }
}

/** A participle right before "in"/"on" (and so before a date it may be taken to date a thing). */
const PARTICIPLE_BEFORE_IN = /\b[a-z]+(?:ed|en)(?=\s+(?:in|on)\s)/g;

/**
 * "When did the worm first show up?" against "The worm first appeared on 20 December": sentence
 * dating leaves out a day written after a participle ("the deal signed in 2019" dates the deal),
 * but when that participle is the asked verb (`asked`: index terms, with the verb's forms and
 * meanings) the day dates what is asked. Those days only, in order.
 */
export function askedVerbDates(text: string, asked: () => ReadonlySet<string>): AnswerSpan[] {
  let masked = text;
  for (const m of text.matchAll(PARTICIPLE_BEFORE_IN)) {
    if (!queryTerms(m[0]).some((t) => asked().has(t))) continue;
    // Blanked to a word of the same length that is no participle: the days keep their places.
    masked = masked.slice(0, m.index) + 'x'.repeat(m[0].length) + masked.slice(m.index + m[0].length);
  }
  if (masked === text) return [];
  const dated = new Set(findMentions(text).map((m) => m.index));
  return findMentions(masked)
    .filter((m) => !dated.has(m.index))
    .map((m) => ({ text: text.slice(m.index, m.index + m.words.length), index: m.index }));
}

/**
 * "Who criticised the MPC?", "who did United draw?": news answers "who" with a body as often as a
 * person ("the House of Lords Economic Affairs Committee", "Middlesbrough").
 */
export function bodyMayAnswer(question: string, type: AnswerType): boolean {
  return type === 'person' && /^\W*(?:and\s+)?who(?:m|['’]s)?\b/i.test(question);
}

/**
 * The spans of the asked kind that `keep` keeps; for a "who" question naming no such person, the
 * bodies the sentence names instead.
 */
export function askedSpans(
  text: string,
  type: AnswerType,
  bodies: boolean,
  keep: (span: AnswerSpan) => boolean,
  people?: () => ReadonlySet<string>,
  shares = false,
): AnswerSpan[] {
  const all = answerSpans(text, type, people, shares);
  // A sentence naming a person, even only the question's own, tells of people: its bodies are
  // where they are or whom they serve.
  if (all.length > 0 || !bodies) return all.filter(keep);
  // Only a body named as one ("the Economic Affairs Committee"): a lone capitalised word ("the
  // Blues", "FTSE") is as likely a nickname or an index as who did it.
  return answerSpans(text, 'organisation', people)
    .filter(
      (s) =>
        /\s/.test(s.text) &&
        ORG_WORD.test(s.text) &&
        // "in Park City": where it happened, not who did it ("criticism from the Committee" is who).
        !PLACED_IN.test(text.slice(Math.max(0, s.index - 40), s.index)) &&
        keep(s),
    )
    .map((s) => ({ ...s, body: true }));
}

/** Whether the span starts inside one of the others: "45" of "$45m" is part of the amount. */
function insideAny(span: AnswerSpan, others: readonly AnswerSpan[]): boolean {
  return others.some((o) => span.index >= o.index && span.index < o.index + o.text.length);
}

/** The kinds that name a thing the sentence must hold, as opposed to reasons and yes/no. */
export function isSpanType(type: AnswerType): boolean {
  return (
    type === 'amount' ||
    type === 'duration' ||
    type === 'number' ||
    type === 'age' ||
    type === 'score' ||
    type === 'date' ||
    type === 'person' ||
    type === 'organisation' ||
    type === 'place'
  );
}

/** Titles and roles that come with a name but are not the answer ("Gen" of "Gen Naylor"). */
const TITLE_WORDS = new Set([...NAME_TITLES, ...'lady chairman princess coach manager boss'.split(' ')]);

/** Ranks written joined to another ("Col-Gen", "Lt-Col", "Maj-Gen", "Rear-Adm"). */
const RANK_PARTS = new Set(
  'lt lieut maj brig sgt cpl adm cmdr cdr rear vice field air col gen general'.split(' '),
);

/** A title word, or ranks joined by hyphens ("Maj-Gen Peter Ward"), each part a title or rank. */
function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (TITLE_WORDS.has(lower)) return true;
  const parts = lower.split('-');
  return parts.length > 1 && parts.every((p) => TITLE_WORDS.has(p) || RANK_PARTS.has(p));
}

/** Words of a role's name, capitalised in titles: "Chief of General Staff", "Air Marshal", "Foreign Minister". */
const ROLES = new Set([
  ...ROLE_WORDS,
  ...'force home executive officer head commissioner spokeswoman envoy director and for'.split(' '),
]);

/**
 * A capitalised run that names a role, not who holds it: "Chief of General Staff of Freedonian",
 * "Staff", "Air". Titles, role words and nationalities only.
 */
export function isRoleOnly(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.every((w) => {
      const lower = w.toLowerCase().replace(/[.'’]+$/, '');
      return isTitleWord(lower) || ROLES.has(lower) || nameKind([w]) === 'nationality';
    })
  );
}

/**
 * A span that says something the question did not: "Peter Baxter" for "who did Naylor meet?",
 * not "Gen Naylor" (its title aside, only the question's own name).
 */
export function isFreshSpan(span: AnswerSpan, questionWords: ReadonlySet<string>): boolean {
  const words = span.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // "Malcolm Glazer" is the question's "Glazer": a name is known by its last word.
  if (words.length > 1 && /^[A-Z]/.test(span.text) && questionWords.has(words.at(-1)!)) return false;
  // "Cairn Energy" is the question's "Cairn": a known name and only a body's words after it.
  if (
    words.length > 1 &&
    /^[A-Z]/.test(span.text) &&
    questionWords.has(words[0]!) &&
    span.text
      .split(/\s+/)
      .slice(1)
      .every((w) => ORG_WORD.test(w))
  )
    return false;
  // "Eighteen" is the question's "18 former directors" written out.
  // Not a title's number ("three awards" for "did Burnout 3 win").
  const value = String(wordValue(words[0]!));
  if (words.length === 1 && questionWords.has(value) && !questionWords.has(titleNumberKey(value)))
    return false;
  return words.some((w) => !questionWords.has(w) && !TITLE_WORDS.has(w));
}

/** "How much does he earn a week?", "what is it paying per share?": the unit an amount is asked per. */
export function askedRate(question: string): string | null {
  return (
    /\b(?:a|an|per|each|every)\s+(week|month|year|day|hour|game|match|season|share|head|person|barrel|ticket)\b/i
      .exec(question)?.[1]!
      .toLowerCase() ?? null
  );
}

/**
 * Whether an amount is stated per that unit: "£50,000 a week", "300p per share", "$50 (£27) a
 * barrel", "shares at 570 rupees".
 */
export function carriesRate(text: string, span: AnswerSpan, rate: string): boolean {
  // "buy back 52 million shares at 570 rupees": the unit before, priced at the amount.
  if (
    new RegExp(`\\b${rate}s?\\s+(?:at|for)\\s+$`, 'i').test(
      text.slice(Math.max(0, span.index - 30), span.index),
    )
  )
    return true;
  const after = text.slice(span.index + span.text.length, span.index + span.text.length + 40);
  // "£265m annually", "£300 weekly": the rate said as its adverb.
  const adverb = RATE_ADVERBS[rate];
  return new RegExp(
    `^\\s*(?:\\([^)]{1,20}\\)\\s*)?(?:-\\s*)?(?:(?:a|an|per|each|every)[\\s-]+${rate}s?${adverb ? `|${adverb}` : ''})\\b`,
    'i',
  ).test(after);
}

/** The adverbs news writes a rate of time as: "annually" is "a year". */
const RATE_ADVERBS: Readonly<Record<string, string>> = {
  year: 'annually|yearly|per\\s+annum',
  month: 'monthly',
  week: 'weekly',
  day: 'daily',
  hour: 'hourly',
};

/**
 * Whether a length of time is one the question asks: "two years ago" tells how long since, which
 * answers "how long has it been?", not "how long did the match last?"; "aged 18 years" is an age.
 */
export function isAskedLength(question: string, text: string, span: AnswerSpan): boolean {
  const after = text.slice(span.index + span.text.length);
  // "Aged 18 years", "18 years old": an age, which "how long" does not ask.
  if (/\baged\s+$/i.test(text.slice(Math.max(0, span.index - 10), span.index)) || /^[\s-]+old\b/i.test(after))
    return false;
  if (!/^\s+ago\b/i.test(after)) return true;
  return /\b(?:since|ago|been)\b/i.test(question);
}

/**
 * Whether a span of the asked kind is of the kind asked in full: an amount asked per week stated
 * per week, a length that is no age and no time ago unless asked so. Read once per question, then
 * asked of each span, by retrieval and the lead alike.
 */
/** A question for a share: "what proportion", "what percentage", "what share of". */
const ASKED_SHARE = /^\W*(?:\w+\s+){0,3}?what\s+(?:proportion|percentage|share|fraction)\b/i;
/** Whether a question asks for a share: "what proportion of jobs …?". */
export function asksShare(question: string): boolean {
  return ASKED_SHARE.test(question);
}
/** "How many …?": a count asked. */
const COUNT_ASKED = /\bhow\s+many\b/i;
/** A percentage ("2.1%", "15 per cent"); "half a million" is a count. */
const PERCENT_SPAN = /%|\bper\s?cent\b|\bpercent\b/i;
/** A share as news writes it: "36%", "15 per cent", "a third". */
const SHARE_SPAN = /%|\bper\s?cent\b|\bpercent\b|\b(?:half|third|quarter|fifth|tenth)s?\b/i;
/** "one in five", "three out of four", "36 per cent" written after the figure. */
const SHARE_AFTER =
  /^\s*(?:%|per\s?cent\b|percent\b|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b|out\s+of\b)/i;

/** The size of place a question asks for: "in which city", "what country". */
const ASKED_SCALE = /\b(?:which|what)\s+(?:[a-z-]+\s+)?(city|town|village|country|nation)\b/i;

/** "In which month …?", "on which weekday …?": the unit a date is asked in. */
export const DATE_UNIT_ASKED = /\b(?:which|what)\s+(month|year|weekday|day\s+of\s+the\s+week)\b/i;
/** "On which weekday …?": a weekday alone answers, where it only points at a date otherwise. */
export function asksWeekday(question: string): boolean {
  return DATE_UNIT_ASKED.exec(question)?.[1]?.toLowerCase().includes('week') ?? false;
}

/** What a date must write to be in the asked unit: "2009" does not say which month. */
const DATE_UNIT_SAID: Readonly<Record<string, RegExp>> = {
  month: new RegExp(`\\b(?:${[...MONTH_NAMES, ...MONTH_SHORT_FORMS].join('|')})\\b`, 'i'),
  year: /\b(?:1[89]|20)\d{2}\b|\b(?:last|next|this)\s+year\b/i,
  weekday: new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b|\\b(?:today|tomorrow|yesterday)\\b`, 'i'),
};

/** "Which Spaniard won …?": the nationality a question asks for as a person, or null. */
function askedNationality(question: string): string | null {
  const m = /^\W*(?:[Ww]hich|[Ww]hat)\s+([A-Z][\p{L}]+)\s+(?!of\b)[a-z]/u.exec(question);
  return m && nameKind([m[1]!]) === 'nationality' ? m[1]! : null;
}

/**
 * Whether the sentence gives the person at `span` a nationality other than `asked`: "the USA's Andy
 * Roddick" is no Spaniard. Written as a country owning the name ("Spain's Carlos Moya") or a
 * nationality before it ("Hungarian Petra Mandula"); a country is the nationality's when their
 * names begin alike (Spain, Spaniard) or news writes one for the other (USA, American).
 */
function otherNation(text: string, span: AnswerSpan, asked: string): boolean {
  const stated = statedNation(text, span);
  return stated !== null && !sameNation(stated, asked);
}

/** The country or nationality the sentence gives the name at `span`, or null when it gives none. */
export function statedNation(text: string, span: AnswerSpan): string | null {
  const before = text.slice(Math.max(0, span.index - 40), span.index);
  const owner = /([A-Z][\p{L}.]*(?:\s[A-Z][\p{L}]*)?)['’]s?\s+$/u.exec(before)?.[1];
  const first = span.text.split(/\s+/)[0]!;
  return owner && nameKind(owner.split(' ')) === 'place'
    ? owner
    : nameKind([first]) === 'nationality' && span.text.includes(' ')
      ? first
      : introducedNation(before);
}

/** Whether a stated country or nationality is the asked one (Spain, Spaniard; UK, British). */
function sameNation(stated: string, asked: string): boolean {
  const a = asked.toLowerCase();
  const same = (form: string) => form.toLowerCase().slice(0, 3) === a.slice(0, 3);
  return same(stated) || placeForms(stated.split(' ')).some((f) => same(f.join(' ')));
}

/**
 * "Which British company …?": of a sentence's names, those it introduces by the asked country or
 * nationality ("the UK food group Vestey", not "Agroflora, a subsidiary of …"); all when none is.
 */
export function ofAskedNation(question: string, text: string, spans: readonly AnswerSpan[]): AnswerSpan[] {
  const of = nationalSpans(question, text, spans);
  return of.length > 0 ? of : [...spans];
}

/** The spans the sentence introduces by the country or nationality the question asks; none when it asks none. */
export function nationalSpans(question: string, text: string, spans: readonly AnswerSpan[]): AnswerSpan[] {
  const m = /^\W*(?:[Ww]hich|[Ww]hat)\s+([A-Z][\p{L}]+)\s+(?!of\b)[a-z]/u.exec(question);
  const kind = m ? nameKind([m[1]!]) : null;
  if (!m || (kind !== 'nationality' && kind !== 'place')) return [];
  return spans.filter((s) => {
    const stated = statedNation(text, s);
    return stated !== null && sameNation(stated, m[1]!);
  });
}

/** Words that end the phrase introducing a name: "while", "the", "by", a verb of speech. */
const PHRASE_BREAK =
  /^(?:the|a|an|and|or|of|by|with|to|in|at|for|from|on|while|when|as|but|after|before|that|who|which|is|was|were|are|has|had|have|said|says|told)$/;

/**
 * The nationality or country opening the phrase that introduces a name: "Swedish triple jumper
 * Christian Olsson", "Norway Army Chief General Sverre Diesen" (a body's name, "Manchester United
 * striker", is none). `before`: the text right before the name.
 */
function introducedNation(before: string): string | null {
  if (!/\s$/.test(before)) return null;
  const words = before.trim().split(/\s+/).slice(-5);
  const cut = words.findLastIndex((w) => !/^(?:[A-Z][\p{L}.-]*|[a-z-]+)$/u.test(w) || PHRASE_BREAK.test(w));
  const phrase = words.slice(cut + 1);
  // The last run of capitalised words, only lower-case role words after it ("triple jumper").
  let end = phrase.length;
  while (end > 0 && !/^[A-Z]/.test(phrase[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /^[A-Z]/.test(phrase[start - 1]!)) start--;
  const run = phrase.slice(start, end);
  if (run.length === 0) return null;
  const kind = nameKind(run);
  if (kind === 'place' || kind === 'nationality') return run.join(' ');
  return kind === 'unknown' && /^(?:place|nationality)$/.test(nameKind([run[0]!])) ? run[0]! : null;
}

/**
 * The people the texts (a question's evidence) give a nationality other than the one the question
 * asks for ("the USA's Andy Roddick" for "Which Spaniard …?"), by full name and surname: no answer
 * in any sentence, which may name them without it ("Moya beat Andy Roddick").
 */
export function foreignPeople(question: string, texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  const nation = askedNationality(question);
  if (!nation) return out;
  for (const text of texts)
    for (const span of answerSpans(text, 'person'))
      if (otherNation(text, span, nation)) {
        out.add(span.text);
        out.add(span.text.split(/\s+/).at(-1)!);
      }
  return out;
}

/** "When is the event?", "when does it go on sale?": a date asked in the present or the future. */
const PRESENT_WHEN = /^\W*(?:and\s+)?when\s+(?:is|are|will|does|do)\b/i;
/** "When will the beta be ready?", "by what year does it hope to triple output?": a date to come. */
const FUTURE_ASKED = /\bwill\b|\b(?:hopes?|plans?|wants?|expects?|aims?|intends?)\s+to\b/i;
/** A verb of what happened: "it bought", "production began to fall", "news in 2004 was …". */
const PAST_VERB =
  /\b(?:was|were|had|did|began|bought|sold|became|came|went|took|made|rose|fell|grew|won|lost|(?:it|he|she|they|we|who|which)\s+[a-z]{3,}ed)\b/i;
/** Words of what is to come, which a date beside a past verb may still be ("was due in March"). */
const FUTURE_WORD =
  /\b(?:will|would|due|expected|set\s+to|plans?|planned|aims?|hopes?|until|scheduled|next|by)\b/i;

/**
 * Whether the clause a date is in (between commas or semicolons) tells what happened then: "In
 * December 2004 it bought a rival" dates nothing still to come.
 */
function toldAsPast(text: string, span: AnswerSpan): boolean {
  const before = text.slice(0, span.index);
  const after = text.slice(span.index + span.text.length);
  // A comma between digits ("400,000") is part of a figure, not a clause's end.
  const start = Math.max(...[...before.matchAll(CLAUSE_MARK)].map((m) => m.index! + 1), 0);
  const end = after.search(CLAUSE_MARK);
  const clause = `${before.slice(start)}${span.text}${end < 0 ? after : after.slice(0, end)}`;
  return PAST_VERB.test(clause) && !FUTURE_WORD.test(clause);
}
/** A comma or semicolon ending a clause, not one inside a figure. */
const CLAUSE_MARK = /[,;](?!\d)/g;

/** "30 years ago": a time gone by, which dates nothing now or to come. */
const AGO_SPAN = /\bago$/i;

export function askedFit(question: string, type: AnswerType): (text: string, span: AnswerSpan) => boolean {
  const rate = type === 'amount' ? askedRate(question) : null;
  // "In which city …?": not a country, nor a city for "which country".
  const scale = type === 'place' ? ASKED_SCALE.exec(question)?.[1]?.toLowerCase() : undefined;
  const unfit = scale ? (/^(?:country|nation)$/.test(scale) ? 'city' : 'country') : null;
  // "What proportion of jobs …?": a share, not a count ("19 million people").
  const share = type === 'number' && ASKED_SHARE.test(question);
  const unit = type === 'date' ? DATE_UNIT_ASKED.exec(question)?.[1]?.toLowerCase() : undefined;
  const unitSaid = unit ? DATE_UNIT_SAID[unit.includes('week') ? 'weekday' : unit] : undefined;
  // "How much has the bank pledged?": a quantity, never a count of people ("two million people").
  const people = type === 'number' && /^\W*how\s+much\b/i.test(question) ? countedForms('people') : null;
  const nation = type === 'person' ? askedNationality(question) : null;
  // "How many cars did Acme sell?": "2.1% more cars" is a change in the count, not the count.
  const counted = type === 'number' && !share && COUNT_ASKED.test(question);
  const ahead = type === 'date' && PRESENT_WHEN.test(question);
  const future = type === 'date' && FUTURE_ASKED.test(question);
  return (text, span) =>
    (!ahead || !AGO_SPAN.test(span.text)) &&
    (!future || !toldAsPast(text, span)) &&
    (!counted || !PERCENT_SPAN.test(span.text)) &&
    (!nation || !otherNation(text, span, nation)) &&
    // "1.8GB of data": a figure with its unit measures what follows, counting none of it.
    (!people || WHOLE_MEASURE.test(span.text) || !countsNoun(text, span, people)) &&
    (!unitSaid || unitSaid.test(span.text)) &&
    (!share || SHARE_SPAN.test(span.text) || SHARE_AFTER.test(text.slice(span.index + span.text.length))) &&
    (!rate || carriesRate(text, span, rate)) &&
    (type !== 'duration' || isAskedLength(question, text, span)) &&
    (!unfit || placeScale(span.text) !== unfit);
}
