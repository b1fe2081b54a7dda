/**
 * Posts scheduled digests to Discord channels with the Discord renderer's embeds, through the
 * discord.js client's REST manager (which queues and waits out rate limits by itself). Mentions are
 * disabled: article text can contain "@everyone". Errors become DigestPostError, permanent when
 * retrying cannot help (unknown channel, missing access), so the scheduler retries only the rest.
 */
import { type APIEmbed, type Client, DiscordAPIError, HTTPError, Routes } from 'discord.js';
import type { Answer } from '../../briefing/answer.js';
import type { DigestPoster } from '../../digest/poster.js';
import type { Logger } from '../../log/logger.js';
import { postDigestParts } from '../chat/post-digest.js';
import { clip, escapeText } from './markdown.js';
import { renderAnswer } from './render.js';

/** Discord JSON error codes the same request will meet again. */
const PERMANENT_CODES = new Set([
  10003, // Unknown Channel
  50001, // Missing Access
  50013, // Missing Permissions
  50035, // Invalid Form Body
  50008, // Cannot send messages in a non-text channel
]);

export interface DiscordDigestPosterOptions {
  client: Pick<Client, 'rest'>;
  topicTitle?: (slug: string) => string | undefined;
  logger: Logger;
}

type MessageBody = { content?: string; embeds?: APIEmbed[] };

/** The digest as Discord messages: the renderer's embeds, or one line when there is nothing new. */
export function renderDigest(answer: Answer, topicTitle: string | null): MessageBody[] {
  if (answer.bullets.length === 0) {
    const title = topicTitle ?? answer.topic ?? answer.query;
    return [
      {
        content: clip(
          `**Digest: ${escapeText(title)}** — ${escapeText(answer.note ?? 'Nothing new.')}`,
          2000,
        ),
      },
    ];
  }
  return renderAnswer(answer, { topicTitle }).map((embeds) => ({ embeds }));
}

export function createDiscordDigestPoster(options: DiscordDigestPosterOptions): DigestPoster {
  const { client, logger } = options;
  return {
    async post(target, answer) {
      const title = answer.topic ? (options.topicTitle?.(answer.topic) ?? null) : null;
      const messages = renderDigest(answer, title);
      return postDigestParts(messages, {
        label: 'Discord digest',
        channel: target.channel,
        logger,
        async send(body) {
          const sent = (await client.rest.post(Routes.channelMessages(target.channel), {
            body: { ...body, allowed_mentions: { parse: [] } },
          })) as { id?: unknown };
          if (typeof sent?.id !== 'string') throw new Error('Discord answered without a message id');
          return sent.id;
        },
        failure(err) {
          const reason = describe(err);
          return { reason, message: `Discord message failed: ${reason}`, permanent: isPermanent(err) };
        },
      });
    },
  };
}

function isPermanent(err: unknown): boolean {
  if (err instanceof DiscordAPIError) {
    return (
      (typeof err.code === 'number' && PERMANENT_CODES.has(err.code)) ||
      err.status === 401 ||
      err.status === 403 ||
      err.status === 404
    );
  }
  if (err instanceof HTTPError) return err.status === 401 || err.status === 403 || err.status === 404;
  return false;
}

function describe(err: unknown): string {
  if (err instanceof DiscordAPIError) return `${err.status} ${err.message} (code ${String(err.code)})`;
  return err instanceof Error ? err.message : String(err);
}
