/**
 * The cron side of feed polling: one node-cron task, every minute, that calls poller.tick(). Which
 * feed is due is the poller's business (per-feed intervals, back-off), so missed or overlapping
 * cron runs cost nothing: the next tick catches up from the state in the store.
 */
import cron from 'node-cron';
import type { Logger } from '../log/logger.js';
import type { FeedPoller } from './poller.js';

export interface FeedSchedule {
  stop(): Promise<void>;
}

export function scheduleFeedPolling(
  poller: FeedPoller,
  logger: Logger,
  expression = '* * * * *',
): FeedSchedule {
  let current: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    expression,
    () => {
      current = poller.tick().catch((err: unknown) => logger.error({ err }, 'feeds: tick failed'));
      return current;
    },
    { name: 'briefbot-feeds', noOverlap: true },
  );
  // A first tick now, so a fresh start does not wait a minute for feeds that are due.
  current = poller.tick().catch((err: unknown) => logger.error({ err }, 'feeds: tick failed'));
  return {
    async stop() {
      await task.stop();
      await task.destroy();
      await current;
    },
  };
}
