/**
 * When a subscription's digests run. A slot is one scheduled run: the subscription's HH:MM on a day
 * its cadence allows, as a UTC instant (see zoned-time.ts for DST gaps and overlaps). The period a
 * slot belongs to names it in the ledger: the local date for daily and weekday digests, the ISO
 * week for weekly ones, so moving the time within a day (or the day within a week) never earns a
 * second digest for the same period.
 */
import type { Cadence, SubscriptionSpec } from './subscription.js';
import { WEEKDAYS } from './subscription.js';
import {
  addDays,
  dayOfWeek,
  formatDate,
  instantOf,
  isoWeek,
  type LocalDate,
  localDateAt,
  type Resolution,
} from './zoned-time.js';

type Timing = Pick<SubscriptionSpec, 'cadence' | 'time' | 'timeZone'>;

export interface Slot {
  /** The UTC instant the digest runs. */
  at: Date;
  /** The ledger's name for the period this slot opens: "2026-03-01" or "2026-W09". */
  period: string;
  /** The local date of the slot in the subscription's zone. */
  localDate: string;
  resolution: Resolution;
}

/** Whether the cadence runs on a date. */
export function runsOn(cadence: Cadence, date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  if (cadence.kind === 'daily') return true;
  if (cadence.kind === 'weekdays') return dow >= 1 && dow <= 5;
  return WEEKDAYS[dow] === cadence.day;
}

/** The slot on a local date, or null when the cadence skips that date. */
export function slotOn(sub: Timing, date: LocalDate): Slot | null {
  if (!runsOn(sub.cadence, date)) return null;
  const [hour, minute] = sub.time.split(':').map(Number) as [number, number];
  const { instant, resolution } = instantOf({ ...date, hour, minute, second: 0 }, sub.timeZone);
  return {
    at: new Date(instant),
    period: sub.cadence.kind === 'weekly' ? isoWeek(date) : formatDate(date),
    localDate: formatDate(date),
    resolution,
  };
}

/**
 * The latest slot at or before `instant`: the period `instant` falls in. Null only when the cadence
 * never ran in the week before (impossible for a valid cadence, kept for the types).
 */
export function slotAtOrBefore(sub: Timing, instant: Date): Slot | null {
  const today = localDateAt(instant.getTime(), sub.timeZone);
  for (let back = 0; back <= 8; back++) {
    const slot = slotOn(sub, addDays(today, -back));
    if (slot && slot.at.getTime() <= instant.getTime()) return slot;
  }
  return null;
}

/** The first slot strictly after `instant`: when the next digest runs. */
export function nextSlotAfter(sub: Timing, instant: Date): Slot {
  const today = localDateAt(instant.getTime(), sub.timeZone);
  for (let ahead = -1; ahead <= 8; ahead++) {
    const slot = slotOn(sub, addDays(today, ahead));
    if (slot && slot.at.getTime() > instant.getTime()) return slot;
  }
  throw new Error(`no slot within 8 days for ${JSON.stringify(sub)}`);
}

/** The slot before `slot`: where a channel's first digest starts looking for news. */
export function previousSlot(sub: Timing, slot: Slot): Slot | null {
  return slotAtOrBefore(sub, new Date(slot.at.getTime() - 1));
}

/** node-cron's expression for the subscription (minute hour * * day-of-week), run in its zone. */
export function cronExpression(sub: Pick<SubscriptionSpec, 'cadence' | 'time'>): string {
  const [hour, minute] = sub.time.split(':').map(Number) as [number, number];
  const dow =
    sub.cadence.kind === 'daily'
      ? '*'
      : sub.cadence.kind === 'weekdays'
        ? '1-5'
        : String(WEEKDAYS.indexOf(sub.cadence.day));
  return `${minute} ${hour} * * ${dow}`;
}
