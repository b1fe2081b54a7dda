/**
 * The values a sentence states, each with its unit and the thing it measures: counts ("killed 12
 * people" -> 12 dead; "the death toll rose to 15" -> 15 dead; "15 injured"), amounts with their
 * currency ("$3m", "£1.3bn"), ages, durations, times of day, distances and percentages. Two values
 * can only disagree when they measure the same thing in the same unit; that is what `key` and
 * `what` carry. Read with patterns, not a tagger: compromise parses the same numbers at ~10 ms a
 * sentence (measured here, 0.5 ms for a bare number phrase), more than a whole answer may take, and
 * reads "1.5m" as 1.5.
 */
import { isStopword, stem } from '../../corpus/tokenize.js';
import { Memo } from '../memo.js';
import { TENS_WORDS, UNIT_WORDS } from './number-words.js';

export type QuantityKind = 'count' | 'amount' | 'age' | 'duration' | 'time' | 'distance' | 'percent';

export interface Quantity {
  kind: QuantityKind;
  /** The unit values of this key are comparable in: a currency, "m" for distances, "day"... */
  unit: string;
  /** The value in that unit, as stated. */
  value: number;
  /** What the wording allows: "at least 12" is [12, ∞), "about 300" is [270, 330]. */
  low: number;
  high: number;
  /**
   * What is measured: a counting concept ("dead", "injured", "arrested") or, when none is named,
   * word stems next to the value ("fine", "stake", "crash"). Two values are of one thing when their
   * `what`s share a member.
   */
  what: string[];
  /** A concept from the lexicon below, when one names what is counted: only those need no context. */
  concept: string | null;
  /** Names written in the value's clause, lower-cased ("altria"): whose value it is. */
  names: string[];
  /** Decimal places as written: "29%" is a rounding of 28.9%, "£3m" is not one of £3.5m. */
  decimals: number;
  /** As written: "12 people", "$3m", "aged 34". */
  shown: string;
  at: number;
  end: number;
}

/**
 * Concepts of news counts: the words that say what a number of people (or things) underwent.
 * A count of "people" alone says nothing; "12 people were killed" and "death toll of 12" say the
 * same. General newswire vocabulary, not any story's.
 */
const CONCEPTS: readonly [string, RegExp][] = [
  [
    'dead',
    /^(?:kill(?:ed|ing|s)?|dead|died|dies|dying|deaths?|fatalit(?:y|ies)|fatally|perished|bodies|toll|lives)$/,
  ],
  ['injured', /^(?:injur(?:ed|ing|ies|y)|hurt|wound(?:ed|ing)|hospitali[sz]ed)$/],
  ['casualties', /^casualt(?:y|ies)$/],
  ['arrested', /^(?:arrest(?:ed|ing|s)?|detain(?:ed|ing)|detentions?|custody)$/],
  ['charged', /^(?:charg(?:ed|ing))$/],
  ['missing', /^(?:missing|unaccounted)$/],
  ['evacuated', /^(?:evacuat(?:ed|ing|ion)|displaced|homeless)$/],
  ['rescued', /^(?:rescu(?:ed|ing)|saved)$/],
  ['jobs', /^(?:jobs?|redundanc(?:y|ies)|posts)$/],
];

/** Nouns that name who is counted but not what happened to them. */
const GENERIC =
  /^(?:people|persons?|men|women|children|adults|others|individuals|residents|civilians|victims|of|them)$/;

