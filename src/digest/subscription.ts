/**
 * What a subscription is: a channel on a platform that gets a digest of one topic on a cadence, at a
 * local wall-clock time in an IANA time zone. Shared by the store, the scheduler, the parser and the
 * config file, so a time or zone accepted in one place is accepted in all of them.
 */
import { z } from 'zod';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const weekdaySchema = z.enum(WEEKDAYS);

export const CADENCES = ['daily', 'weekdays', 'weekly'] as const;
export type CadenceKind = (typeof CADENCES)[number];

/** Weekly needs a day; daily and weekdays have none. */
export type Cadence = { kind: 'daily' } | { kind: 'weekdays' } | { kind: 'weekly'; day: Weekday };

export const TIME_FORM = 'HH:MM on a 24-hour clock, e.g. 08:00 or 17:30';
export const ZONE_FORM = 'an IANA time zone name such as Asia/Tokyo, Europe/London or UTC';

/**
 * A trimmed string stored as `normalize` writes it; when that gives null, the one wording of a
 * refusal: what the value is not, and the form to use.
 */
function normalizedSchema(normalize: (v: string) => string | null, what: string, form: string) {
  return z
    .string()
    .trim()
    .transform((v, ctx) => {
      const normalized = normalize(v);
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not ${what}: use ${form}` });
        return z.NEVER;
      }
      return normalized;
    });
}

/** "8:00" and "08:00" are both accepted and stored as "08:00". */
export const timeOfDaySchema = normalizedSchema(normalizeTime, 'a time', TIME_FORM);

export const timeZoneSchema = normalizedSchema(canonicalTimeZone, 'a time zone', ZONE_FORM);

export const platformSchema = z.enum(['slack', 'discord']);

/** Everything a person or a config file chooses about a subscription. */
export interface SubscriptionSpec {
  platform: string;
  channel: string;
  topic: string;
  cadence: Cadence;
  /** HH:MM, local to `timeZone`. */
  time: string;
  /** Canonical IANA name (Intl's spelling). */
  timeZone: string;
  /** Post a one-line "nothing new" when a period brings nothing, instead of staying quiet. */
  announceEmpty: boolean;
}

export interface Subscription extends SubscriptionSpec {
  createdAt: Date;
  /** When the cadence, time or zone were last set: slots before it were never due. */
  scheduleSetAt: Date;
}

export interface DigestTarget {
  platform: string;
  channel: string;
}

/** The identity of a subscription and of its ledger history: one per channel and topic. */
export function subscriptionKey(s: { platform: string; channel: string; topic: string }): string {
  return `${s.platform}:${s.channel}:${s.topic}`;
}

export function normalizeTime(text: string): string | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The zone's canonical name when Intl knows it ("asia/tokyo" -> "Asia/Tokyo"), else null.
 * Intl is the authority because it is also what turns wall-clock times into instants.
 */
export function canonicalTimeZone(name: string): string | null {
  const trimmed = name.trim();
  // Offsets such as "+05:00" are accepted by Intl but have no DST rules and no place: refuse them.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(trimmed)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function cadenceFrom(kind: CadenceKind, day?: Weekday): Cadence {
  if (kind === 'weekly') return { kind, day: day ?? 'mon' };
  return { kind };
}

/** "daily", "weekdays", "weekly on mon". */
export function describeCadence(c: Cadence): string {
  return c.kind === 'weekly' ? `weekly on ${c.day}` : c.kind;
}

/** One line per subscription, for `/brief subscriptions` and the CLI. */
export function describeSubscription(s: SubscriptionSpec): string {
  return `${s.topic}: ${describeCadence(s.cadence)} at ${s.time} ${s.timeZone}${s.announceEmpty ? ', says when nothing is new' : ''}`;
}
