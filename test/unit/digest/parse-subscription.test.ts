import { describe, expect, it } from 'vitest';
import { parseSubscription } from '../../../src/digest/parse-subscription.js';
import { canonicalTimeZone, normalizeTime } from '../../../src/digest/subscription.js';

const ok = (text: string) => {
  const r = parseSubscription(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${r.message}`);
  return r.value;
};
const refused = (text: string) => {
  const r = parseSubscription(text);
  if (r.ok) throw new Error(`expected ${text} to be refused, got ${JSON.stringify(r.value)}`);
  return r.message;
};

describe('parseSubscription', () => {
  it('reads the full form', () => {
    expect(ok('pakistan-russia daily 08:00 Asia/Karachi')).toEqual({
      topic: 'pakistan-russia',
      cadence: { kind: 'daily' },
      time: '08:00',
      timeZone: 'Asia/Karachi',
      announceEmpty: false,
    });
  });

  it('fills defaults: daily, 08:00, UTC', () => {
    expect(ok('pakistan-russia')).toMatchObject({
      cadence: { kind: 'daily' },
      time: '08:00',
      timeZone: 'UTC',
    });
    const custom = parseSubscription('pakistan-russia', { time: '07:15', timeZone: 'Europe/London' });
    expect(custom.ok && custom.value).toMatchObject({ time: '07:15', timeZone: 'Europe/London' });
  });

  it('reads weekly with a day, a day alone as weekly, weekly alone as Monday', () => {
    expect(ok('x weekly fri 17:30').cadence).toEqual({ kind: 'weekly', day: 'fri' });
    expect(ok('x Thursday').cadence).toEqual({ kind: 'weekly', day: 'thu' });
    expect(ok('x weekly').cadence).toEqual({ kind: 'weekly', day: 'mon' });
    expect(ok('x weekdays 7:05').cadence).toEqual({ kind: 'weekdays' });
    expect(ok('x weekdays 7:05').time).toBe('07:05');
  });

  it('accepts the parts in any order, zone names in any case, and announce-empty', () => {
    const v = ok('Pakistan-Russia asia/karachi 09:45 announce-empty weekly sun');
    expect(v).toEqual({
      topic: 'pakistan-russia',
      cadence: { kind: 'weekly', day: 'sun' },
      time: '09:45',
      timeZone: 'Asia/Karachi',
      announceEmpty: true,
    });
    expect(ok('x UTC').timeZone).toBe('UTC');
    // Links resolve to their canonical zone.
    expect(ok('x Japan').timeZone).toBe('Asia/Tokyo');
  });

  it('refuses an unknown zone with the accepted form', () => {
    const message = refused('pakistan-russia daily 08:00 Mars/Olympus');
    expect(message).toContain('"Mars/Olympus" is not a time zone');
    expect(message).toContain('Asia/Tokyo, Europe/London or UTC');
    expect(message).toContain('subscribe <topic> [daily|weekdays|weekly [mon..sun]] [HH:MM] [Zone/Name]');
  });

  it('refuses impossible or malformed times with the accepted form', () => {
    for (const t of ['25:00', '08:60', '8', '8.00', '0800', '8am']) {
      const message = refused(`x daily ${t}`);
      expect(message, t).toMatch(/is not a (time|cadence)/);
      expect(message, t).toContain('HH:MM');
    }
  });

  it('refuses a missing topic, contradictions, repeats and unknown words', () => {
    expect(refused('')).toContain('Name a topic');
    expect(refused('daily 08:00')).toContain('the topic comes first');
    expect(refused('x daily fri')).toContain('has no day');
    expect(refused('x 08:00 09:00')).toContain('once');
    expect(refused('x daily weekly')).toContain('once');
    expect(refused('x Asia/Karachi Europe/London')).toContain('once');
    expect(refused('x fortnightly')).toContain('"fortnightly" is not a cadence, day, time or time zone');
  });
});

describe('time and zone validation', () => {
  it('normalizes times and zones through Intl', () => {
    expect(normalizeTime('8:00')).toBe('08:00');
    expect(normalizeTime('23:59')).toBe('23:59');
    expect(normalizeTime('24:00')).toBeNull();
    expect(canonicalTimeZone('Asia/Karachi')).toBe('Asia/Karachi');
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('+05:00')).toBeNull();
  });
});
