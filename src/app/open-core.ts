/**
 * Opens the briefing core: loads the corpus and topics, opens the store, takes the writer, and
 * returns the service. The running bot (compose.ts), the CLI, eval, bench and end-to-end tests all
 * open it here, so what a user runs and what the tests run are the same objects; the bot and the
 * CLI take their options from the configuration through one function, openConfiguredBriefbot.
 */
import type { Corpus } from '../corpus/corpus.js';
import { enteredAt } from '../corpus/entered.js';
import { type CorpusLoadStats, loadCorpus } from '../corpus/load-corpus.js';
import { createBriefingService, DEFAULT_THREAD_LIMITS } from '../briefing/service.js';
import type { BriefingApi } from '../briefing/service-api.js';
import { loadTopics, type Topic } from '../briefing/topics.js';
import { createOfflineWriter } from '../briefing/write/offline-writer.js';
import { type PreparationStats, prepareInBackground } from '../briefing/prepare.js';
import type { Writer } from '../briefing/write/writer.js';
import { silentLogger, type Logger } from '../log/logger.js';
import { openStore, type OpenedStore } from '../store/open-store.js';
import type { ThreadLimits } from '../briefing/ports.js';
import { buildWriter } from './build-writer.js';
import type { Env } from './config.js';

export interface BriefbotOptions {
  corpusDir: string;
  /** SQLite file path, ":memory:", or a postgres:// URL. */
  db: string;
  topicsPath?: string;
  logger?: Logger;
  /** The writer to use; the offline writer when absent. */
  writer?: Writer;
  /** Why the writer is offline, when it is by configuration (shown as fallbackReason). */
  offlineReason?: string;
  limits?: ThreadLimits;
  now?: () => Date;
  /** Folder of the persisted corpus index (BRIEFBOT_INDEX_CACHE); absent or null: none. */
  indexCache?: string | null;
  /**
   * Articles whose analysis is worked out in the background once loaded, newest first
   * (BRIEFBOT_PREPARE_ARTICLES; briefing/prepare.ts). Absent or 0: none (a one-shot CLI run).
   */
  prepareArticles?: number;
}

export interface Briefbot {
  api: BriefingApi;
  corpus: Corpus;
  store: OpenedStore;
  topics: () => readonly Topic[];
  /** Load warnings (skipped files), for logs and health details. */
  warnings: readonly { path: string; message: string }[];
  /** How the corpus was loaded (index cache hit or not) and where the time went. */
  load: CorpusLoadStats;
  /** Settles when the background preparation is over (at once when none was asked for). */
  prepared: Promise<PreparationStats>;
  close(): Promise<void>;
}

export const DEFAULT_TOPICS_PATH = 'data/topics.json';

export async function openBriefbot(options: BriefbotOptions): Promise<Briefbot> {
  const logger = options.logger ?? silentLogger;
  const topics = loadTopics(options.topicsPath ?? DEFAULT_TOPICS_PATH);
  const loaded = await loadCorpus({
    corpusDir: options.corpusDir,
    cacheDir: options.indexCache ?? null,
    logger,
  });
  for (const w of loaded.warnings) logger.warn({ file: w.path }, `skipped: ${w.message}`);
  const corpus = loaded.corpus;
  const limits = options.limits ?? DEFAULT_THREAD_LIMITS;
  const store = await openStore(options.db, {
    logger,
    threadTtlMs: limits.ttlMs,
    ...(options.now ? { now: options.now } : {}),
  });
  const api = createBriefingService({
    corpus,
    topics: () => topics,
    writer: options.writer ?? createOfflineWriter(),
    store,
    limits,
    logger,
    ...(options.now ? { now: options.now } : {}),
    offlineReason: options.offlineReason ?? 'no LLM configured (OPENAI_API_KEY is not set)',
    enteredAt,
  });
  const preparation = prepareInBackground(corpus, {
    limit: options.prepareArticles ?? 0,
    onError: (err) => logger.error({ err }, 'preparing articles failed; answers work them out as needed'),
  });
  void preparation.done.then((stats) => {
    if (stats.articles > 0)
      logger.info(
        { articles: stats.articles, ms: Math.round(stats.ms), stopped: stats.stopped },
        'articles prepared',
      );
  });
  return {
    api,
    corpus,
    store,
    topics: () => topics,
    warnings: loaded.warnings,
    load: loaded.stats,
    prepared: preparation.done,
    close: async () => {
      preparation.stop();
      await store.close();
    },
  };
}

/**
 * The core as the configuration asks for it, with its writer (LLM or offline). `npm start` opens
 * it as the 'bot'; a CLI run as a 'command', which prepares no articles in the background (it
 * answers once and exits) and keeps the store's own bound on conversations (BRIEFBOT_MAX_THREADS
 * bounds the running bot's).
 */
export async function openConfiguredBriefbot(
  env: Env,
  logger: Logger,
  run: 'bot' | 'command',
): Promise<{ bot: Briefbot; writer: Writer }> {
  const choice = buildWriter(env, logger);
  const bot = await openBriefbot({
    corpusDir: env.BRIEFBOT_CORPUS_DIR,
    topicsPath: env.BRIEFBOT_TOPICS,
    db: env.BRIEFBOT_DB,
    indexCache: env.BRIEFBOT_INDEX_CACHE,
    ...(run === 'bot' ? { prepareArticles: env.BRIEFBOT_PREPARE_ARTICLES } : {}),
    logger,
    writer: choice.writer,
    ...(choice.offlineReason ? { offlineReason: choice.offlineReason } : {}),
    limits: {
      maxTurns: env.BRIEFBOT_THREAD_MAX_TURNS,
      ttlMs: env.BRIEFBOT_THREAD_TTL_HOURS * 3600_000,
      ...(run === 'bot' ? { maxThreads: env.BRIEFBOT_MAX_THREADS } : {}),
    },
  });
  return { bot, writer: choice.writer };
}
