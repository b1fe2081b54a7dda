/**
 * Scheduled digests as one part of the running bot, built by app/compose.ts over the digest tables
 * it hands in (the domain takes its port, not the store): the first sightings of the corpus,
 * operator-declared subscriptions, and (once the platforms are up and their posters known) the
 * scheduler. The corpus is handed in; the composition root runs the folder watcher and tells
 * `recordArrivals` what it adds. Chat adapters get `commands` to serve /brief subscribe,
 * unsubscribe and subscriptions.
 */
import type { BriefingApi } from '../briefing/service-api.js';
import type { Topic } from '../briefing/topics.js';
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/corpus.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { createDigestRunner } from './digest-runner.js';
import type { SubscriptionDefaults } from './parse-subscription.js';
import { type DigestPoster, routePosters } from './poster.js';
import type { DigestStore } from './ports.js';
import type { Sleep } from './retry.js';
import { type CronPort, createDigestScheduler, type DigestScheduler } from './scheduler.js';
import type { SubscriptionCommandDeps } from './subscription-commands.js';
import { applySubscriptions, loadSubscriptionsFile } from './subscriptions-file.js';

export interface DigestsOptions {
  /** The digest tables (the composition root has them from the open store). */
  store: DigestStore;
  api: Pick<BriefingApi, 'digest'>;
  corpus: Corpus;
  topics: () => readonly Topic[];
  /** BRIEFBOT_SUBSCRIPTIONS. */
  subscriptionsFile?: string;
  defaults?: SubscriptionDefaults;
  logger?: Logger;
  clock?: () => Date;
  cron?: CronPort;
  sleep?: Sleep;
  retryDelays?: readonly number[];
}

export interface DigestsHealth {
  scheduler: 'off' | 'running';
  subscriptions: number;
  nextRun: string | null;
  /** Digests left in "posting" by a process that stopped mid-post (maybe posted, not re-posted). */
  stuck: number;
  failed: { channel: string; topic: string; period: string; error: string | null }[];
}

export interface Digests {
  store: DigestStore;
  commands: SubscriptionCommandDeps;
  /**
   * Records articles as arrived now, before they join the corpus (the corpus watcher's beforeAdd),
   * so the next digest counts them as new.
   */
  recordArrivals(articles: readonly Article[]): Promise<void>;
  /** Starts the scheduler with the platforms that can post (none: subscriptions wait). */
  startScheduler(posters: Readonly<Record<string, DigestPoster | undefined>>): Promise<void>;
  health(): DigestsHealth;
  stop(): Promise<void>;
}

export async function createDigests(options: DigestsOptions): Promise<Digests> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? (() => new Date());
  const store = options.store;

  // On a store that never recorded sightings, the corpus as loaded is the baseline: those articles
  // are not "new" by arrival (only by date), or a first digest would repeat the whole corpus.
  const baseline = !(await store.hasSightings());
  await store.recordSeen(
    options.corpus.articles().map((a) => a.id),
    clock(),
    { baseline },
  );

  if (options.subscriptionsFile) {
    const specs = loadSubscriptionsFile(options.subscriptionsFile, options.topics());
    const created = await applySubscriptions(store, specs, clock());
    logger.info(
      { file: options.subscriptionsFile, declared: specs.length, created },
      'subscriptions file applied',
    );
  }

  let scheduler: DigestScheduler | null = null;
  const commands: SubscriptionCommandDeps = {
    subscriptions: store,
    topics: options.topics,
    now: clock,
    ...(options.defaults ? { defaults: options.defaults } : {}),
    onChange: async () => {
      await scheduler?.sync();
    },
  };

  return {
    store,
    commands,
    recordArrivals: (articles) =>
      store.recordSeen(
        articles.map((a) => a.id),
        clock(),
      ),
    async startScheduler(posters) {
      const router = routePosters(posters);
      if (router.platforms().length === 0) {
        logger.info({}, 'digests: no Slack or Discord connection, so subscriptions are kept but not posted');
        return;
      }
      const runner = createDigestRunner({
        store,
        api: options.api,
        articles: () => options.corpus.articles(),
        poster: router,
        platforms: () => router.platforms(),
        clock,
        logger,
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.retryDelays ? { retryDelays: options.retryDelays } : {}),
      });
      scheduler = createDigestScheduler({
        runner,
        subscriptions: store,
        clock,
        logger,
        ...(options.cron ? { cron: options.cron } : {}),
      });
      await scheduler.start();
    },
    health() {
      if (!scheduler) return { scheduler: 'off', subscriptions: 0, nextRun: null, stuck: 0, failed: [] };
      const h = scheduler.health();
      return {
        scheduler: 'running',
        subscriptions: h.subscriptions,
        nextRun: h.nextRun,
        stuck: h.stuck.length,
        failed: h.failed.map((f) => ({
          channel: `${f.platform}:${f.channel}`,
          topic: f.topic,
          period: f.period,
          error: f.error,
        })),
      };
    },
    async stop() {
      await scheduler?.stop();
    },
  };
}
