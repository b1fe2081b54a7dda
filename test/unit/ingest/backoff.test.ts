import { describe, expect, it } from 'vitest';
import {
  BACKOFF_CAP_MS,
  backoffMs,
  blankFeedState,
  failedState,
  nextDueMs,
  succeededState,
} from '../../../src/ingest/backoff.js';

const MIN = 60_000;
const T0 = new Date('2026-03-07T08:00:00.000Z');

describe('back-off', () => {
  it('doubles from 5 minutes and stops at 6 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n) / MIN)).toEqual([5, 10, 20, 40, 80, 160, 320]);
    expect(backoffMs(8)).toBe(BACKOFF_CAP_MS);
    expect(backoffMs(500)).toBe(6 * 60 * MIN);
  });

  it('makes a feed due after its interval, or after the back-off when that is longer', () => {
    expect(nextDueMs(null, 60 * MIN)).toBe(0);
    expect(nextDueMs(blankFeedState('https://a.example/'), 60 * MIN)).toBe(0);
    const ok = succeededState(null, 'https://a.example/', { etag: '"e"', lastModified: null }, T0);
    expect(nextDueMs(ok, 30 * MIN)).toBe(T0.getTime() + 30 * MIN);
    let failing = failedState(ok, ok.url, 'HTTP 500', T0);
    expect(nextDueMs(failing, 1 * MIN)).toBe(T0.getTime() + 5 * MIN);
    expect(nextDueMs(failing, 60 * MIN)).toBe(T0.getTime() + 60 * MIN);
    for (let i = 0; i < 20; i++) failing = failedState(failing, ok.url, 'HTTP 500', T0);
    expect(failing.failures).toBe(21);
    expect(nextDueMs(failing, 5 * MIN)).toBe(T0.getTime() + BACKOFF_CAP_MS);
    // Validators survive a failure; a success clears the failures.
    expect(failing.etag).toBe('"e"');
    expect(succeededState(failing, ok.url, { etag: null, lastModified: null }, T0)).toMatchObject({
      failures: 0,
      lastError: null,
      nextAttemptAt: null,
    });
  });
});
