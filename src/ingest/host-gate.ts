/**
 * A per-host rate limit: requests to one host start at least `intervalMs` apart, whoever asks
 * (feed polls, article pages, redirect hops). Callers reserve a slot and sleep until it; the clock
 * and sleep are injected so tests need not wait.
 */

export interface HostGateOptions {
  intervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface HostGate {
  /** Resolves when a request to `host` may start. */
  wait(host: string): Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createHostGate(options: HostGateOptions): HostGate {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const nextFree = new Map<string, number>();
  return {
    async wait(host) {
      const key = host.toLowerCase();
      const t = now();
      if (nextFree.size > 1000) {
        // Hosts not asked for since their slot passed need no memory.
        for (const [h, free] of nextFree) if (free <= t) nextFree.delete(h);
      }
      const slot = Math.max(t, nextFree.get(key) ?? t);
      nextFree.set(key, slot + options.intervalMs);
      if (slot > t) await sleep(slot - t);
    },
  };
}
