/**
 * Posts scheduled digests to Slack channels with chat.postMessage and the Slack renderer's blocks
 * (no buttons: a digest is for the whole channel). A long digest's later parts go in the thread of
 * its first message. Errors become DigestPostError, permanent when retrying cannot help (the bot
 * is not in the channel, the token was revoked), so the scheduler retries only what may recover.
 */
import type { webApi } from '@slack/bolt';
import type { Answer } from '../../briefing/answer.js';
import type { DigestPoster } from '../../digest/poster.js';
import type { Logger } from '../../log/logger.js';
import { postDigestParts } from '../chat/post-digest.js';
import { BLOCK_LIMITS } from './block-limits.js';
import { escapeMrkdwn, truncate } from './mrkdwn.js';
import { sectionsFromLines, type SlackMessage } from './pack.js';
import { slackErrorCode } from './post.js';
import { renderAnswer } from './render.js';

type WebClient = webApi.WebClient;

/** Slack errors that the same request will meet again. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'invalid_auth',
  'not_authed',
  'account_inactive',
  'token_revoked',
  'missing_scope',
  'restricted_action',
  'no_permission',
  'ekm_access_denied',
  'invalid_blocks',
  'msg_too_long',
]);

export interface SlackDigestPosterOptions {
  client: WebClient;
  /** The topic's display title for a slug, for the header. */
  topicTitle?: (slug: string) => string | undefined;
  logger: Logger;
}

/** The digest as Slack messages: the renderer's, or a single line when there is nothing new. */
export function renderDigest(answer: Answer, title: string): SlackMessage[] {
  if (answer.bullets.length === 0) {
    const line = `${escapeMrkdwn(title)}: ${escapeMrkdwn(truncate(answer.note ?? 'Nothing new.', 2000))}`;
    return [{ text: line, blocks: sectionsFromLines([line], BLOCK_LIMITS.text) }];
  }
  return renderAnswer(answer, { title, quotes: false, answerId: null, share: false });
}

export function createSlackDigestPoster(options: SlackDigestPosterOptions): DigestPoster {
  const { client, logger } = options;
  return {
    async post(target, answer) {
      const topic = answer.topic ? (options.topicTitle?.(answer.topic) ?? answer.topic) : answer.query;
      const messages = renderDigest(answer, `Digest: ${topic}`);
      return postDigestParts(messages, {
        label: 'Slack digest',
        channel: target.channel,
        logger,
        async send(message, first) {
          // Later parts go in the thread of the first.
          const res = await client.chat.postMessage({
            channel: target.channel,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            ...(first ? { thread_ts: first } : {}),
          });
          if (typeof res.ts !== 'string') throw new Error('chat.postMessage answered without a message ts');
          return res.ts;
        },
        failure(err) {
          const code = slackErrorCode(err);
          return {
            reason: code,
            message: `Slack chat.postMessage failed: ${code}`,
            permanent: PERMANENT.has(code),
          };
        },
      });
    },
  };
}
