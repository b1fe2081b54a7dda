/**
 * Parses the words after `subscribe` (CLI, Slack and Discord all call this one function):
 *   <topic> [daily|weekdays|weekly [mon..sun]] [HH:MM] [Zone/Name] [announce-empty]
 * in any order after the topic. Anything it cannot read is refused with a message that shows the
 * accepted form, never guessed at: a digest at the wrong hour is worse than a clear "try again".
 */
import {
  type Cadence,
  canonicalTimeZone,
  normalizeTime,
  TIME_FORM,
  type Weekday,
  WEEKDAYS,
  ZONE_FORM,
} from './subscription.js';

export const SUBSCRIBE_USAGE =
  'subscribe <topic> [daily|weekdays|weekly [mon..sun]] [HH:MM] [Zone/Name] [announce-empty]';
export const SUBSCRIBE_EXAMPLE = 'subscribe <topic> daily 08:00 Asia/Tokyo';

export interface ParsedSubscription {
  topic: string;
  cadence: Cadence;
  time: string;
  timeZone: string;
  announceEmpty: boolean;
}

export interface SubscriptionDefaults {
  /** When no time is given. */
  time: string;
  /** When no zone is given. */
  timeZone: string;
}

export const DEFAULT_SUBSCRIPTION: SubscriptionDefaults = { time: '08:00', timeZone: 'UTC' };

export type SubscriptionParse = { ok: true; value: ParsedSubscription } | { ok: false; message: string };

const DAY_NAMES: Record<string, Weekday> = Object.fromEntries(
  WEEKDAYS.flatMap((d, i) => {
    const full = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'][i]!;
    return [
      [d, d],
      [full, d],
      [`${full}s`, d],
    ];
  }),
);

const ANNOUNCE = new Set(['announce-empty', '--announce-empty', 'say-when-empty']);

export function parseSubscription(
  text: string,
  defaults: SubscriptionDefaults = DEFAULT_SUBSCRIPTION,
): SubscriptionParse {
  const [topic, ...words] = text.trim().split(/\s+/).filter(Boolean);
  const refuse = (why: string): SubscriptionParse => ({
    ok: false,
    message: `${why} Use: ${SUBSCRIBE_USAGE} (e.g. ${SUBSCRIBE_EXAMPLE}).`,
  });
  if (!topic) return refuse('Name a topic to subscribe to.');
  if (isCadenceWord(topic) || normalizeTime(topic) !== null) {
    return refuse(`"${topic}" is not a topic: the topic comes first.`);
  }

  let kind: Cadence['kind'] | undefined;
  let day: Weekday | undefined;
  let time: string | undefined;
  let timeZone: string | undefined;
  let announceEmpty = false;
  const twice = (what: string, word: string) =>
    refuse(`Give the ${what} once (found a second one: "${word}").`);

  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'daily' || lower === 'weekdays' || lower === 'weekly') {
      if (kind) return twice('cadence', word);
      kind = lower;
    } else if (lower in DAY_NAMES) {
      if (day) return twice('day', word);
      day = DAY_NAMES[lower];
    } else if (/^\d/.test(word)) {
      if (time) return twice('time', word);
      const t = normalizeTime(word);
      if (t === null) return refuse(`"${word}" is not a time: use ${TIME_FORM}.`);
      time = t;
    } else if (ANNOUNCE.has(lower)) {
      announceEmpty = true;
    } else if (word.includes('/') || canonicalTimeZone(word) !== null) {
      // Single-word names Intl knows (UTC, Japan) are zones too; anything with a slash must be one.
      if (timeZone) return twice('time zone', word);
      const zone = canonicalTimeZone(word);
      if (zone === null) return refuse(`"${word}" is not a time zone: use ${ZONE_FORM}.`);
      timeZone = zone;
    } else {
      return refuse(`"${word}" is not a cadence, day, time or time zone.`);
    }
  }

  // A day alone means weekly on that day; a day with daily or weekdays contradicts itself.
  if (day && kind && kind !== 'weekly') return refuse(`A ${kind} digest has no day; say "weekly ${day}".`);
  const cadence: Cadence =
    day || kind === 'weekly' ? { kind: 'weekly', day: day ?? 'mon' } : { kind: kind ?? 'daily' };
  return {
    ok: true,
    value: {
      topic: topic.toLowerCase(),
      cadence,
      time: time ?? defaults.time,
      timeZone: timeZone ?? defaults.timeZone,
      announceEmpty,
    },
  };
}

function isCadenceWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower === 'daily' || lower === 'weekdays' || lower === 'weekly';
}
