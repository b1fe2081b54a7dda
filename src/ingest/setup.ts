/**
 * Builds ingestion from its settings (app/config.ts reads them from the configuration): the safe
 * fetcher (User-Agent, limits, per-host gate, private addresses or not), the ingester over the live
 * corpus and the ingest state (the port; the composition root has it from the open store), and —
 * for the long-running process — the feed poller on its cron task.
 */
import type { Corpus } from '../corpus/corpus.js';
import type { Logger } from '../log/logger.js';
import { createFetcher, type Fetcher } from './fetch.js';
import { loadFeedsFile } from './feeds-file.js';
import { createHostGate } from './host-gate.js';
import { createIngester, type Ingester } from './ingester.js';
import type { IngestState } from './ports.js';
import { createFeedPoller, type PollerHealth } from './poller.js';
import { scheduleFeedPolling } from './schedule.js';
import { userAgent } from './user-agent.js';

export const MAX_REDIRECTS = 5;

export interface IngestSettings {
  corpusDir: string;
  feedsPath: string;
  allowPrivate: boolean;
  timeoutMs: number;
  maxBytes: number;
  hostIntervalMs: number;
  infoUrl: string | undefined;
}

export function createSafeFetcher(s: IngestSettings): Fetcher {
  return createFetcher({
    userAgent: userAgent(s.infoUrl),
    gate: createHostGate({ intervalMs: s.hostIntervalMs }),
    allowPrivate: s.allowPrivate,
    timeoutMs: s.timeoutMs,
    maxBytes: s.maxBytes,
    maxRedirects: MAX_REDIRECTS,
  });
}

export function createIngestion(parts: {
  corpus: Corpus;
  state: IngestState;
  settings: IngestSettings;
  logger: Logger;
}): Ingester {
  return createIngester({
    corpus: parts.corpus,
    corpusDir: parts.settings.corpusDir,
    state: parts.state,
    fetch: createSafeFetcher(parts.settings),
    logger: parts.logger,
    maxFileBytes: parts.settings.maxBytes,
  });
}

export interface FeedPolling {
  health(): PollerHealth;
  stop(): Promise<void>;
}

/** Starts polling the feeds list (every minute; each feed at its own interval). */
export function startFeedPolling(parts: {
  corpus: Corpus;
  state: IngestState;
  settings: IngestSettings;
  logger: Logger;
}): FeedPolling {
  const poller = createFeedPoller({
    feeds: () => loadFeedsFile(parts.settings.feedsPath),
    ingester: createIngestion(parts),
    state: parts.state,
    logger: parts.logger,
  });
  const schedule = scheduleFeedPolling(poller, parts.logger);
  return { health: () => poller.health(), stop: () => schedule.stop() };
}
