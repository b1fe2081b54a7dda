/**
 * Calendar arithmetic on what a news text can know of a date: a span of days with a precision.
 * "October 3-4, 2012" is two days at day precision, "October 2012" a month, "2012" a year, "last
 * week" seven days. Everything is UTC days as YYYY-MM-DD strings, so spans compare as strings.
 */
import { MONTH_ABBREVIATIONS } from '../../corpus/months.js';

export type Precision = 'day' | 'month' | 'year';

export interface DateSpan {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (equal to start for one day). */
  end: string;
  precision: Precision;
}

/** The one month table lives with the corpus (which reads dates too and imports nothing of briefing). */
export { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../../corpus/months.js';

const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a four-digit year (Gregorian, as Date counts them). */
function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** A real day of a four-digit year: written out directly (dates are made by the thousand per answer). */
function isPlainDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1000 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month)
  );
}

/** The ISO day; days past a month's end roll over into the next month, as Date.UTC does. */
export function isoDay(year: number, month: number, day: number): string {
  if (isPlainDay(year, month, day)) return `${year}-${pad(month)}-${pad(day)}`;
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** True when year-month-day is a real calendar day ("February 30" is not). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (isPlainDay(year, month, day)) return true;
  return (
    new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) ===
    `${year}-${pad(month)}-${pad(day)}`
  );
}

function pad(n: number): string {
  return n >= 10 ? String(n) : String(n).padStart(2, '0');
}

export function addDays(day: string, n: number): string {
  // Within the month (most steps are a day or a week): written directly, without a Date.
  if (day.length === 10 && Number.isInteger(n)) {
    const year = Number(day.slice(0, 4));
    const month = Number(day.slice(5, 7));
    const d = Number(day.slice(8, 10)) + n;
    if (isPlainDay(year, month, d) && day === isoDay(year, month, d - n)) return isoDay(year, month, d);
  }
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function daysBetween(a: string, b: string): number {
  return Math.round((epochMs(b) - epochMs(a)) / DAY_MS);
}

/**
 * Midnight UTC of an ISO day, kept: contradiction checks compare dates pairwise and parsing was
 * most of their time. Days are few (a day per date the texts name), so the cache stays small;
 * it is emptied if it ever grows large.
 */
const dayMs = new Map<string, number>();
function epochMs(day: string): number {
  let ms = dayMs.get(day);
  if (ms === undefined) {
    if (dayMs.size >= 100_000) dayMs.clear();
    ms = Date.parse(`${day}T00:00:00Z`);
    dayMs.set(day, ms);
  }
  return ms;
}

export function daySpan(start: string, end = start): DateSpan {
  return { start, end: end < start ? start : end, precision: 'day' };
}

export function monthSpan(year: number, month: number): DateSpan {
  const start = isoDay(year, month, 1);
  return { start, end: addDays(isoDay(year, month + 1, 1), -1), precision: 'month' };
}

export function yearSpan(year: number): DateSpan {
  return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: 'year' };
}

export function yearOf(span: DateSpan): number {
  return Number(span.start.slice(0, 4));
}

export function monthOf(span: DateSpan): number {
  return Number(span.start.slice(5, 7));
}

/** The span as a reader-facing ISO string: "2012-10-03", "2012-10" or "2012". */
export function spanLabel(span: DateSpan): string {
  if (span.precision === 'year') return span.start.slice(0, 4);
  if (span.precision === 'month') return span.start.slice(0, 7);
  return span.start;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (with an optional end day) back into a span. */
export function parseSpan(date: string, end?: string | null): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return daySpan(date, end && /^\d{4}-\d{2}-\d{2}$/.test(end) ? end : date);
  if (m[2]) return monthSpan(year, Number(m[2]));
  return yearSpan(year);
}

/** Days between two spans: 0 when they overlap. */
export function gapDays(a: DateSpan, b: DateSpan): number {
  if (a.end < b.start) return daysBetween(a.end, b.start);
  if (b.end < a.start) return daysBetween(b.end, a.start);
  return 0;
}

export function contains(outer: DateSpan, inner: DateSpan): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Monday to Sunday of the week that holds `day`. */
export function weekOf(day: string): DateSpan {
  const back = (weekday(day) + 6) % 7;
  const start = addDays(day, -back);
  return daySpan(start, addDays(start, 6));
}

/** "3 Oct 2012", "3–6 Oct 2012", "Oct 2012", "2012": for renderers and flag texts. */
export function humanSpan(span: DateSpan): string {
  const year = span.start.slice(0, 4);
  const month = MONTH_ABBREVIATIONS[monthOf(span) - 1]!;
  if (span.precision === 'year') return year;
  if (span.precision === 'month') return `${month} ${year}`;
  const d1 = Number(span.start.slice(8, 10));
  if (span.end === span.start) return `${d1} ${month} ${year}`;
  const d2 = Number(span.end.slice(8, 10));
  if (span.end.slice(0, 7) === span.start.slice(0, 7)) return `${d1}–${d2} ${month} ${year}`;
  return `${d1} ${month} – ${humanSpan(daySpan(span.end))}`;
}

/** The day part of a date only: "3 Oct", "3–6 Oct" (flag texts, where the year is the episode's). */
export function humanDays(span: DateSpan): string {
  const full = humanSpan(span);
  return span.precision === 'day' && span.start.slice(0, 4) === span.end.slice(0, 4)
    ? full.replace(/ \d{4}$/, '')
    : full;
}
