/**
 * The composition root: builds and starts every part the configuration asks for — the core, the
 * web console and HTTP API, and Slack and Discord when their variables are set. `stop()` finishes
 * answers in flight (bounded), stops each part and closes the store. app/main.ts calls it;
 * end-to-end tests call it too.
 */
import type http from 'node:http';
import { createCorpusWatch } from '../corpus/corpus-watch.js';
import { createDigests } from '../digest/digests.js';
import type { DigestPoster } from '../digest/poster.js';
import { startFeedPolling } from '../ingest/setup.js';
import type { Logger } from '../log/logger.js';
import { createDiscordDigestPoster } from '../platforms/discord/digest-poster.js';
import { createDiscordBot } from '../platforms/discord/index.js';
import { discordStartError } from '../platforms/discord/start-error.js';
import { createSlackDigestPoster } from '../platforms/slack/digest-poster.js';
import { createSlackApp } from '../platforms/slack/index.js';
import { createWebServer } from '../platforms/web/server.js';
import { consoleLogFor, digestStoreFor, ingestStateFor } from '../store/open-store.js';
import { enabledParts, type Env, ingestSettings } from './config.js';
import { trackInFlight } from './in-flight.js';
import { openConfiguredBriefbot } from './open-core.js';
import { shutDown } from './shutdown.js';

export interface Running {
  /** The console's address, when the HTTP server runs. */
  url: string | null;
  stop(): Promise<void>;
}

export async function start(env: Env, logger: Logger): Promise<Running> {
  const parts = enabledParts(env);
  const { bot, writer } = await openConfiguredBriefbot(env, logger, 'bot');
  const tracked = trackInFlight(bot.api);
  // Digests: subscriptions and (below, once the platforms are up) the scheduler. Stopped first on
  // shutdown, with the corpus watcher, so no digest starts while the platforms go away.
  const digests = await createDigests({
    store: digestStoreFor(bot.store, logger),
    api: tracked.api,
    corpus: bot.corpus,
    topics: bot.topics,
    ...(env.BRIEFBOT_SUBSCRIPTIONS ? { subscriptionsFile: env.BRIEFBOT_SUBSCRIPTIONS } : {}),
    defaults: { time: '08:00', timeZone: env.BRIEFBOT_DIGEST_TIMEZONE },
    logger,
  });
  // The corpus folder watcher keeps the live corpus, which every answer reads, in step with the
  // folder; what it adds is recorded as arrived first, so digests count it as new.
  const watch =
    env.BRIEFBOT_CORPUS_RESCAN_SECONDS > 0
      ? createCorpusWatch({
          dir: env.BRIEFBOT_CORPUS_DIR,
          corpus: bot.corpus,
          logger,
          intervalMs: env.BRIEFBOT_CORPUS_RESCAN_SECONDS * 1000,
          skipped: bot.warnings,
          beforeAdd: (articles) => digests.recordArrivals(articles),
        })
      : null;
  await watch?.start();
  // Feed ingestion (docs/ingest.md): the feeds list, polled on a cron tick; new articles join the
  // live corpus at once (the watcher above then finds them already known).
  const feeds = env.BRIEFBOT_POLL_FEEDS
    ? startFeedPolling({
        corpus: bot.corpus,
        state: ingestStateFor(bot.store),
        settings: ingestSettings(env),
        logger,
      })
    : null;
  const topicTitle = (slug: string) => bot.topics().find((t) => t.slug === slug)?.title;
  const posters: Record<string, DigestPoster | undefined> = {};
  const status = { slack: parts.slack ? 'starting' : 'off', discord: parts.discord ? 'starting' : 'off' };
  const stops: (() => Promise<void>)[] = [];
  if (feeds) stops.push(() => feeds.stop());

  const slack = parts.slack
    ? createSlackApp({
        api: tracked.api,
        botToken: env.SLACK_BOT_TOKEN!,
        ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
        ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
        ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
        ephemeralByDefault: env.BRIEFBOT_SLACK_EPHEMERAL,
        logger,
        subscriptions: digests.commands,
        admins: env.BRIEFBOT_ADMINS,
      })
    : null;

  let server: http.Server | null = null;
  let url: string | null = null;
  if (env.BRIEFBOT_WEB || parts.slack === 'http') {
    server = createWebServer({
      api: tracked.api,
      logger,
      health: () => ({
        ok: true,
        details: {
          inFlight: tracked.inFlight(),
          ...status,
          digests: digests.health(),
          ...(feeds ? { feeds: feeds.health() } : {}),
        },
      }),
      ready: () => ({
        ok: bot.corpus.size > 0,
        details: { articles: bot.corpus.size, sentences: bot.corpus.sentenceCount, store: 'open', ...status },
      }),
      ...(slack?.requestListener ? { slack: slack.requestListener } : {}),
      host: env.HOST,
      allowedHosts: env.BRIEFBOT_ALLOWED_HOSTS,
      newThreads: {
        perMinute: env.BRIEFBOT_NEW_THREADS_PER_MINUTE,
        isNew: async (key) => (await bot.store.getThread(key, new Date())) === null,
      },
      // The console manages digests like the CLI (an operator's tool on this machine) and keeps
      // its conversations for reloads and other tabs.
      subscriptions: digests.commands,
      conversations: consoleLogFor(bot.store),
    });
    const listening = server;
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(env.PORT, env.HOST, () => {
        listening.off('error', reject);
        resolve();
      });
    });
    const address = listening.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    url = `http://${env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST}:${port}/`;
  }

  if (slack) {
    await slack.start();
    status.slack = parts.slack === 'socket' ? 'socket mode' : 'http';
    stops.push(() => slack.stop());
    posters.slack = createSlackDigestPoster({ client: slack.app.client, topicTitle, logger });
  }

  if (parts.discord) {
    const discord = createDiscordBot({
      api: tracked.api,
      token: env.DISCORD_TOKEN!,
      ...(env.DISCORD_APPLICATION_ID ? { applicationId: env.DISCORD_APPLICATION_ID } : {}),
      ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
      logger,
      subscriptions: digests.commands,
      admins: env.BRIEFBOT_ADMINS,
    });
    try {
      await discord.start();
      status.discord = 'connected';
      stops.push(() => discord.stop());
      posters.discord = createDiscordDigestPoster({ client: discord.client, topicTitle, logger });
    } catch (err) {
      // At start-up a Discord that cannot be reached, or refuses the token, is a setup problem to
      // fix now: one line and exit (app/main.ts). Outages later are reconnected by discord.js itself.
      await discord.stop().catch(() => {});
      throw discordStartError(err);
    }
  }

  await digests.startScheduler(posters);
  stops.push(async () => {
    await digests.stop();
    await watch?.stop();
  });

  logger.info(
    {
      url,
      writer: writer.name,
      slack: status.slack,
      discord: status.discord,
      articles: bot.corpus.size,
      warnings: bot.warnings.length,
    },
    'briefbot started',
  );

  let stopping: Promise<void> | null = null;
  return {
    url,
    stop() {
      stopping ??= shutDown({ server, tracked, stops, closeCore: () => bot.close(), logger });
      return stopping;
    },
  };
}
