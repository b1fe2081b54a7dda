import { describe, expect, it } from 'vitest';
import { cronExpression, nextSlotAfter, previousSlot, slotAtOrBefore } from '../../../src/digest/schedule.js';
import type { Cadence } from '../../../src/digest/subscription.js';
import { instantOf, isoWeek, wallTimeAt } from '../../../src/digest/zoned-time.js';

const sub = (time: string, timeZone: string, cadence: Cadence = { kind: 'daily' }) => ({
  cadence,
  time,
  timeZone,
});
const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe('slots in a zone without DST', () => {
  it('a daily 08:00 Asia/Karachi digest runs at 03:00 UTC', () => {
    const k = sub('08:00', 'Asia/Karachi');
    const next = nextSlotAfter(k, at('2026-03-01T00:00:00Z'));
    expect(iso(next.at)).toBe('2026-03-01T03:00:00.000Z');
    expect(next.period).toBe('2026-03-01');
    expect(next.resolution).toBe('exact');
    // Right after it, the next one is a day later; right before, it is the same one.
    expect(iso(nextSlotAfter(k, at('2026-03-01T03:00:00Z')).at)).toBe('2026-03-02T03:00:00.000Z');
    expect(iso(nextSlotAfter(k, at('2026-03-01T02:59:59Z')).at)).toBe('2026-03-01T03:00:00.000Z');
  });

  it('the period an instant falls in starts at the latest slot at or before it', () => {
    const k = sub('08:00', 'Asia/Karachi');
    expect(slotAtOrBefore(k, at('2026-03-01T02:59:59Z'))?.period).toBe('2026-02-28');
    expect(slotAtOrBefore(k, at('2026-03-01T03:00:00Z'))?.period).toBe('2026-03-01');
    // 23:30 Karachi on 1 March is 18:30 UTC: still the 1 March period.
    expect(slotAtOrBefore(k, at('2026-03-01T18:30:00Z'))?.period).toBe('2026-03-01');
  });

  it('a local date differs from the UTC date: 01:00 in Karachi is the evening before in UTC', () => {
    const next = nextSlotAfter(sub('01:00', 'Asia/Karachi'), at('2026-03-01T12:00:00Z'));
    expect(iso(next.at)).toBe('2026-03-01T20:00:00.000Z');
    expect(next.localDate).toBe('2026-03-02');
  });

  it('weekdays skip Saturday and Sunday; weekly runs on its day and is named by ISO week', () => {
    const weekdays = sub('09:00', 'UTC', { kind: 'weekdays' });
    // Friday 2026-03-06 after 09:00 -> Monday 2026-03-09.
    expect(iso(nextSlotAfter(weekdays, at('2026-03-06T10:00:00Z')).at)).toBe('2026-03-09T09:00:00.000Z');
    expect(slotAtOrBefore(weekdays, at('2026-03-08T12:00:00Z'))?.period).toBe('2026-03-06');
    const weekly = sub('09:00', 'UTC', { kind: 'weekly', day: 'wed' });
    const n = nextSlotAfter(weekly, at('2026-03-05T00:00:00Z'));
    expect(iso(n.at)).toBe('2026-03-11T09:00:00.000Z');
    expect(n.period).toBe('2026-W11');
    expect(iso(previousSlot(weekly, n)!.at)).toBe('2026-03-04T09:00:00.000Z');
  });

  it('writes the cron expression node-cron runs in the zone', () => {
    expect(cronExpression(sub('08:00', 'Asia/Karachi'))).toBe('0 8 * * *');
    expect(cronExpression(sub('17:30', 'UTC', { kind: 'weekdays' }))).toBe('30 17 * * 1-5');
    expect(cronExpression(sub('06:05', 'UTC', { kind: 'weekly', day: 'sun' }))).toBe('5 6 * * 0');
  });
});

