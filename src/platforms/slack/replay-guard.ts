/**
 * What Bolt's signature check leaves open: a correctly signed request captured once could be sent
 * again within its five minutes, and a timestamp in the future passed as fresh. Here a signature is
 * accepted once (it covers the timestamp and the body, so it names one request), and a timestamp
 * more than five minutes ahead is refused. Requests that are not validly signed go on to Bolt,
 * which refuses them as before; only signatures Bolt would accept are remembered.
 *
 * A redelivery of an event that Slack marks as a retry (`X-Slack-Retry-Num`) goes on to Bolt, whose
 * event dedupe acknowledges it without running anything. The memory is per process: several
 * processes behind one balancer would each accept a replay once.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultBodyLimit, isValidSlackRequest } from '@slack/bolt';

/** Slack's window: Bolt refuses older timestamps, this refuses newer ones. */
const WINDOW_MS = 5 * 60_000;
/** Signatures remembered at most: far above any workspace's rate, and a bound on memory. */
const MAX_REMEMBERED = 100_000;

export interface ReplayGuard {
  /**
   * Reads the request's body (left on `rawBody`, where Bolt looks for it) and answers 401 to a
   * replay or a future timestamp; true when the request may go on to Bolt.
   */
  admit(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
}

type Buffered = IncomingMessage & { rawBody?: Buffer };

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(null));
  });
}

function eventId(body: Buffer): string | null {
  try {
    const id = (JSON.parse(body.toString()) as { event_id?: unknown }).event_id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

export function createReplayGuard(
  signingSecret: string,
  onRefused: (why: string) => void,
  now: () => number = Date.now,
): ReplayGuard {
  // Signature -> when it leaves the window; in arrival order, so the oldest go first.
  const seen = new Map<string, number>();

  function refuse(res: ServerResponse, why: string): false {
    onRefused(why);
    res.writeHead(401).end();
    return false;
  }

  return {
    async admit(req, res) {
      const body = await readBody(req, defaultBodyLimit);
      if (body === null) {
        if (!res.headersSent) res.writeHead(413).end();
        return false;
      }
      (req as Buffered).rawBody = body;
      const signature = req.headers['x-slack-signature'];
      const timestamp = Number(req.headers['x-slack-request-timestamp']);
      if (typeof signature !== 'string') return true;
      const valid = isValidSlackRequest({
        signingSecret,
        body: body.toString(),
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
      });
      // Bolt answers a bad signature itself, as it always has.
      if (!valid) return true;
      const at = now();
      if (timestamp * 1000 > at + WINDOW_MS) return refuse(res, 'timestamp more than 5 minutes ahead');
      for (const [sig, until] of seen) {
        if (until >= at) break;
        seen.delete(sig);
      }
      if (seen.has(signature)) {
        // A redelivered event may come as the same bytes; the event dedupe (listeners/dedupe.ts,
        // by event_id, 30 minutes) acknowledges it without running anything.
        if (req.headers['x-slack-retry-num'] !== undefined && eventId(body) !== null) return true;
        return refuse(res, 'replayed request');
      }
      // Bolt accepts a timestamp up to five minutes old (whole seconds): remembered a little longer.
      seen.set(signature, timestamp * 1000 + WINDOW_MS + 1000);
      if (seen.size > MAX_REMEMBERED) seen.delete(seen.keys().next().value!);
      return true;
    },
  };
}
