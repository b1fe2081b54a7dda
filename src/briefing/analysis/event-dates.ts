/**
 * When does a sentence say something happened? Finds explicit dates ("October 3-4", "Oct 3-6",
 * "10th September", "2-3 October 2012", "2009") and relative ones ("on Wednesday", "tomorrow",
 * "last week", "May last year", "next day"), and resolves them against the article's date (published
 * or inferred, see article-dates.ts) at the precision that date allows: "on Wednesday" in an article
 * known only to be from 2021 is "2021", never a made-up day.
 */
import {
  addDays,
  type DateSpan,
  daySpan,
  isoDay,
  isRealDay,
  MONTH_ABBREVIATIONS,
  monthSpan,
  type Precision,
  weekday,
  weekOf,
  yearOf,
  yearSpan,
} from './calendar.js';
import { datesAThing, dayMentions, MONTH, monthNumber } from '../../corpus/day-dates.js';
import { Memo } from '../memo.js';
import { wordValue } from './number-words.js';

/** How the date of an article is known. */
export interface ArticleDate {
  span: DateSpan;
  /** published: the article's metadata; text: its own words; corpus: other articles on the same events. */
  source: 'published' | 'text' | 'corpus';
  /** Why, in a phrase a reader can check ("Published in The Evening Herald, October 2nd, 2012."). */
  basis: string;
}

export type DateKind = 'explicit' | 'relative' | 'article' | 'inferred';

export interface SentenceDate {
  span: DateSpan;
  kind: DateKind;
  /** 'mention': the sentence itself says when; 'article': only the article's date is known. */
  from: 'mention' | 'article';
  /** The words that gave the date ("October 3-4", "on Wednesday"), for mentions. */
  words?: string;
}

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
/** "3", "three", "a" -> 3, 3, 1; anything else null. */
export function numberWord(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an') return 1;
  // The words dates were measured with: wider ("sixteen", "forty") would read other "first in N
  // years" and "N-day visit" sentences.
  const n = wordValue(w);
  return n !== undefined && n >= 1 && (n <= 15 || n === 20 || n === 30) ? n : null;
}

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

type Shape =
  | { type: 'date'; year?: number; month: number; day: number; dayEnd?: number }
  | { type: 'month'; year?: number; month: number; yearOffset?: number }
  | { type: 'year'; year: number; bound: boolean }
  | { type: 'offset'; days: number }
  | { type: 'weekday'; weekday: number; which: 'on' | 'last' | 'next' | 'this'; reported?: boolean }
  | { type: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number }
  | { type: 'period'; unit: 'week' | 'month' | 'year'; offset: number }
  | { type: 'chain'; days: number };

export interface Mention {
  kind: 'explicit' | 'relative';
  words: string;
  index: number;
  shape: Shape;
}

interface Pattern {
  re: RegExp;
  kind: 'explicit' | 'relative';
  shape: (m: RegExpExecArray) => Shape | null;
  /** What a text must contain for `re` to match at all (cheap to test first). */
  needs: (cues: Cues) => boolean;
}

/** Which kinds of date words a text has: most sentences have few, and then most patterns can be skipped. */
interface Cues {
  month: boolean;
  digit: boolean;
  day: boolean;
  period: boolean;
  weekday: boolean;
}

/** A month at its shortest ("Sep" is in "Sept" and "September"). */
const MONTH_CUE = new RegExp(MONTH_ABBREVIATIONS.join('|'));

function cuesOf(text: string): Cues {
  return {
    month: MONTH_CUE.test(text),
    digit: /\d/.test(text),
    // "day" covers today, yesterday and "next day"; tonight and tomorrow are spelled out.
    day: /day|tonight|tomorrow/i.test(text),
    period: /week|month|year/i.test(text),
    weekday: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/.test(text),
  };
}

const monthNo = monthNumber;

/** A quarter or a season of a year: "the third quarter", "early spring". */
const SEASON =
  '(?:(?:the\\s+)?(?:first|second|third|fourth|final|last)\\s+quarter|(?:(?:early|late|mid-?)\\s*)?(?:spring|summer|autumn|winter))';

