/**
 * Wall-clock time in an IANA zone, computed with Intl only (no time-zone database of our own):
 * what the clock on the wall reads at an instant, and which instant a wall-clock reading means.
 * The second is the hard one: on a DST day a reading may not exist (spring forward) or exist twice
 * (fall back). Both answers are spelled out here so the scheduler never has to think about them.
 */

/** A calendar date and a wall-clock time, with no zone attached. Month is 1-12. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** What a clock in `zone` reads at `instant` (milliseconds since the epoch), to the second. */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const year = Number(parts.year);
  return {
    // Years before the common era never reach a digest, but must not silently be misread.
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The wall-clock reading as if it were UTC, in ms: lets readings be compared and subtracted. */
export function wallAsUtc(w: WallTime): number {
  const t = new Date(0);
  t.setUTCFullYear(w.year, w.month - 1, w.day);
  t.setUTCHours(w.hour, w.minute, w.second, 0);
  return t.getTime();
}

/** Offset of `zone` from UTC at `instant`, in ms (Tokyo: +9 h). */
export function offsetAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(wallTimeAt(whole, zone)) - whole;
}

export type Resolution =
  /** The reading happens exactly once. */
  | 'exact'
  /** The reading happens twice (clocks go back); the earlier instant is returned. */
  | 'ambiguous'
  /** The reading never happens (clocks go forward); the first instant after the gap is returned. */
  | 'gap';

/**
 * The instant a wall-clock reading in `zone` stands for. An ambiguous reading (01:30 on the night
 * clocks go back) resolves to its first occurrence, so a daily run happens once; a reading inside
 * a gap (02:30 on the night clocks go forward) resolves to the end of the gap, the next minute that
 * exists on the wall (03:00), so the run is late rather than skipped.
 */
export function instantOf(wall: WallTime, zone: string): { instant: number; resolution: Resolution } {
  const target = wallAsUtc(wall);
  const DAY = 86_400_000;
  // Every offset the zone uses around this day; one of them (or two, or none) fits the reading.
  const offsets = new Set([
    offsetAt(target - DAY, zone),
    offsetAt(target, zone),
    offsetAt(target + DAY, zone),
  ]);
  const fits = [...offsets]
    .map((o) => target - o)
    .filter((t) => wallAsUtc(wallTimeAt(t, zone)) === target)
    .sort((a, b) => a - b);
  if (fits.length > 0) return { instant: fits[0]!, resolution: fits.length > 1 ? 'ambiguous' : 'exact' };

  // In a gap: the wall clock jumps over `target` somewhere between these two instants.
  const candidates = [...offsets].map((o) => target - o).sort((a, b) => a - b);
  let lo = candidates[0]!;
  let hi = candidates.at(-1)!;
  // Invariant: the wall reads before `target` at lo and at or after it at hi.
  while (hi - lo > 1000) {
    const mid = lo + Math.max(1000, Math.floor((hi - lo) / 2000) * 1000);
    if (wallAsUtc(wallTimeAt(mid, zone)) < target) lo = mid;
    else hi = mid;
  }
  return { instant: hi, resolution: 'gap' };
}

/** The calendar date a clock in `zone` shows at `instant`. */
export function localDateAt(instant: number, zone: string): LocalDate {
  const w = wallTimeAt(instant, zone);
  return { year: w.year, month: w.month, day: w.day };
}

/** The date `days` days after (or before) `d`, on the proleptic Gregorian calendar. */
export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day + days);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(d: LocalDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getUTCDay();
}

export function formatDate(d: LocalDate): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** ISO-8601 week of a date: "2026-W09" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeek(d: LocalDate): string {
  const dow = (dayOfWeek(d) + 6) % 7; // Monday = 0
  const thursday = addDays(d, 3 - dow);
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const t = (x: LocalDate) => {
    const u = new Date(0);
    u.setUTCFullYear(x.year, x.month - 1, x.day);
    return u.getTime();
  };
  const week = 1 + Math.floor((t(thursday) - t(jan1)) / (7 * 86_400_000));
  return `${String(thursday.year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}