describe('across DST changes the local time is kept', () => {
  it('America/New_York 08:00: 13:00 UTC in winter, 12:00 UTC from the March change, 13:00 after November', () => {
    const ny = sub('08:00', 'America/New_York');
    expect(iso(nextSlotAfter(ny, at('2026-03-07T00:00:00Z')).at)).toBe('2026-03-07T13:00:00.000Z');
    expect(iso(nextSlotAfter(ny, at('2026-03-08T00:00:00Z')).at)).toBe('2026-03-08T12:00:00.000Z');
    expect(iso(nextSlotAfter(ny, at('2026-10-31T13:00:00Z')).at)).toBe('2026-11-01T13:00:00.000Z');
    expect(iso(nextSlotAfter(ny, at('2026-10-30T13:00:00Z')).at)).toBe('2026-10-31T12:00:00.000Z');
  });

  it('Europe/London 07:00: 07:00 UTC in winter, 06:00 UTC in summer time', () => {
    const london = sub('07:00', 'Europe/London');
    expect(iso(nextSlotAfter(london, at('2026-03-28T08:00:00Z')).at)).toBe('2026-03-29T06:00:00.000Z');
    expect(iso(nextSlotAfter(london, at('2026-03-27T08:00:00Z')).at)).toBe('2026-03-28T07:00:00.000Z');
    expect(iso(nextSlotAfter(london, at('2026-10-24T08:00:00Z')).at)).toBe('2026-10-25T07:00:00.000Z');
  });

  it('a time that does not exist (02:30 on the March change) runs at the next valid minute, 03:00 EDT', () => {
    const ny = sub('02:30', 'America/New_York');
    const slot = nextSlotAfter(ny, at('2026-03-08T00:00:00Z'));
    expect(iso(slot.at)).toBe('2026-03-08T07:00:00.000Z');
    expect(slot.resolution).toBe('gap');
    expect(wallTimeAt(slot.at.getTime(), 'America/New_York')).toMatchObject({ hour: 3, minute: 0 });
    // The day after, 02:30 exists again.
    expect(iso(nextSlotAfter(ny, slot.at).at)).toBe('2026-03-09T06:30:00.000Z');
    // London skips 01:00-02:00 on 29 March 2026: 01:30 runs at 02:00 BST.
    expect(iso(nextSlotAfter(sub('01:30', 'Europe/London'), at('2026-03-28T12:00:00Z')).at)).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('a time that happens twice (01:30 on the November change) runs once, at the first', () => {
    const ny = sub('01:30', 'America/New_York');
    const first = nextSlotAfter(ny, at('2026-11-01T00:00:00Z'));
    expect(iso(first.at)).toBe('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(first.resolution).toBe('ambiguous');
    // The second 01:30 (EST, 06:30 UTC) is not another slot: the next is the day after.
    const after = nextSlotAfter(ny, first.at);
    expect(iso(after.at)).toBe('2026-11-02T06:30:00.000Z');
    expect(slotAtOrBefore(ny, at('2026-11-01T06:30:00Z'))?.period).toBe('2026-11-01');
  });

  it('resolves wall times exactly, with gaps and overlaps named', () => {
    expect(
      instantOf({ year: 2026, month: 7, day: 1, hour: 12, minute: 0, second: 0 }, 'Europe/London'),
    ).toEqual({
      instant: Date.parse('2026-07-01T11:00:00Z'),
      resolution: 'exact',
    });
    // Lord Howe Island moves by 30 minutes: 02:15 on 4 Oct 2026 does not exist; 02:30 is next.
    const lh = instantOf(
      { year: 2026, month: 10, day: 4, hour: 2, minute: 15, second: 0 },
      'Australia/Lord_Howe',
    );
    expect(lh.resolution).toBe('gap');
    expect(wallTimeAt(lh.instant, 'Australia/Lord_Howe')).toMatchObject({ hour: 2, minute: 30 });
  });

  it('names ISO weeks across year ends', () => {
    expect(isoWeek({ year: 2026, month: 1, day: 1 })).toBe('2026-W01');
    expect(isoWeek({ year: 2027, month: 1, day: 1 })).toBe('2026-W53');
    expect(isoWeek({ year: 2024, month: 12, day: 30 })).toBe('2025-W01');
  });
});