/**
 * After the written days (day-dates.ts, read first: "October 3-4", "2-3 October 2012"), in order
 * of specificity: a later pattern never matches inside an earlier one's words.
 */
const PATTERNS: Pattern[] = [
  {
    // "Spring 2005", "the third quarter of 2004": a season or quarter of a year.
    re: new RegExp(`\\b${SEASON}(?:\\s+of)?\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    needs: (c) => c.digit,
    kind: 'explicit',
    shape: (m) => ({ type: 'year', year: Number(m[1]), bound: false }),
  },
  {
    // "the third quarter of this year"
    re: new RegExp(`\\b${SEASON}\\s+of\\s+(last|this|next)\\s+year\\b`, 'gi'),
    needs: (c) => c.period,
    kind: 'relative',
    shape: (m) => {
      const q = m[1]!.toLowerCase();
      return { type: 'period', unit: 'year', offset: q === 'last' ? -1 : q === 'next' ? 1 : 0 };
    },
  },
  {
    // "May last year", "February this year"
    re: new RegExp(`\\b${MONTH}\\s+(last|this|next)\\s+year\\b`, 'g'),
    needs: (c) => c.month && c.period,
    kind: 'relative',
    shape: (m) => ({
      type: 'month',
      month: monthNo(m[1]!),
      yearOffset: m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0,
    }),
  },
  {
    // "October 2012"
    re: new RegExp(`\\b${MONTH},?\\s+((?:19|20)\\d{2})\\b`, 'g'),
    needs: (c) => c.month && c.digit,
    kind: 'explicit',
    shape: (m) => ({ type: 'month', month: monthNo(m[1]!), year: Number(m[2]) }),
  },
  {
    // "in August", "since February", "early March", "from January", "in mid-February"; "In July a
    // variant …" opens a sentence with a capital.
    re: new RegExp(
      `\\b(?:(?:[Ii]n|[Ff]rom|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his)\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)-)${MONTH}(?![\\w-])`,
      'g',
    ),
    needs: (c) => c.month,
    kind: 'explicit',
    shape: (m) => {
      const lead = m[0].split(/\s+/)[0]!.toLowerCase();
      const offset = lead === 'last' ? -1 : lead === 'next' ? 1 : undefined;
      return {
        type: 'month',
        month: monthNo(m[1]!),
        ...(offset !== undefined ? { yearOffset: offset } : {}),
      };
    },
  },
  {
    // "from mid-2005", "in early 2004": a part of a year, dated by the year.
    re: /\b(?:early|mid|late)[\s-]((?:19|20)\d{2})(?![\w%-]|\.\d)/gi,
    needs: (c) => c.digit,
    kind: 'explicit',
    shape: (m) => ({ type: 'year', year: Number(m[1]), bound: false }),
  },
  {
    // "2009"; "by 2014" and "since 2009" bound a time rather than date an event
    re: /(?<![\w$£€.-])((?:19|20)\d{2})(?![\w%-]|\.\d)/g,
    needs: (c) => c.digit,
    kind: 'explicit',
    shape: (m) => ({ type: 'year', year: Number(m[1]), bound: false }),
  },
  {
    re: /\b(today|tonight|yesterday|tomorrow)\b/gi,
    needs: (c) => c.day,
    kind: 'relative',
    shape: (m) => {
      const w = m[1]!.toLowerCase();
      return { type: 'offset', days: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    re: /\b(?:(?:the\s+)?(next|following)\s+day|(?:a|one)\s+day\s+(later|earlier)|the\s+(same|previous)\s+day|(earlier|later)\s+(?:in\s+)?(?:the|that)\s+day)\b/gi,
    needs: (c) => c.day,
    kind: 'relative',
    shape: (m) => {
      if (m[1] || m[2] === 'later') return { type: 'chain', days: 1 };
      if (m[2] === 'earlier' || m[3] === 'previous') return { type: 'chain', days: -1 };
      return { type: 'chain', days: 0 };
    },
  },
  {
    re: new RegExp(`(?:\\b(on|last|next|this|coming|since|by|until)\\s+)?${WEEKDAY}\\b`, 'g'),
    needs: (c) => c.weekday,
    kind: 'relative',
    shape: (m) => {
      const q = m[1]?.toLowerCase();
      if (q === 'since' || q === 'by' || q === 'until') return null;
      const which =
        q === 'last' ? 'last' : q === 'next' || q === 'coming' ? 'next' : q === 'this' ? 'this' : 'on';
      // "said on Tuesday that ... would": the weekday dates the saying, which is past.
      const reported = REPORTED_BEFORE.test(m.input.slice(Math.max(0, m.index - 40), m.index));
      return { type: 'weekday', weekday: WEEKDAYS[m[2]!.toLowerCase()]!, which, reported };
    },
  },
  {
    // "four days later", "two weeks earlier": counted from the day the sentences before dated.
    re: /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week)s\s+(later|earlier)\b/gi,
    needs: (c) => c.day || c.period,
    kind: 'relative',
    shape: (m) => {
      const count = numberWord(m[1]!);
      if (count === null) return null;
      const days = count * (m[2]!.toLowerCase() === 'week' ? 7 : 1);
      return { type: 'chain', days: m[3]!.toLowerCase() === 'later' ? days : -days };
    },
  },
  {
    // "two weeks ago", "a year ago", "three days ago"
    re: /\b(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b/gi,
    needs: (c) => c.day || c.period,
    kind: 'relative',
    shape: (m) => {
      const count = numberWord(m[1]!);
      if (count === null || count < 1) return null;
      return { type: 'ago', unit: m[2]!.toLowerCase() as 'day' | 'week' | 'month' | 'year', count };
    },
  },
  {
    // "at the end of the year": this year, as "later this year" is.
    re: /\b(?:the\s+)?end\s+of\s+(?:the|this)\s+(week|month|year)\b/gi,
    needs: (c) => c.period,
    kind: 'relative',
    shape: (m) => ({ type: 'period', unit: m[1]!.toLowerCase() as 'week' | 'month' | 'year', offset: 0 }),
  },
  {
    re: /\b(?:(last|this|next|past|coming)\s+(week|month|year)|earlier\s+this\s+(week|month|year)|later\s+this\s+(week|month|year))\b/gi,
    needs: (c) => c.period,
    kind: 'relative',
    shape: (m) => {
      const q = m[1]?.toLowerCase();
      const unit = (m[2] ?? m[3] ?? m[4])!.toLowerCase() as 'week' | 'month' | 'year';
      const offset = q === 'last' || q === 'past' ? -1 : q === 'next' || q === 'coming' ? 1 : 0;
      return { type: 'period', unit, offset };
    },
  },
];

/** A reporting verb right before a weekday ("said on Tuesday", "told the BBC on Monday"). */
const REPORTED_BEFORE =
  /\b(?:said|says|told|announced|added|confirmed|denied|revealed|warned|admitted|claimed)\b(?:\s+[\w']+){0,3}\s+$/i;

const BOUND_BEFORE = /\b(?:by|until|till|before|through|since|after)\s+$/i;
/**
 * The year a figure is compared with, in the same clause: "compared with $1.13bn in the same period
 * in 2003", "than in 2003", "up from £3m in 2003". It is the baseline, not when the news happened.
 */
const COMPARED_BEFORE =
  /\b(?:compared\s+(?:with|to)|than|from\s+(?:[£$€]\s?\d[\d.,]*\s?(?:bn|m|billion|million)?|\d[\d.,]*\s?(?:bn|m|billion|million|%|per\s?cent)))\b(?:[^,;:()]{0,40}\s)?(?:in|for|during)\s+$/i;
/**
 * The year a change is measured against, named right after the change: "up 2.6% on 2003", "a 5%
 * rise over 2003", "down from 2003", "compared with 2003", "higher than 2003".
 */
const CHANGED_ON =
  /(?:\b(?:up|down|higher|lower|rise|rose|risen|fall|fell|fallen|increase|increased|decrease|decreased|drop|dropped|gain|gained)\b[^,;:()]{0,25}?\s(?:on|from|over)|\bcompared\s+(?:with|to)|\bthan)\s+$/i;
/** Years that follow these do not date the sentence: "by 2014", "since 2009", "the 2014 deadline". */
function isBound(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 80), index);
  return BOUND_BEFORE.test(before.slice(-12)) || COMPARED_BEFORE.test(before) || CHANGED_ON.test(before);
}

/** Every date mention in a sentence, in text order. */
/**
 * Mentions by text: a sentence is read for dates by article dating, facts and every answer that
 * draws on it. The result depends on the text alone; callers only read it. Bounded (the least
 * recently read go first), so a long-running process does not keep every sentence it ever saw;
 * most sentences name no date and share one empty list, so an entry is small.
 */
const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
const mentionMemo = new Memo<string, readonly Mention[]>(400_000, (text) => {
  const found = scanMentions(text);
  return found.length > 0 ? found : NO_MENTIONS;
});

export function findMentions(text: string): readonly Mention[] {
  return mentionMemo.get(text);
}

function scanMentions(text: string): Mention[] {
  const taken: [number, number][] = [];
  const out: Mention[] = [];
  const cues = cuesOf(text);
  // Written days first: no other pattern takes their words.
  if (cues.month && cues.digit) {
    for (const d of dayMentions(text)) {
      taken.push([d.index, d.end]);
      out.push({ kind: 'explicit', words: d.words, index: d.index, shape: { type: 'date', ...d.date } });
    }
  }
  for (const p of PATTERNS) {
    if (!p.needs(cues)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      let shape = p.shape(m);
      if (!shape) continue;
      // "the agreement signed in 2019" dates the agreement, not what the sentence reports.
      if (p.kind === 'explicit' && datesAThing(text, start)) continue;
      if (shape.type === 'year') shape = { ...shape, bound: isBound(text, start) };
      taken.push([start, end]);
      out.push({ kind: p.kind, words: m[0].trim().replace(/\.$/, ''), index: start, shape });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

const FUTURE =
  /\b(?:will|shall|would|is due|are due|is expected|are expected|is scheduled|are scheduled|is to|are to|was to|plans? to|intends? to|set to|forthcoming|upcoming)\b/i;

/** True when the sentence speaks of what is still to come (from where it was written). */
export function speaksOfFuture(text: string): boolean {
  return FUTURE.test(text);
}

export interface ResolveContext {
  ref: ArticleDate | null;
  /** The date the previous dated sentence of the article spoke of ("next day"). */
  previous: { span: DateSpan; kind: DateKind } | null;
  future: boolean;
}

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** The ref's year when the ref is precise enough for `need`; the ref itself (coarser) otherwise. */
function kindFromRef(ref: ArticleDate, kind: DateKind): DateKind {
  return ref.source === 'published' ? kind : 'inferred';
}

/** A year for a month (and day) written without one: the one nearest the article's date. */
function nearestYear(ref: DateSpan, month: number, day: number): number {
  const refYear = yearOf(ref);
  if (ref.precision === 'year') return refYear;
  const anchor = Date.parse(`${ref.start}T00:00:00Z`);
  let best = refYear;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const y of [refYear - 1, refYear, refYear + 1]) {
    const gap = Math.abs(Date.parse(`${isoDay(y, month, Math.min(day, 28))}T00:00:00Z`) - anchor);
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

/** Resolves one mention, or null when the text and the article's date cannot say when. */
export function resolveMention(
  mention: Mention,
  ctx: ResolveContext,
): { span: DateSpan; kind: DateKind } | null {
  const { shape } = mention;
  const ref = ctx.ref;
  switch (shape.type) {
    case 'date': {
      let y = shape.year;
      let kind: DateKind = 'explicit';
      if (y === undefined) {
        if (!ref) return null;
        y = nearestYear(ref.span, shape.month, shape.day);
        // The day is in the text; the year is the article's. Only a year from other articles is a guess.
        kind = ref.source === 'corpus' ? 'inferred' : 'explicit';
      }
      if (!isRealDay(y, shape.month, shape.day)) return null;
      const end = shape.dayEnd && isRealDay(y, shape.month, shape.dayEnd) ? shape.dayEnd : shape.day;
      return { span: daySpan(isoDay(y, shape.month, shape.day), isoDay(y, shape.month, end)), kind };
    }
    case 'month': {
      if (shape.year !== undefined) return { span: monthSpan(shape.year, shape.month), kind: 'explicit' };
      if (!ref) return null;
      if (shape.yearOffset !== undefined) {
        return {
          span: monthSpan(yearOf(ref.span) + shape.yearOffset, shape.month),
          kind: kindFromRef(ref, 'relative'),
        };
      }
      return {
        span: monthSpan(nearestYear(ref.span, shape.month, 15), shape.month),
        kind: ref.source === 'corpus' ? 'inferred' : 'explicit',
      };
    }
    case 'year':
      return shape.bound ? null : { span: yearSpan(shape.year), kind: 'explicit' };
    case 'offset':
      if (!ref) return null;
      if (ref.span.precision !== 'day') return { span: ref.span, kind: 'inferred' };
      return { span: daySpan(addDays(ref.span.start, shape.days)), kind: kindFromRef(ref, 'relative') };
    case 'chain': {
      const prev = ctx.previous;
      if (!prev || prev.span.precision !== 'day' || prev.span.start !== prev.span.end) return null;
      return {
        span: daySpan(addDays(prev.span.start, shape.days)),
        kind: prev.kind === 'inferred' ? 'inferred' : 'relative',
      };
    }
    case 'weekday': {
      if (!ref) return null;
      if (ref.span.precision !== 'day') return { span: yearSpan(yearOf(ref.span)), kind: 'inferred' };
      const day = ref.span.start;
      const wd = weekday(day);
      let delta: number;
      if (shape.which === 'this') delta = ((shape.weekday + 6) % 7) - ((wd + 6) % 7);
      else if (shape.which === 'last') delta = -((wd - shape.weekday + 7) % 7 || 7);
      else if (shape.which === 'next' || (ctx.future && !shape.reported))
        delta = (shape.weekday - wd + 7) % 7 || 7;
      // News convention: "on Wednesday" in a past-tense report is the latest Wednesday.
      else delta = -((wd - shape.weekday + 7) % 7);
      return { span: daySpan(addDays(day, delta)), kind: kindFromRef(ref, 'relative') };
    }
    case 'ago': {
      if (!ref) return null;
      const refYear = yearOf(ref.span);
      if (shape.unit === 'year')
        return { span: yearSpan(refYear - shape.count), kind: kindFromRef(ref, 'relative') };
      if (shape.unit === 'month') {
        if (RANK[ref.span.precision] < RANK.month) return { span: yearSpan(refYear), kind: 'inferred' };
        const m = Number(ref.span.start.slice(5, 7)) - shape.count;
        return { span: monthSpan(refYear, m), kind: kindFromRef(ref, 'relative') };
      }
      if (ref.span.precision !== 'day') return { span: yearSpan(refYear), kind: 'inferred' };
      const days = shape.unit === 'week' ? 7 * shape.count : shape.count;
      return { span: daySpan(addDays(ref.span.start, -days)), kind: kindFromRef(ref, 'relative') };
    }
    case 'period': {
      if (!ref) return null;
      const refYear = yearOf(ref.span);
      if (shape.unit === 'year')
        return { span: yearSpan(refYear + shape.offset), kind: kindFromRef(ref, 'relative') };
      if (shape.unit === 'month') {
        if (RANK[ref.span.precision] < RANK.month) return { span: yearSpan(refYear), kind: 'inferred' };
        const m = Number(ref.span.start.slice(5, 7)) + shape.offset;
        return { span: monthSpan(refYear, m), kind: kindFromRef(ref, 'relative') };
      }
      if (ref.span.precision !== 'day') return { span: yearSpan(refYear), kind: 'inferred' };
      const week = weekOf(addDays(ref.span.start, 7 * shape.offset));
      return { span: week, kind: kindFromRef(ref, 'relative') };
    }
  }
}

/**
 * The date a sentence speaks of: its most precise resolvable mention (day over month over year,
 * then the first), else the article's date, else null (undated).
 */
export function dateSentence(text: string, ctx: ResolveContext): SentenceDate | null {
  const mentions = findMentions(text);
  let best: SentenceDate | null = null;
  for (const m of mentions) {
    const r = resolveMention(m, ctx);
    if (!r) continue;
    if (!best || RANK[r.span.precision] > RANK[best.span.precision]) {
      best = { span: r.span, kind: r.kind, from: 'mention', words: m.words };
    }
  }
  if (best) return best;
  if (!ctx.ref) return null;
  return {
    span: ctx.ref.span,
    kind: ctx.ref.source === 'published' ? 'article' : 'inferred',
    from: 'article',
  };
}

/**
 * Dates every sentence of an article in order, so "next day" follows the sentence before it.
 * `texts` are the sentences' texts; the result is parallel to them (null: undated).
 */
export function dateSentences(texts: readonly string[], ref: ArticleDate | null): (SentenceDate | null)[] {
  let previous: ResolveContext['previous'] = null;
  return texts.map((text) => {
    const date = dateSentence(text, { ref, previous, future: speaksOfFuture(text) });
    if (date?.from === 'mention' && date.span.precision === 'day') previous = date;
    return date;
  });
}

/**
 * The explicit dates a writer's own words state ("on October 5", "in 2012") that none of its
 * cited sentences supports: not in their words, not within the dates they speak of. An LLM's
 * bullet that dates an event differently from its quotes is dropped, like a forged quote.
 */
export function unsupportedDates(
  text: string,
  evidence: readonly { text: string; date: SentenceDate | null }[],
): string[] {
  const theirs = evidence.flatMap((e) => findMentions(e.text).map((m) => m.shape));
  const spans = evidence.map((e) => e.date?.span).filter((s): s is DateSpan => s !== undefined);
  const sameYear = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined || a === b;
  const out: string[] = [];
  for (const m of findMentions(text)) {
    if (m.kind !== 'explicit') continue;
    const s = m.shape;
    let ok: boolean;
    if (s.type === 'date') {
      const last = s.dayEnd ?? s.day;
      ok =
        theirs.some(
          (t) =>
            t.type === 'date' &&
            t.month === s.month &&
            sameYear(t.year, s.year) &&
            s.day <= (t.dayEnd ?? t.day) &&
            last >= t.day,
        ) ||
        spans.some((span) => {
          const y = s.year ?? yearOf(span);
          return (
            span.precision === 'day' &&
            span.start <= isoDay(y, s.month, last) &&
            isoDay(y, s.month, s.day) <= span.end
          );
        });
    } else if (s.type === 'month') {
      ok =
        theirs.some(
          (t) => (t.type === 'date' || t.type === 'month') && t.month === s.month && sameYear(t.year, s.year),
        ) ||
        spans.some((span) => {
          const m = monthSpan(s.year ?? yearOf(span), s.month);
          return span.precision !== 'year' && span.start <= m.end && m.start <= span.end;
        });
    } else if (s.type === 'year') {
      ok =
        s.bound ||
        theirs.some(
          (t) => (t.type === 'year' || t.type === 'date' || t.type === 'month') && t.year === s.year,
        ) ||
        spans.some((span) => yearOf(span) <= s.year && s.year <= Number(span.end.slice(0, 4)));
    } else ok = true;
    if (!ok) out.push(m.words);
  }
  return out;
}
