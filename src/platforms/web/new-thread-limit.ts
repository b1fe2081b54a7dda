/**
 * How many new conversations one HTTP client may start per minute. API clients choose their own
 * thread ids, so without a limit one client can fill the store with threads (2,000 asks grew it by
 * 14 MB in 18 s). Continuing a thread that exists is never limited. A client is its address (an
 * IPv6 client by its /64, which one host usually holds whole); behind a proxy every client shares
 * the proxy's address, so the limit then bounds them together.
 */
import { isIPv6 } from 'node:net';

const WINDOW_MS = 60_000;
/** Clients remembered at once; the least recently seen is forgotten first. */
const MAX_CLIENTS = 10_000;

export interface NewThreadLimit {
  /** Counts one new thread for `client`; `retryAfterSec` when it is over its limit. */
  take(client: string, now?: number): { ok: true } | { ok: false; retryAfterSec: number };
}

/** The part of a remote address that identifies a client. */
export function clientOf(address: string | undefined): string {
  if (!address) return 'unknown';
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (v4) return v4[1]!;
  if (!isIPv6(address)) return address;
  const groups = expandIPv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIPv6(address: string): string[] | null {
  const [head = '', tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return null;
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right];
}

export function createNewThreadLimit(perMinute: number): NewThreadLimit {
  // Start times of each client's new threads in the last minute, oldest first.
  const starts = new Map<string, number[]>();
  return {
    take(client, now = Date.now()) {
      const recent = (starts.get(client) ?? []).filter((t) => t > now - WINDOW_MS);
      starts.delete(client);
      if (recent.length >= perMinute) {
        starts.set(client, recent);
        return { ok: false, retryAfterSec: Math.max(1, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000)) };
      }
      recent.push(now);
      starts.set(client, recent);
      if (starts.size > MAX_CLIENTS) starts.delete(starts.keys().next().value!);
      return { ok: true };
    },
  };
}
