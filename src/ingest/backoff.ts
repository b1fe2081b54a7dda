/**
 * When a feed is next polled: its interval after a success; after failures, exponential back-off
 * (5 min, 10, 20, ... capped at 6 h), and never sooner than its interval.
 */
import type { FeedState } from './ports.js';

export const BACKOFF_BASE_MS = 5 * 60_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;

/** The wait after `failures` consecutive failures (failures >= 1). */
export function backoffMs(failures: number): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_CAP_MS);
}

/** The first instant the feed may be polled again (epoch ms); 0 for a feed never polled. */
export function nextDueMs(state: FeedState | null, intervalMs: number): number {
  if (state === null || state.lastAttemptAt === null) return 0;
  const byInterval = Date.parse(state.lastAttemptAt) + intervalMs;
  const byBackoff = state.nextAttemptAt ? Date.parse(state.nextAttemptAt) : 0;
  return Math.max(byInterval, byBackoff);
}

/** The state after a failed attempt at `now`. */
export function failedState(prior: FeedState | null, url: string, error: string, now: Date): FeedState {
  const failures = (prior?.failures ?? 0) + 1;
  return {
    ...(prior ?? blankFeedState(url)),
    failures,
    lastError: error,
    lastAttemptAt: now.toISOString(),
    nextAttemptAt: new Date(now.getTime() + backoffMs(failures)).toISOString(),
  };
}

/** The state after a successful attempt (a 304 included) at `now`, with the validators to send next. */
export function succeededState(
  prior: FeedState | null,
  url: string,
  validators: { etag: string | null; lastModified: string | null },
  now: Date,
): FeedState {
  return {
    ...(prior ?? blankFeedState(url)),
    etag: validators.etag,
    lastModified: validators.lastModified,
    failures: 0,
    lastError: null,
    lastAttemptAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    nextAttemptAt: null,
  };
}

export function blankFeedState(url: string): FeedState {
  return {
    url,
    etag: null,
    lastModified: null,
    failures: 0,
    lastError: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    nextAttemptAt: null,
  };
}
