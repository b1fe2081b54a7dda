/**
 * Polls the feeds list: each tick polls, one after another, the feeds that are due (their interval
 * since the last attempt has passed, and any back-off after failures). Time comes from an injected
 * clock, so tests drive it without waiting; the cron task (schedule.ts) only calls tick(). The list
 * is read afresh each tick, so `feeds add` takes effect without a restart, and the state lives in
 * the store, so a restart neither forgets a back-off nor polls everything at once.
 */
import { silentLogger, type Logger } from '../log/logger.js';
import type { FeedState, IngestState } from './ports.js';
import { nextDueMs } from './backoff.js';
import type { FeedEntry } from './feeds-file.js';
import type { Ingester } from './ingester.js';
import type { IngestReport } from './report.js';

export interface FeedHealth {
  url: string;
  status: 'ok' | 'failing' | 'pending';
  failures: number;
  lastError: string | null;
  lastSuccessAt: string | null;
  nextAttemptAt: string | null;
}

export interface PollerHealth {
  feeds: number;
  failing: number;
  /** A problem with the feeds list itself (unreadable, invalid), or null. */
  listError: string | null;
  details: FeedHealth[];
}

export interface FeedPollerOptions {
  /** The feeds list, read each tick. */
  feeds: () => Promise<{ ok: true; feeds: FeedEntry[] } | { ok: false; message: string }>;
  ingester: Ingester;
  state: IngestState;
  now?: () => Date;
  logger?: Logger;
}

export interface FeedPoller {
  /** Polls every feed that is due now; returns the reports. */
  tick(): Promise<IngestReport[]>;
  /** The last known state of every listed feed (synchronous, for /healthz). */
  health(): PollerHealth;
}

export function createFeedPoller(options: FeedPollerOptions): FeedPoller {
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  let snapshot: PollerHealth = { feeds: 0, failing: 0, listError: null, details: [] };
  let running: Promise<IngestReport[]> | null = null;

  const describe = (
    feeds: readonly FeedEntry[],
    states: Map<string, FeedState>,
    listError: string | null,
  ) => {
    const details = feeds.map((f): FeedHealth => {
      const s = states.get(f.url) ?? null;
      const due = nextDueMs(s, f.intervalMinutes * 60_000);
      return {
        url: f.url,
        status: s === null || s.lastAttemptAt === null ? 'pending' : s.failures > 0 ? 'failing' : 'ok',
        failures: s?.failures ?? 0,
        lastError: s?.lastError ?? null,
        lastSuccessAt: s?.lastSuccessAt ?? null,
        nextAttemptAt: due > 0 ? new Date(due).toISOString() : null,
      };
    });
    snapshot = {
      feeds: feeds.length,
      failing: details.filter((d) => d.status === 'failing').length,
      listError,
      details,
    };
  };

  async function run(): Promise<IngestReport[]> {
    const list = await options.feeds();
    if (!list.ok) {
      logger.error({ problem: list.message }, 'feeds: the feeds list cannot be used; polling nothing');
      snapshot = { ...snapshot, listError: list.message };
      return [];
    }
    const states = new Map((await options.state.feeds()).map((s) => [s.url, s]));
    const reports: IngestReport[] = [];
    for (const feed of list.feeds) {
      const due = nextDueMs(states.get(feed.url) ?? null, feed.intervalMinutes * 60_000);
      if (due > now().getTime()) continue;
      try {
        const report = await options.ingester.ingest(feed.url, {
          feed: true,
          ...(feed.topic ? { topic: feed.topic } : {}),
          ...(feed.publisher ? { publisher: feed.publisher } : {}),
        });
        reports.push(report);
        const after = await options.state.feed(feed.url);
        if (after) states.set(feed.url, after);
        if (report.failed) {
          logger.warn(
            {
              feed: feed.url,
              failures: after?.failures,
              nextAttemptAt: after?.nextAttemptAt,
              problem: report.failed,
            },
            'feeds: poll failed; backing off',
          );
        }
      } catch (err) {
        logger.error({ feed: feed.url, err }, 'feeds: poll crashed');
      }
    }
    describe(list.feeds, states, null);
    return reports;
  }

  return {
    tick() {
      // A slow tick and the next one must not poll the same feed twice at once.
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    health: () => snapshot,
  };
}
