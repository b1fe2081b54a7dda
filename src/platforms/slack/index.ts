/**
 * The Slack app. HTTP mode (the signing secret) exposes `requestListener` for the web server to
 * mount at `POST /slack/events`; Socket Mode (an app token) connects out to Slack instead. Either
 * way `start()` checks the bot token with `auth.test` before anything is answered.
 */
import type { RequestListener } from 'node:http';
import { App, HTTPReceiver } from '@slack/bolt';
import type { BriefingApi } from '../../briefing/service-api.js';
import type { SubscriptionCommandDeps } from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import { createBoltLogger } from './bolt-logger.js';
import { createDeps } from './deps.js';
import { registerListeners } from './listeners/index.js';
import { slackErrorCode } from './post.js';
import { checkSlackToken } from './preflight.js';
import { makeRedactor } from './redact.js';
import { createReplayGuard } from './replay-guard.js';

export { validateBlocks, validateMessage, BLOCK_LIMITS } from './block-limits.js';
export { renderAnswer } from './render.js';

export interface SlackAppOptions {
  api: BriefingApi;
  /** `xoxb-…` (SLACK_BOT_TOKEN). */
  botToken: string;
  /** SLACK_SIGNING_SECRET: HTTP mode. */
  signingSecret?: string;
  /** `xapp-…` (SLACK_APP_TOKEN): Socket Mode, which needs no public URL. */
  appToken?: string;
  /** Base URL of Slack's Web API (SLACK_API_URL), for proxies and tests. */
  apiUrl?: string;
  /** Answer `/brief` privately (with a "Share in channel" button) instead of in the channel. */
  ephemeralByDefault: boolean;
  logger: Logger;
  /** Digest subscriptions (`/brief subscribe`, `unsubscribe`, `subscriptions`). */
  subscriptions?: SubscriptionCommandDeps;
  /** User ids who may change digests besides workspace admins and owners (BRIEFBOT_ADMINS). */
  admins?: readonly string[];
}

export interface SlackApp {
  app: App;
  /** HTTP mode only: handles `POST /slack/events` with the raw, unread request. */
  requestListener?: RequestListener;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Web API retries: a 429 is retried after its Retry-After (the WebClient pauses its queue for
 * it); network errors and 5xx back off from half a second. Five tries bound how long an answer
 * can wait behind an outage.
 */
const RETRY_CONFIG = { retries: 5, factor: 2, minTimeout: 500, maxTimeout: 10_000, randomize: true };

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { api, botToken, signingSecret, appToken, apiUrl, ephemeralByDefault, logger } = options;
  const socketMode = Boolean(appToken);
  if (!socketMode && !signingSecret) {
    throw new Error('Slack needs SLACK_SIGNING_SECRET (HTTP mode) or SLACK_APP_TOKEN (Socket Mode).');
  }
  const redact = makeRedactor([botToken, signingSecret, appToken]);
  const boltLogger = createBoltLogger(logger, redact);
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: RETRY_CONFIG,
    timeout: 10_000,
  };
  const receiver = socketMode
    ? undefined
    : new HTTPReceiver({
        signingSecret: signingSecret as string,
        logger: boltLogger,
        // Acknowledge at once and keep working: the answer goes out through the response URL.
        processBeforeResponse: false,
      });
  const app = new App({
    token: botToken,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in start(), where a bad token becomes an error instead of a stray rejection.
    deferInitialization: true,
    convoStore: false,
    ...(socketMode ? { socketMode: true, appToken } : { receiver }),
  });
  const deps = createDeps({
    api,
    logger,
    ephemeralByDefault,
    ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
    ...(options.admins ? { admins: options.admins } : {}),
  });
  registerListeners(app, deps);
  app.error(async (err) => {
    logger.error({ error: redact(slackErrorCode(err)) }, 'Slack listener failed');
  });

  let started = false;
  const guard = receiver
    ? createReplayGuard(signingSecret as string, (why) => logger.warn({ why }, 'Slack request refused'))
    : undefined;
  const requestListener: RequestListener | undefined = receiver
    ? (req, res) => {
        if (!started) {
          // Slack retries a 503 later; answering before auth.test would fail every request.
          res.writeHead(503, { 'content-type': 'text/plain' }).end('Slack app is starting\n');
          return;
        }
        void guard!.admit(req, res).then((admitted) => {
          if (!admitted) return;
          try {
            receiver.requestListener(req, res);
          } catch {
            // Bolt throws for a path other than /slack/events.
            if (!res.headersSent) res.writeHead(404).end();
          }
        });
      }
    : undefined;

  return {
    app,
    ...(requestListener ? { requestListener } : {}),
    async start() {
      await checkSlackToken(botToken, clientOptions, redact);
      try {
        await app.init();
      } catch (err) {
        // No `cause`: the Web API error carries the request, token included, into whatever logs it.
        // eslint-disable-next-line preserve-caught-error
        throw new Error(`Could not verify the Slack bot token (auth.test: ${redact(slackErrorCode(err))})`);
      }
      if (socketMode) await app.start();
      started = true;
      logger.info({ mode: socketMode ? 'socket' : 'http' }, 'Slack app ready');
    },
    async stop() {
      if (!started) return;
      started = false;
      if (socketMode) await app.stop();
    },
  };
}
