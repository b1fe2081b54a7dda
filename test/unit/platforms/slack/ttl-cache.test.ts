import { describe, expect, it } from 'vitest';
import { TtlCache } from '../../../../src/platforms/slack/ttl-cache.js';

describe('TtlCache', () => {
  it('forgets entries after the TTL', () => {
    let now = 1000;
    const cache = new TtlCache<string, number>({ ttlMs: 100, maxEntries: 10, now: () => now });
    cache.set('a', 1);
    now += 99;
    expect(cache.get('a')).toBe(1);
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('claims a key once within the TTL, and again after it', () => {
    let now = 0;
    const cache = new TtlCache<string, true>({ ttlMs: 50, maxEntries: 10, now: () => now });
    expect(cache.claim('ev1', true)).toBe(true);
    expect(cache.claim('ev1', true)).toBe(false);
    now = 60;
    expect(cache.claim('ev1', true)).toBe(true);
  });

  it('drops the oldest entries beyond the bound', () => {
    const cache = new TtlCache<number, number>({ ttlMs: 1_000_000, maxEntries: 3, now: () => 0 });
    for (let i = 0; i < 5; i++) cache.set(i, i);
    expect(cache.size).toBe(3);
    expect([0, 1, 2, 3, 4].map((i) => cache.has(i))).toEqual([false, false, true, true, true]);
  });
});