// Longest words first ("fourteen" before "four"), and whole words only.
const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const WORD_NUMBER = `(?:(?:${byLength(Object.keys(TENS_WORDS))})(?:[- ](?:${byLength(Object.keys(UNIT_WORDS).slice(1, 10))}))?|${byLength(Object.keys(UNIT_WORDS))}|a dozen|a hundred)(?![\\p{L}])`;
/** A number as news writes it: "12", "1,200", "1.5", "twenty-three", "a dozen", then a scale. */
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|(?:${WORD_NUMBER})(?:\\s+(?:hundred|thousand))?`;
const SCALE = '(?:\\s?(?:bn|billion|m|mn|million|k|thousand|tn|trillion)\\b)?';
const SCALES: Record<string, number> = {
  bn: 1e9,
  billion: 1e9,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  k: 1e3,
  thousand: 1e3,
  tn: 1e12,
  trillion: 1e12,
};

/** "twenty-three" -> 23, "1,200" -> 1200, "a dozen" -> 12; null when it is no number. */
export function parseNumber(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^[\d,]+(?:\.\d+)?$/.test(t)) return Number(t.replace(/,/g, ''));
  if (t === 'a dozen') return 12;
  if (t === 'a hundred') return 100;
  let total = 0;
  let current = 0;
  for (const w of t.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNIT_WORDS) current += UNIT_WORDS[w]!;
    else if (w in TENS_WORDS) current += TENS_WORDS[w]!;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

const CURRENCY_SYMBOL: Record<string, string> = {
  $: 'usd',
  us$: 'usd',
  '£': 'gbp',
  '€': 'eur',
  '¥': 'jpy',
  a$: 'aud',
  c$: 'cad',
  hk$: 'hkd',
  rs: 'inr',
};
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'usd',
  dollars: 'usd',
  pound: 'gbp',
  pounds: 'gbp',
  euro: 'eur',
  euros: 'eur',
  yen: 'jpy',
  rupees: 'inr',
  roubles: 'rub',
  rubles: 'rub',
  yuan: 'cny',
  pence: 'gbx',
};

const TIME_UNIT: Record<string, number> = {
  minute: 1 / 1440,
  hour: 1 / 24,
  day: 1,
  night: 1,
  week: 7,
  fortnight: 14,
  month: 365 / 12,
  year: 365,
};
const DISTANCE_UNIT: Record<string, number> = {
  km: 1000,
  kilometre: 1000,
  kilometer: 1000,
  mile: 1609.344,
  metre: 1,
  meter: 1,
  m: 1,
  ft: 0.3048,
  feet: 0.3048,
  foot: 0.3048,
  yard: 0.9144,
};

const QUALIFIER =
  /\b(at least|more than|over|up to|fewer than|less than|nearly|almost|about|around|approximately|roughly|some|an estimated)\s*$/i;

/**
 * A distance or a duration read at text[at, stop): `first` (to `second`, a range) of a unit worth
 * `factor` base units, bounded by the wording before it; null when that wording makes it no value.
 * `after`: words after it that say what is measured.
 */
function measured(
  kind: 'distance' | 'duration',
  unit: string,
  first: number,
  second: number | null,
  factor: number,
  text: string,
  at: number,
  stop: number,
  after: number,
): Omit<Quantity, 'names' | 'decimals'> | null {
  const bounded = bounds(text.slice(Math.max(0, at - 40), at), first * factor);
  if (!bounded) return null;
  return written(
    {
      kind,
      unit,
      value: first * factor,
      low: second !== null ? first * factor : bounded[0],
      high: second !== null ? second * factor : bounded[1],
    },
    text,
    at,
    stop,
    3,
    after,
  );
}

/**
 * A value as the text writes it in [at, stop): its words as shown, and what it is of (the stems of
 * up to `before` words before it and `after` after, as contextWhat reads them).
 */
function written(
  value: Pick<Quantity, 'kind' | 'unit' | 'value' | 'low' | 'high'>,
  text: string,
  at: number,
  stop: number,
  before: number,
  after: number,
): Omit<Quantity, 'names' | 'decimals'> {
  return {
    ...value,
    what: contextWhat(text, at, stop, before, after),
    concept: null,
    shown: text.slice(at, stop).trim(),
    at,
    end: stop,
  };
}

/** "at least 12" and the like: how the wording bounds the value. */
function bounds(before: string, value: number): [number, number] | null {
  const b = before.toLowerCase();
  if (/\b(?:dozens|hundreds|thousands|scores|millions)\s+of\s*$/.test(b)) return null;
  if (
    /\b(?:at least|more than|over|upwards of|in excess of|above|exceeding|no fewer than|no less than)\s*$/.test(
      b,
    )
  )
    return [value, Infinity];
  if (/\b(?:up to|fewer than|less than|under|below|as many as|as much as|no more than)\s*$/.test(b))
    return [0, value];
  if (/\b(?:nearly|almost|just under|close to)\s*$/.test(b)) return [value * 0.8, value];
  if (
    /\b(?:about|around|approximately|roughly|some|an estimated|estimated|reportedly|up to about|c\.)\s*$/.test(
      b,
    )
  )
    return [value * 0.9, value * 1.1];
  return [value, value];
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Lower-case words of `text`, each with where it is, as read by the windows below. */
function wordsIn(text: string): { w: string; at: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ w: m[0].toLowerCase(), at: m.index }));
}

/** The words right before `at`, nearest first, up to a clause break or another number. */
function wordsBefore(text: string, at: number, max: number): string[] {
  const head = text.slice(Math.max(0, at - 80), at);
  const cut = Math.max(
    head.lastIndexOf(','),
    head.lastIndexOf(';'),
    head.lastIndexOf(':'),
    head.lastIndexOf('('),
    head.lastIndexOf(' - ') >= 0 ? head.lastIndexOf(' - ') + 2 : -1,
    head.search(/\d[^\d]*$/),
  );
  const clause = cut >= 0 ? head.slice(cut + 1) : head;
  return wordsIn(clause)
    .map((x) => x.w)
    .reverse()
    .slice(0, max);
}

/** The words right after `at`, up to a clause break or another number. */
function wordsAfter(text: string, at: number, max: number): string[] {
  const tail = text.slice(at, at + 80);
  const cut = tail.search(/[,;:()]|\d|\s(?:and|but|while|whereas)\s/);
  return wordsIn(cut >= 0 ? tail.slice(0, cut) : tail)
    .map((x) => x.w)
    .slice(0, max);
}

/** The counting concept a word names ("died" -> "dead"), or null. */
export function conceptOf(word: string): string | null {
  for (const [name, re] of CONCEPTS) if (re.test(word)) return name;
  return null;
}

/** Content stems of words, leaving out stopwords and number words. */
function stemsOf(words: readonly string[]): string[] {
  return words
    .filter(
      (w) => w.length > 2 && !isStopword(w) && !(w in UNIT_WORDS) && !(w in TENS_WORDS) && !(w in SCALES),
    )
    .map((w) => stem(w.replace(/['’]s$/, '')));
}

const VERBS_TO_SKIP =
  /^(?:were|was|have|has|had|been|be|are|is|reported|reportedly|confirmed|believed|thought|said|feared|now|also|all|being|later)$/;

/** What a count counts: a concept named right before, after or by the noun, else the noun. */
function countWhat(text: string, at: number, end: number): { what: string[]; concept: string | null } | null {
  const before = wordsBefore(text, at, 16).filter(
    (w) =>
      !/^(?:at|least|more|than|about|around|some|nearly|almost|over|up|to|of|an|estimated|the|a|by|rose|risen|climbed|stood|stands|reached|is|was|now|has|had|rise|jumped|increased|fell)$/.test(
        w,
      ),
  );
  const after = wordsAfter(text, end, 6);
  // The counted noun comes right after the number ("12 people"); "12 in the crash" names none.
  const noun = after[0] && !isStopword(after[0]) ? after[0] : '';
  const nounConcept = noun ? conceptOf(noun) : null;
  if (nounConcept) return { what: [nounConcept], concept: nounConcept };
  // "killed 12", "death toll of 12": the verb or noun before names it.
  // "the death toll rose to 15", "the number of injured is 30": a linking word before the value
  // lets the concept stand anywhere earlier in the clause; otherwise it must be right before.
  const linked = /\b(?:to|at|of|reached|reaches|hit|passed|stands|stood|is|was|now)\s*$/i.test(
    text
      .slice(Math.max(0, at - 24), at)
      .replace(/\b(?:at least|more than|about|around|some|nearly|almost|over)\s*$/i, ''),
  );
  const near =
    before
      .slice(0, linked ? before.length : 2)
      .map(conceptOf)
      .find((c) => c !== null) ?? null;
  if (near && (noun === '' || GENERIC.test(noun) || !/^[a-z]/.test(noun)))
    return { what: [near], concept: near };
  // "12 people were killed", "12 died": the verb after names it.
  const rest = after.slice(noun && GENERIC.test(noun) ? 1 : 0).filter((w) => !VERBS_TO_SKIP.test(w));
  const later =
    rest
      .slice(0, 2)
      .map(conceptOf)
      .find((c) => c !== null) ??
    (noun && conceptOf(noun));
  if (later && (!noun || GENERIC.test(noun) || noun === rest[0])) return { what: [later], concept: later };
  if (near && !noun) return { what: [near], concept: near };
  if (!noun || !/^[a-z]/.test(noun) || isStopword(noun) || GENERIC.test(noun)) return null;
  // A count of things ("1,200 jobs", "40 passengers"): the thing, and the word before it.
  return { what: stemsOf([noun]), concept: null };
}

/**
 * Families of words news uses for one measured thing: "jailed for six years" and "a seven-year
 * prison sentence" are both a sentence; "a $2.1bn takeover" and "a deal worth $2.4bn" both a deal.
 */
const FAMILIES: readonly [string, RegExp][] = [
  ['=sentence', /^(?:jail(?:ed)?|prison|imprison(?:ed|ment)|sentenc(?:e|ed)|custod(?:y|ial)|term)$/],
  ['=strike', /^(?:strikes?|walk-?outs?|stoppages?|industrial)$/],
  ['=visit', /^(?:visits?|trips?|tours?|stay)$/],
  ['=ban', /^(?:ban(?:ned)?|suspen(?:ded|sion)|disqualif(?:ied|ication))$/],
  [
    '=deal',
    /^(?:deals?|takeovers?|bids?|offers?|acquisitions?|acquire[sd]?|buy(?:ing|out)?|bought|purchases?|merger|valu(?:ed|ing)|worth)$/,
  ],
  ['=fine', /^(?:fine[sd]?|penalt(?:y|ies)|damages|compensation|settlement)$/],
  ['=profit', /^(?:profits?|earnings|income)$/],
  ['=sales', /^(?:sales|revenues?|turnover)$/],
  ['=loss', /^(?:loss(?:es)?)$/],
  ['=debt', /^(?:debts?|borrowings?)$/],
  ['=pay', /^(?:pay|salar(?:y|ies)|wages?|raise|rise)$/],
  ['=stake', /^(?:stakes?|shareholdings?|holdings?)$/],
];

/** Stems around a value, with their families, for kinds that name what they measure in free words. */
function contextWhat(text: string, at: number, end: number, before = 3, after = 2): string[] {
  // Names say whose value it is (`names`), not what is measured.
  const lower = (w: string) => !names.has(w);
  const names = new Set(clauseNames(text, at, end));
  const words = [...wordsBefore(text, at, before), ...wordsAfter(text, end, after)].filter(lower);
  const families = FAMILIES.filter(([, re]) => words.some((w) => re.test(w))).map(([name]) => name);
  return [...new Set([...stemsOf(words), ...families])];
}

const NUMBER_RE = new RegExp(
  `(?<![\\w.,$£€¥-])(?:(US\\$|A\\$|C\\$|HK\\$|Rs\\.?\\s?|[$£€¥])\\s?)?(${NUMBER})(?:\\s?(?:-|–|to)\\s?[$£€¥]?(${NUMBER}))?(${SCALE})`,
  'giu',
);

const AGE_RE = /\b(\d{1,3})-year-old\b|\baged\s(\d{1,3})\b|(?<=[A-Z][\p{L}'’-]+,\s)(\d{2})(?=,(?!\d))/gu;
const TIME_RE =
  /\b(?:at|by|around|about|shortly (?:after|before)|just (?:after|before)|after|before|until)\s+(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)|\b(?:at|by|around|about)\s+([01]\d|2[0-3])[:.]?([0-5]\d)\s?(GMT|BST|UTC|CET|EST|local time|hrs|hours)/gi;

/** "a 10km stretch": a unit after a number, with what it measures in reach. */
function unitAfter(text: string, end: number): { word: string; length: number } | null {
  const m =
    /^[\s-]?(km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|ft|feet|foot|yards?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?)\b/i.exec(
      text.slice(end, end + 16),
    );
  return m ? { word: m[1]!.toLowerCase().replace(/s$/, ''), length: m[0].length } : null;
}

const MILLIONS_OF =
  /^\s?(?:more\s+|new\s+|extra\s+)?(?:people|users|customers|viewers|subscribers|homes|households|passengers|shares|copies|tonnes|barrels|visitors|votes|jobs|workers|members|tickets|units|cars|vehicles|phones|accounts)\b/i;

/** Whether "N years" is an age, a time ago or a long-ago occasion rather than a duration. */
const NOT_DURATION_AFTER = /^[\s-]?(?:old|ago|earlier|later|before|after|since|on|time)\b/i;

/**
 * Values that are not what the report states happened: the old value of a change ("from £900m",
 * "against $66m a year earlier"), an expectation ("expectations of 190,000"), and an amount in
 * brackets that converts the one before it ("14bn euros ($18.3bn; £9.6bn)").
 */
function notReported(text: string, at: number, end: number, kind: Quantity['kind']): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(end, end + 30);
  if (
    /\b(?:from|against|compared (?:with|to)|versus|vs\.?|down from|up from)\s+(?:an?\s+|the\s+)?(?:estimated\s+|revised\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (
    /^\s*(?:a|the|one|in the|over the)?\s*(?:year|month|week|quarter|day)s?\s+(?:earlier|before|ago)\b|^\s*(?:the|in the)\s+previous\b|^\s*(?:last|previously|earlier)\b/i.test(
      after,
    )
  )
    return true;
  if (/\b(?:expectations?|forecasts?|predictions?|estimates?)\s+(?:of|for)\s+(?:an?\s+)?$/i.test(before))
    return true;
  if (
    kind === 'amount' &&
    /(?:\(|\(\s*[^()]*;)\s*$/.test(before) &&
    /\d[^()]*\(\s*[^()]*$/.test(before + ' ')
  )
    return true;
  return false;
}

/** Decimal places of the figure as written ("£3.5m" 1, "29%" 0). */
function decimalsOf(written: string): number {
  return /\d\.(\d+)/.exec(written)?.[1]?.length ?? 0;
}

const NOT_NAMES =
  /^(?:The|A|An|But|And|In|On|At|It|He|She|They|This|That|Its|His|Her|Mr|Mrs|Ms|Dr|However|Meanwhile|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Capitalised words of the value's clause: who or what it belongs to. */
function clauseNames(text: string, at: number, end: number): string[] {
  const head = text.slice(0, at);
  const start =
    Math.max(
      head.lastIndexOf(','),
      head.lastIndexOf(';'),
      head.lastIndexOf(' - '),
      head.lastIndexOf('('),
      -1,
    ) + 1;
  const tailCut = text.slice(end).search(/[,;()]|\s-\s/);
  const clause = text.slice(start, tailCut >= 0 ? end + tailCut : text.length);
  const names = new Set<string>();
  for (const m of clause.matchAll(/(?<![\p{L}'’])[A-Z][\p{L}'’-]+/gu)) {
    // A sentence's first word is capitalised whatever it is.
    if (start + m.index === text.search(/\S/)) continue;
    const name = m[0].replace(/['’]s$/, '');
    if (!NOT_NAMES.test(name)) names.add(name.toLowerCase());
  }
  return [...names];
}

const quantityMemo = new Memo<string, Quantity[]>(100_000, (text) => readQuantities(text));

/** Every value `text` states, in order. Kept per text (bounded): sentences are read many times. */
export function quantitiesOf(text: string): Quantity[] {
  return quantityMemo.get(text);
}

function readQuantities(text: string): Quantity[] {
  if (
    !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|dozen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b/i.test(
      text,
    )
  )
    return [];
  const out: Quantity[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const push = (q: Omit<Quantity, 'names' | 'decimals'>) => {
    if (!free(q.at, q.end)) return;
    taken.push([q.at, q.end]);
    if (notReported(text, q.at, q.end, q.kind)) return;
    // "at least 40 people" is shown as written, with what bounds it.
    const qualifier =
      q.low !== q.high && q.kind !== 'time' ? QUALIFIER.exec(text.slice(Math.max(0, q.at - 30), q.at)) : null;
    if (qualifier) q = { ...q, shown: `${qualifier[1]} ${q.shown}` };
    out.push({ ...q, decimals: decimalsOf(text.slice(q.at, q.end)), names: clauseNames(text, q.at, q.end) });
  };

  for (const m of text.matchAll(AGE_RE)) {
    const n = Number(m[1] ?? m[2] ?? m[3]);
    if (!(n > 0 && n < 120)) continue;
    const end = m.index + m[0].length;
    // Whose age: the name before ("Smith, 34,") or the word after ("the 34-year-old driver").
    const name = m[3] ? /([A-Z][\p{L}'’-]+),\s$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase() : null;
    // Whose age, across commas ("The driver, a 54-year-old man"): the name, else the words around.
    const around = (from: number, to: number) => stemsOf(wordsIn(text.slice(from, to)).map((x) => x.w));
    const whom = name
      ? [name]
      : [...around(Math.max(0, m.index - 30), m.index).slice(-2), ...around(end, end + 30).slice(0, 2)];
    push({
      kind: 'age',
      unit: 'year',
      value: n,
      low: n,
      high: n,
      what: whom,
      concept: null,
      shown: m[0],
      at: m.index,
      end,
    });
  }

  for (const m of text.matchAll(TIME_RE)) {
    let h = Number(m[1] ?? m[4]);
    const min = Number(m[2] ?? m[5] ?? 0);
    const half = (m[3] ?? '').toLowerCase().replace(/\./g, '');
    if (half === 'pm' && h < 12) h += 12;
    if (half === 'am' && h === 12) h = 0;
    if (h > 23 || min > 59) continue;
    const value = h * 60 + min;
    const approx = /^(?:around|about|shortly|just)/i.test(m[0]);
    const zone = (m[6] ?? '').toLowerCase();
    const end = m.index + m[0].length;
    const shown = m[0].replace(
      /^(?:at|by|around|about|after|before|until|shortly (?:after|before)|just (?:after|before))\s+/i,
      '',
    );
    push({
      kind: 'time',
      unit: `time${zone && !/^(?:hrs|hours)$/.test(zone) ? ` ${zone}` : ''}`,
      value,
      low: approx ? value - 30 : value,
      high: approx ? value + 30 : value,
      what: contextWhat(text, m.index, end, 4, 0),
      concept: null,
      shown,
      at: m.index,
      end,
    });
  }

  for (const m of text.matchAll(NUMBER_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!free(at, end)) continue;
    const symbol = m[1]?.toLowerCase().replace(/[.\s]/g, '') ?? '';
    const first = parseNumber(m[2]!);
    if (first === null) continue;
    const second = m[3] ? parseNumber(m[3]) : null;
    const scaleWord = (m[4] ?? '').trim().toLowerCase();
    const rawAfter = text.slice(end, end + 24);
    const before = text.slice(Math.max(0, at - 40), at);
    // Scores ("2-1", "17-28") and odds ("5/1") are not values of this kind either.
    if (second !== null && second < first) continue;
    if (/^\/\d/.test(rawAfter) || /\d\/$/.test(before)) continue;
    // Years, dates, clock times and ordinals are not values of this kind.
    if (!symbol && !scaleWord && /^(?:1[89]|20)\d{2}$/.test(m[2]!)) continue;
    if (/^(?:st|nd|rd|th)\b/i.test(rawAfter) || /^\s?(?:am|pm|a\.m\.|p\.m\.)/i.test(rawAfter)) continue;
    if (
      /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$/.test(
        before,
      )
    )
      continue;
    if (
      /^\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        rawAfter,
      )
    )
      continue;
    // "one" and "a dozen" are more often words than counts: only a spelled-out number above one counts.
    if (!/\d/.test(m[2]!) && first <= 1) continue;

    const currencyWord = /^\s?([a-z]+)/i.exec(rawAfter)?.[1]?.toLowerCase() ?? '';
    const currency = symbol ? CURRENCY_SYMBOL[symbol] : CURRENCY_WORD[currencyWord];
    // "m" without a currency is a metre ("the 400m title") unless what follows is counted in
    // millions ("3m people").
    const metres = scaleWord === 'm' && !currency && !MILLIONS_OF.test(rawAfter);
    const scale = metres ? 1 : (SCALES[scaleWord] ?? 1);
    if (currency) {
      const low = first * scale;
      const high = (second ?? first) * scale;
      const bounded = bounds(before, low);
      if (!bounded) continue;
      const stop = end + (symbol ? 0 : /^\s?[a-z]+/i.exec(rawAfter)![0].length);
      push(
        written(
          {
            kind: 'amount',
            unit: currency,
            value: low,
            low: second !== null ? low : bounded[0],
            high: second !== null ? high : Math.max(bounded[1], high),
          },
          text,
          at,
          stop,
          4,
          2,
        ),
      );
      continue;
    }
    const pm = /^\s?(?:%|per\s?cent|percent)/i.exec(text.slice(end, end + 10));
    if (pm && !scaleWord) {
      const stop = end + pm[0].length;
      const bounded = bounds(before, first);
      if (!bounded) continue;
      push(
        written(
          {
            kind: 'percent',
            unit: '%',
            value: first,
            low: second !== null ? first : bounded[0],
            high: second ?? bounded[1],
          },
          text,
          at,
          stop,
          4,
          2,
        ),
      );
      continue;
    }
    const unit = metres ? { word: 'm', length: 0 } : scaleWord ? null : unitAfter(text, end);
    if (unit && unit.word in DISTANCE_UNIT) {
      const factor = DISTANCE_UNIT[unit.word]!;
      const q = measured('distance', 'm', first, second, factor, text, at, end + unit.length, 3);
      if (q) push(q);
      continue;
    }
    if (unit && unit.word in TIME_UNIT) {
      const stop = end + unit.length;
      if (NOT_DURATION_AFTER.test(text.slice(stop, stop + 10))) continue;
      // "in three years", "for the first time in 20 years": another occasion, not a length.
      if (
        /\b(?:in|within|ago|past|last|next|over the)\s*(?:the\s+)?$/i.test(before) &&
        !/\bfor\s*$/i.test(before)
      )
        continue;
      const q = measured('duration', 'day', first, second, TIME_UNIT[unit.word]!, text, at, stop, 2);
      if (q) push(q);
      continue;
    }
    if (unit) continue;
    const counted = countWhat(text, at, end);
    if (!counted) continue;
    const value = first * scale;
    const bounded = bounds(before, value);
    if (!bounded) continue;
    const nounEnd = /^\s?[\p{L}'’-]+/u.exec(text.slice(end))?.[0].length ?? 0;
    push({
      kind: 'count',
      unit: '',
      value,
      low: second !== null ? value : bounded[0],
      high: second !== null ? second * scale : bounded[1],
      what: counted.what,
      concept: counted.concept,
      shown: text.slice(at, end + nounEnd).trim(),
      at,
      end: end + nounEnd,
    });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * Whether two values of one key can both be right: their ranges meet, or the less precise figure
 * is the other rounded ("29%" and "28.9%"; "£3m" and "£3.5m" are not: 3.5 rounds to 4).
 */
export function valuesAgree(a: Quantity, b: Quantity): boolean {
  // A distance written in another unit is a rounded conversion: "15 miles" and "24km" are one.
  const converted =
    a.kind === 'distance' && a.shown.replace(/[\d.,\s-]/g, '') !== b.shown.replace(/[\d.,\s-]/g, '');
  const slack = converted ? 0.05 : 0;
  if (Math.max(a.low, b.low) <= Math.min(a.high, b.high) * (1 + slack) + 1e-9) return true;
  if (a.low !== a.high || b.low !== b.high || a.decimals === b.decimals) return false;
  const [rough, fine] = a.decimals < b.decimals ? [a, b] : [b, a];
  const grain =
    (rough.value / Number(/\d[\d,]*(?:\.\d+)?/.exec(rough.shown)?.[0].replace(/,/g, '') ?? rough.value)) *
    10 ** -rough.decimals;
  return Number.isFinite(grain) && grain > 0 && Math.abs(fine.value - rough.value) < grain / 2;
}

/** Whether two values measure the same thing in the same unit (values are compared only then). */
/** Verbs of change and of taking: "took $9m" and "took $19m" may be any two takings. */
const GENERIC_WHAT =
  /^(?:took|take|taking|made|make|rose|rise|risen|fell|fall|fallen|up|down|gain|jump|climb|increas|ad|add|sold|sell|hold|held|close|closed|reach|total|stand|stood|saw|show|report|post|hit|cut|drop|slip|grew|grow)$/;

export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.unit !== b.unit) return false;
  // Values of different named holders are of different things ("Glazer's 28%", "Magnier's 29%").
  if (a.names.length > 0 && b.names.length > 0 && !a.names.some((n) => b.names.includes(n))) return false;
  if (a.concept !== null || b.concept !== null) return a.concept === b.concept;
  return a.what.some((w) => !GENERIC_WHAT.test(w) && b.what.includes(w));
}
