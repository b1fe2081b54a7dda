/**
 * Tries an action again after growing pauses. The sleeper is injected, so tests run the whole
 * schedule (1 s, 5 s, 25 s) without waiting, and can see the pauses that would have been taken.
 */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pauses before the 2nd, 3rd and 4th try. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 5_000, 25_000];

export type RetryOutcome<T> =
  { ok: true; value: T; attempts: number } | { ok: false; error: unknown; attempts: number };

export async function withRetries<T>(
  action: (attempt: number) => Promise<T>,
  opts: {
    delays?: readonly number[];
    sleep?: Sleep;
    /** False stops at once: trying again cannot help. */
    retryable?: (err: unknown) => boolean;
    onFailure?: (err: unknown, attempt: number, nextDelayMs: number | null) => void;
  } = {},
): Promise<RetryOutcome<T>> {
  const delays = opts.delays ?? DEFAULT_RETRY_DELAYS_MS;
  const sleep = opts.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return { ok: true, value: await action(attempt), attempts: attempt };
    } catch (err) {
      const delay = delays[attempt - 1];
      const again = delay !== undefined && (opts.retryable?.(err) ?? true);
      opts.onFailure?.(err, attempt, again ? delay : null);
      if (!again) return { ok: false, error: err, attempts: attempt };
      await sleep(delay);
    }
  }
}
