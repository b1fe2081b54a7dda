/**
 * Every way this app sends something to Slack, wrapped so that a failure is logged with the
 * channel and the Slack error code and never thrown: a channel the bot was removed from, an
 * expired response URL or a Slack outage must not take the app down. Rate limits (429) are
 * retried inside the WebClient, which waits for Retry-After (see index.ts for its retryConfig).
 */
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../log/logger.js';
import type { SlackMessage } from './pack.js';

type WebClient = webApi.WebClient;

/** Slack's error code (`not_in_channel`, `ratelimited`, …) or the error's message. */
export function slackErrorCode(err: unknown): string {
  const data = (err as { data?: { error?: unknown } }).data;
  if (data && typeof data.error === 'string') return data.error;
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

export interface Poster {
  /** Posts the messages in order (the later ones in the thread of `threadTs`); ts of the first, or null. */
  post(channel: string, messages: readonly SlackMessage[], threadTs?: string): Promise<string | null>;
  update(channel: string, ts: string, message: SlackMessage): Promise<boolean>;
  remove(channel: string, ts: string): Promise<boolean>;
  ephemeral(
    channel: string,
    user: string,
    messages: readonly SlackMessage[],
    threadTs?: string,
  ): Promise<boolean>;
}

export function createPoster(client: WebClient, logger: Logger): Poster {
  const failed = (what: string, channel: string, err: unknown) => {
    logger.warn({ channel, error: slackErrorCode(err) }, `Slack ${what} failed`);
  };
  return {
    async post(channel, messages, threadTs) {
      let first: string | null = null;
      for (const message of messages) {
        try {
          const thread = threadTs ?? first ?? undefined;
          const res = await client.chat.postMessage({
            channel,
            text: message.text,
            blocks: message.blocks,
            ...(thread ? { thread_ts: thread } : {}),
          });
          first ??= typeof res.ts === 'string' ? res.ts : null;
        } catch (err) {
          failed('chat.postMessage', channel, err);
          return first;
        }
      }
      return first;
    },
    async update(channel, ts, message) {
      try {
        await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
        return true;
      } catch (err) {
        failed('chat.update', channel, err);
        return false;
      }
    },
    async remove(channel, ts) {
      try {
        await client.chat.delete({ channel, ts });
        return true;
      } catch (err) {
        failed('chat.delete', channel, err);
        return false;
      }
    },
    async ephemeral(channel, user, messages, threadTs) {
      for (const message of messages) {
        try {
          await client.chat.postEphemeral({
            channel,
            user,
            text: message.text,
            blocks: message.blocks,
            ...(threadTs ? { thread_ts: threadTs } : {}),
          });
        } catch (err) {
          failed('chat.postEphemeral', channel, err);
          return false;
        }
      }
      return true;
    },
  };
}

/** Sends messages through a response URL (usable five times in thirty minutes); false on failure. */
export async function respondAll(
  respond: RespondFn,
  logger: Logger,
  channel: string,
  messages: readonly SlackMessage[],
  options: Omit<RespondArguments, 'text' | 'blocks'>,
): Promise<boolean> {
  for (const [i, message] of messages.entries()) {
    try {
      // Only the first message may replace the original; the rest follow it.
      const extra = i === 0 ? options : { ...options, replace_original: false };
      await respond({ ...extra, text: message.text, blocks: message.blocks } as RespondArguments);
    } catch (err) {
      logger.warn({ channel, error: slackErrorCode(err) }, 'Slack response_url post failed');
      return false;
    }
  }
  return true;
}
