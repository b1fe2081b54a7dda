/**
 * The Discord bot: a discord.js client whose interactions go through the dispatcher. `apiUrl`
 * points REST (and so the gateway URL Discord hands out) at a proxy or a test double. No
 * privileged intents: slash commands, buttons and modals arrive without any.
 */
import { once } from 'node:events';
import { Client, Events } from 'discord.js';
import type { BriefingApi } from '../../briefing/service-api.js';
import type { SubscriptionCommandDeps } from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import { AnswerCache } from './answer-cache.js';
import type { BotContext } from './context.js';
import { createDispatcher } from './dispatcher.js';
import { buttonHandlers, commandHandlers, modalHandlers } from './handlers/index.js';

export interface DiscordBotOptions {
  api: BriefingApi;
  token: string;
  /** When set, a mismatch with the application the token belongs to is logged at start-up. */
  applicationId?: string;
  /** Base URL of Discord's REST API, e.g. `http://127.0.0.1:8080/api` (DISCORD_API_URL). */
  apiUrl?: string;
  logger: Logger;
  /** Digest subscriptions (`/digest subscribe`, `unsubscribe`, `subscriptions`). */
  subscriptions?: SubscriptionCommandDeps;
  /** User ids who may change digests without Manage Channels (BRIEFBOT_ADMINS). */
  admins?: readonly string[];
}

export interface DiscordBot {
  client: Client;
  /** Logs in and resolves once the gateway session is ready; rejects on a bad token or no gateway. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { logger } = options;
  const client = new Client({
    intents: [],
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
    // Article text can contain "@everyone" or <@id>: no answer may ping anyone.
    allowedMentions: { parse: [], repliedUser: false },
  });
  const ctx: BotContext = {
    api: options.api,
    logger,
    answers: new AnswerCache(),
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    ...(options.admins ? { admins: options.admins } : {}),
  };
  const dispatch = createDispatcher(ctx, {
    commands: commandHandlers,
    buttons: buttonHandlers,
    modals: modalHandlers,
  });

  client.on(Events.InteractionCreate, (interaction) => {
    void dispatch(interaction);
  });
  // An 'error' event without a listener would throw and end the process.
  client.on(Events.Error, (err) => logger.error({ err }, 'discord: client error'));
  client.on(Events.ShardError, (err, shard) =>
    logger.warn({ err, shard }, 'discord: gateway connection error'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.warn({ shard }, 'discord: gateway dropped; reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord: gateway resumed'),
  );
  client.on(Events.Warn, (message) => logger.warn({}, `discord: ${message}`));
  client.rest.on('rateLimited', (info) =>
    // discord.js's REST queue waits and retries by itself; this is only for the operator.
    logger.warn(
      { route: info.route, retryAfter: info.retryAfter, global: info.global },
      'discord: rate limited',
    ),
  );

  return {
    client,
    async start() {
      const ready = once(client, Events.ClientReady);
      // If login fails, `ready` never settles; keep its later rejection (on destroy) from going unhandled.
      ready.catch(() => {});
      await client.login(options.token);
      await ready;
      const appId = client.application?.id;
      if (options.applicationId && appId && options.applicationId !== appId) {
        logger.warn(
          { configured: options.applicationId, actual: appId },
          'discord: DISCORD_APPLICATION_ID differs from the token’s application; commands registered there will not reach this bot',
        );
      }
      logger.info({ user: client.user?.tag, application: appId }, 'discord: connected');
    },
    async stop() {
      await client.destroy();
    },
  };
}
