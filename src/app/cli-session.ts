/**
 * What one CLI command runs against, opened from the configuration as a one-shot command: the
 * core, and on demand the digest subscriptions and the ingester. Built here so that the CLI
 * (src/cli/) constructs nothing the composition root owns.
 */
import type { Ingester } from '../ingest/ingester.js';
import { createIngestion } from '../ingest/setup.js';
import type { Logger } from '../log/logger.js';
import type { DigestStore } from '../digest/ports.js';
import { digestStoreFor, ingestStateFor } from '../store/open-store.js';
import { type Env, ingestSettings } from './config.js';
import { type Briefbot, openConfiguredBriefbot } from './open-core.js';

export interface CliSession {
  bot: Briefbot;
  /** The digest subscriptions, for subscribe, unsubscribe and subscriptions. */
  subscriptions(): DigestStore;
  /** An ingester into the live corpus, the corpus folder and the store, for `ingest`. */
  ingester(): Ingester;
  close(): Promise<void>;
}

export async function openCliSession(env: Env, logger: Logger): Promise<CliSession> {
  const { bot } = await openConfiguredBriefbot(env, logger, 'command');
  return {
    bot,
    subscriptions: () => digestStoreFor(bot.store),
    ingester: () =>
      createIngestion({
        corpus: bot.corpus,
        state: ingestStateFor(bot.store),
        settings: ingestSettings(env),
        logger,
      }),
    close: () => bot.close(),
  };
}
