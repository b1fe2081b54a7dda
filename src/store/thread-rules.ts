/**
 * Thread rules shared by every ConversationStore implementation, so SQLite and PostgreSQL agree on
 * what "expired" means and which limits are valid.
 */
import type { ThreadLimits } from '../briefing/ports.js';
import type { Logger } from '../log/logger.js';

/** Options both ConversationStore implementations take at open. */
export interface ThreadStoreOptions {
  logger?: Logger;
  /** How long an idle thread lives for getThread (appendTurn uses the limits it is given). */
  threadTtlMs?: number;
  /** Clock for bookkeeping at open (migration timestamps); thread methods take `now` instead. */
  now?: () => Date;
}

/** How long an idle thread lives when the store is not told otherwise: one week. */
export const DEFAULT_THREAD_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Threads kept when the limits do not say: BRIEFBOT_MAX_THREADS's default. */
export const DEFAULT_MAX_THREADS = 10_000;

/** Threads whose last update is strictly before this instant have expired. */
export function expiryCutoff(ttlMs: number, now: Date): Date {
  return new Date(now.getTime() - ttlMs);
}

/** Limits come from validated configuration; anything else here is a programming error. */
export function assertLimits(limits: ThreadLimits): void {
  if (!Number.isInteger(limits.maxTurns) || limits.maxTurns < 1) {
    throw new RangeError(`maxTurns must be a positive integer, got ${limits.maxTurns}`);
  }
  assertTtl(limits.ttlMs);
  if (limits.maxThreads !== undefined && (!Number.isInteger(limits.maxThreads) || limits.maxThreads < 1)) {
    throw new RangeError(`maxThreads must be a positive integer, got ${limits.maxThreads}`);
  }
}

/** The idle lifetime getThread applies: the option given (checked), else DEFAULT_THREAD_TTL_MS. */
export function threadTtlOf(opts: ThreadStoreOptions): number {
  const ttlMs = opts.threadTtlMs ?? DEFAULT_THREAD_TTL_MS;
  assertTtl(ttlMs);
  return ttlMs;
}

export function assertTtl(ttlMs: number): void {
  if (!Number.isFinite(ttlMs) || ttlMs < 0) {
    throw new RangeError(`ttlMs must be a non-negative number, got ${ttlMs}`);
  }
}
