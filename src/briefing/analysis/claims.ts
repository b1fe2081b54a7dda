/**
 * The checkable facts in a sentence, found deterministically: whose trip lasts how many days
 * ("three-day visit"), who arrives or leaves where and when ("arrived in Shelbyville on October 4", "in
 * Shelbyville from Oct 3-6"), and who it says said a quote. Contradiction flags and corroboration
 * compare these, never the wording; the values a sentence states (counts, amounts, ages...) are
 * quantities.ts's, compared by value-disagreements.ts.
 */
import type { Article } from '../../corpus/article.js';
import { isStopword, stem } from '../../corpus/tokenize.js';
import type { DateSpan } from './calendar.js';
import {
  type ArticleDate,
  findMentions,
  type Mention,
  numberWord,
  resolveMention,
  type SentenceDate,
} from './event-dates.js';
import { Memo } from '../memo.js';
import { UNIT_WORDS } from './number-words.js';
import type { NameBook, Person } from './person-names.js';

/**
 * One sentence with what is needed to read its facts. `date` and `ref` may be getters that work
 * them out when first read (an undated article's date can take a corpus search to infer), so
 * readers ask for them only when a comparison needs them.
 */
export interface ClaimSentence {
  readonly article: Article;
  readonly index: number;
  readonly text: string;
  /** The date the sentence speaks of (or its article's), null when unknown. */
  readonly date: SentenceDate | null;
  /** The article's date, to resolve the sentence's own date mentions. */
  readonly ref: ArticleDate | null;
}

/** A claim sentence whose dates are read from `dates` only when asked for, then kept. */
export function lazyClaim(
  article: Article,
  index: number,
  dates: {
    sentenceDate(article: Article, index: number): SentenceDate | null;
    articleDate(article: Article): ArticleDate | null;
  },
): ClaimSentence {
  let date: SentenceDate | null | undefined;
  let ref: ArticleDate | null | undefined;
  return {
    article,
    index,
    text: article.sentences[index]!.text,
    get date() {
      if (date === undefined) date = dates.sentenceDate(article, index);
      return date;
    },
    get ref() {
      if (ref === undefined) ref = dates.articleDate(article);
      return ref;
    },
  };
}

export type TripRole = 'arrival' | 'departure' | 'on';

export interface Fact {
  kind: 'duration' | 'arrival' | 'departure' | 'meeting-date' | 'attribution';
  /** Who it is about: the person named nearest before the fact (null: nobody named). */
  subject: Person | null;
  /** Comparable value: "3" days, "2012-10-04", a person's id. */
  value: string;
  /** How a reader sees the value: "three days", "4 Oct", "Martin Lee Reed". */
  shown: string;
  /** For arrivals: the place ("Shelbyville"); for attributions: the quote. */
  about?: string;
  /** Everyone the sentence names (meetings compare only the same people). */
  people?: string[];
  span?: DateSpan;
}

/** "the last visit", "his previous trip", "the first time in nine years": another occasion. */
const OTHER_OCCASION =
  /\b(?:last|previous|earlier|prior|maiden|first)\s+(?:\w+\s+)?(?:visit|trip|tour|time)\b|\bin\s+\w+\s+years\b/i;

export function mentionsOtherOccasion(text: string): boolean {
  return OTHER_OCCASION.test(text);
}

const TRIP_WORDS =
  /\b(?:visit\w*|trip|tour|travel\w*|stay|embark\w*|arriv\w*|leav\w*|left|depart\w*|fl(?:y|ew|ies|ying))\b/i;
const MEET_WORDS = /\b(?:me(?:et|ets|eting|t)|talks|call(?:ed|s)? on|held discussions)\b/i;

