/**
 * Counts answers in flight so shutdown can wait for them (bounded) instead of cutting a user off
 * mid-answer. Wraps the BriefingApi; adapters never know.
 */
import type { BriefingApi } from '../briefing/service-api.js';

export interface TrackedApi {
  api: BriefingApi;
  inFlight(): number;
  /** Resolves when nothing is in flight, or after `timeoutMs`, whichever is first; true if drained. */
  drain(timeoutMs: number): Promise<boolean>;
}

export function trackInFlight(inner: BriefingApi): TrackedApi {
  let count = 0;
  let waiters: (() => void)[] = [];
  const track =
    <A, R>(fn: (arg: A) => Promise<R>) =>
    async (arg: A): Promise<R> => {
      count++;
      try {
        return await fn(arg);
      } finally {
        count--;
        if (count === 0) {
          for (const w of waiters) w();
          waiters = [];
        }
      }
    };
  const api: BriefingApi = {
    topics: () => inner.topics(),
    source: (id) => inner.source(id),
    brief: track((r) => inner.brief(r)),
    ask: track((r) => inner.ask(r)),
    digest: track((r) => inner.digest(r)),
  };
  return {
    api,
    inFlight: () => count,
    drain(timeoutMs) {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
}