/** People named in the sentence with where each is named. */
function peopleAt(book: NameBook, s: ClaimSentence): { person: Person; at: number }[] {
  const out: { person: Person; at: number }[] = [];
  for (const person of book.peopleIn(s.article.id, s.index)) {
    for (const at of book.positionsIn(s.text, person)) out.push({ person, at });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The person named nearest before `index`, else the first named after it. */
function subjectAt(people: { person: Person; at: number }[], index: number): Person | null {
  let before: Person | null = null;
  for (const p of people) if (p.at <= index) before = p.person;
  return before ?? people[0]?.person ?? null;
}

const DAYS_WORDS = ['', ...Object.keys(UNIT_WORDS).slice(1, 11)];
const daysShown = (n: number) => `${DAYS_WORDS[n] ?? n} day${n === 1 ? '' : 's'}`;

const DURATION =
  /\b([A-Za-z]+|\d+)[- ]day\b(?=\s+(?:\w+\s+)?(?:visit|trip|tour|stay|summit|conference|talks|meeting|session|event)\b)|\bfor\s+([a-z]+|\d+)\s+days\b/g;

const ARRIVE_BEFORE = /\b(?:arriv\w*|reach\w*|land\w*)\b(?:\s+in\s+([A-Z][\w-]+))?[^,;]{0,30}$/;
const PRESENCE_BEFORE = /\bin\s+([A-Z][\w-]+)\s+(?:from|between)\s*$/;
const DEPART_BEFORE =
  /\b(?:leav\w*|left|depart\w*|embark\w*|fl(?:y|ew|ies|ying))\b(?:\s+(?:for|to)\s+([A-Z][\w-]+))?[^,;]{0,30}$/;

/** Figures: "$300 million", "500MW", "12 people". Years, dates and hyphenated codes are not figures. */
const FIGURE =
  /(?<![\w-])([$£€])?\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(?:to|-|–)\s?[$£€]?(\d[\d,]*(?:\.\d+)?))?\s?(million|billion|thousand|bn)?\s?([A-Za-z%]+)?/g;
const CURRENCY: Record<string, string> = { $: 'usd', '£': 'gbp', '€': 'eur' };

const SPEAKER_AFTER =
  /^[\s,]*(?:(?:said|says|added|stated|commented|wrote|tweeted)\s+)?(?:[A-Z][\w.'-]*\s+){0,4}$/;
const SPEAKER_BEFORE = /^[\w'’-]+\s+(?:also\s+)?(?:said|says|told|added|stated|wrote|tweeted)\b[^"“]{0,40}$/;

/** Whether a sentence may quote someone (a superset of what `quotes` finds): cheap to ask. */
export function mayQuote(text: string): boolean {
  return /["“][^"”]{12,}["”]/.test(text);
}

/** Quoted passages of 5+ words, lowercased, as word lists. */
function quotes(text: string): { words: string[]; at: number; end: number }[] {
  const out: { words: string[]; at: number; end: number }[] = [];
  for (const m of text.matchAll(/["“]([^"”]{12,})["”]/g)) {
    const words = m[1]!.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    if (words.length >= 5) out.push({ words, at: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * "4 Oct" for 2012-10-04. Month names are Intl's (en-GB: "Sept"), looked up once per month, as
 * Intl formatting is slow and facts are read often.
 */
const shortMonths: string[] = [];
function dayShown(day: string): string {
  const month = Number(day.slice(5, 7));
  shortMonths[month] ??= new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${Number(day.slice(8, 10))} ${shortMonths[month]}`;
}

/**
 * What a sentence's text says, before anyone in it is known: trip lengths, days with what they
 * date (an arrival, a departure, or a meeting if people meet) and quotes, each with where
 * it is written. It depends on the text alone, so it is kept per text (bounded, least recently
 * read dropped first); the people come from the answer's name book (`factsOf`).
 */
interface TextFacts {
  durations: { at: number; n: number }[];
  days: { mention: Mention; role: { kind: 'arrival' | 'departure'; about?: string } | null }[];
  meet: boolean;
  quotes: { words: string[]; at: number; end: number }[];
}

const NO_FACTS: TextFacts = Object.freeze({ durations: [], days: [], meet: false, quotes: [] });
const textFacts = new Memo<string, TextFacts>(100_000, (text) => readTextFacts(text));

function readTextFacts(text: string): TextFacts {
  const trip = TRIP_WORDS.test(text);
  const other = mentionsOtherOccasion(text);
  const durations: TextFacts['durations'] = [];
  if (trip && !other) {
    for (const m of text.matchAll(DURATION)) {
      const n = numberWord((m[1] ?? m[2])!);
      if (n === null || n < 1 || n > 60) continue;
      durations.push({ at: m.index, n });
    }
  }

  const meet = MEET_WORDS.test(text);
  const days: TextFacts['days'] = [];
  for (const m of findMentions(text)) {
    // Only a day ("October 4", "4 Oct 2012") dates an arrival or a meeting.
    if (m.kind !== 'explicit' || other || m.shape.type !== 'date') continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    let hit: RegExpExecArray | null;
    let role: TextFacts['days'][number]['role'] = null;
    if (trip && (hit = PRESENCE_BEFORE.exec(before))) role = { kind: 'arrival', about: hit[1]! };
    else if (trip && (hit = ARRIVE_BEFORE.exec(before)))
      role = { kind: 'arrival', ...(hit[1] ? { about: hit[1] } : {}) };
    else if (trip && (hit = DEPART_BEFORE.exec(before)))
      role = { kind: 'departure', ...(hit[1] ? { about: hit[1] } : {}) };
    else if (!meet) continue;
    days.push({ mention: m, role });
  }

  const found = quotes(text);
  if (durations.length + days.length + found.length === 0) return NO_FACTS;
  return { durations, days, meet, quotes: found };
}

/** Every checkable fact of a sentence. */
export function factsOf(book: NameBook, s: ClaimSentence): Fact[] {
  const text = s.text;
  const read = textFacts.get(text);
  if (read === NO_FACTS) return [];
  const people = peopleAt(book, s);
  const facts: Fact[] = [];

  for (const d of read.durations) {
    facts.push({
      kind: 'duration',
      subject: subjectAt(people, d.at),
      value: String(d.n),
      shown: daysShown(d.n),
    });
  }

  for (const { mention: m, role } of read.days) {
    // The article's date is read only for a day written without its year (reading it may mean
    // inferring it).
    const ref = m.shape.type === 'date' && m.shape.year === undefined ? s.ref : null;
    const r = resolveMention(m, { ref, previous: null, future: false });
    if (!r || r.span.precision !== 'day') continue;
    const day = r.span.start;
    const shown = dayShown(day);
    const subject = subjectAt(people, m.index);
    if (role) {
      facts.push({
        kind: role.kind,
        subject,
        value: day,
        shown,
        ...(role.about ? { about: role.about } : {}),
        span: r.span,
      });
    } else if (people.length >= 2) {
      const ids = [...new Set(people.map((p) => p.person.id))].sort();
      if (ids.length >= 2)
        facts.push({ kind: 'meeting-date', subject, value: day, shown, people: ids, span: r.span });
    }
  }

  for (const q of read.quotes) {
    // The speaker: named right after the quote ('"...," Weller said', '"...," said Ruth Ann
    // Weller') or before it with a verb of saying ('Reed said Ruritania and Freedonia have "..."').
    const after = people.find((p) => p.at >= q.end && SPEAKER_AFTER.test(text.slice(q.end, p.at)))?.person;
    const before = [...people]
      .reverse()
      .find((p) => p.at < q.at && SPEAKER_BEFORE.test(text.slice(p.at, q.at)))?.person;
    const speaker = after ?? before;
    if (!speaker) continue;
    facts.push({
      kind: 'attribution',
      subject: speaker,
      value: speaker.id,
      shown: speaker.name,
      about: q.words.join(' '),
    });
  }
  return facts;
}

/**
 * Two sentences report one event by their facts: the same person's trip of the same length, or
 * the same arrival or departure day ("on Wednesday embarked on a three-day visit" and "due to
 * leave on October 3 for a three-day trip").
 */
export function sameTripFact(a: readonly Fact[], b: readonly Fact[]): boolean {
  return a.some((f) =>
    b.some(
      (g) =>
        f.kind === g.kind &&
        (f.kind === 'duration' || f.kind === 'departure' || f.kind === 'arrival') &&
        f.subject !== null &&
        f.subject === g.subject &&
        f.value === g.value,
    ),
  );
}

/** Word 5-grams of a quote, to tell that two sentences quote the same words. */
export function quoteGrams(words: string): Set<string> {
  const w = words.split(' ');
  const out = new Set<string>();
  for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
  return out;
}

/**
 * A check that needs no names or dates, for merging sentences that say the same thing: two
 * sentences with different trip lengths ("three-day" / "four-day") or different figures of one
 * unit do not say the same thing, however many words they share.
 */
export function textFactsDisagree(a: string, b: string): boolean {
  const durations = (t: string) =>
    new Set(
      [...t.matchAll(DURATION)]
        .map((m) => numberWord((m[1] ?? m[2])!))
        .filter((n): n is number => n !== null),
    );
  const da = durations(a);
  const db = durations(b);
  if (da.size > 0 && db.size > 0 && ![...da].some((d) => db.has(d))) return true;
  const figures = (t: string) => {
    const out = new Map<string, Set<string>>();
    for (const m of t.matchAll(FIGURE)) {
      const unit = [
        m[1] ? CURRENCY[m[1]] : '',
        m[4]?.toLowerCase() ?? '',
        m[5] && !isStopword(m[5].toLowerCase()) ? stem(m[5].toLowerCase()) : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (!unit || (/^(?:19|20)\d{2}$/.test(m[2]!) && !m[1])) continue;
      const set = out.get(unit) ?? new Set<string>();
      set.add([m[2], m[3]].filter(Boolean).join('-'));
      out.set(unit, set);
    }
    return out;
  };
  const fa = figures(a);
  const fb = figures(b);
  for (const [unit, values] of fa) {
    const other = fb.get(unit);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}
