/**
 * The three ways an answer reaches Slack: privately through the response URL (a slash command's
 * default), publicly in the channel (a placeholder first, so the answer's thread exists before it
 * is written and follow-ups there share its memory), and inside a thread (mentions, DMs and
 * follow-ups). A problem always goes privately to the person who asked.
 */
import type { RespondFn } from '@slack/bolt';
import { threadKeyString, type ThreadKey } from '../../briefing/ports.js';
import { type SlackDeps, rememberAnswer } from './deps.js';
import type { SlackMessage } from './pack.js';
import type { Poster } from './post.js';
import { respondAll } from './post.js';
import { renderAnswer, renderPending, renderProblem } from './render.js';
import { callService, precheck } from '../chat/call-service.js';
import type { ChatRequest } from '../chat/words.js';

export function slackThread(channel: string, thread: string): ThreadKey {
  return { platform: 'slack', channel, thread };
}

/** Answers through the response URL, visible to the asker only, with a "Share in channel" button. */
export async function answerPrivately(
  deps: SlackDeps,
  respond: RespondFn,
  channel: string,
  request: ChatRequest,
  lead: readonly SlackMessage[] = [],
): Promise<void> {
  const outcome = await callService(deps.api, request, undefined, deps.logger);
  const messages = outcome.ok
    ? renderAnswer(outcome.answer, {
        title: request.title,
        quotes: false,
        answerId: rememberAnswer(deps, { request, answer: outcome.answer, private: true }),
        share: true,
      })
    : [renderProblem(outcome.message, outcome.suggestions)];
  await respondAll(respond, deps.logger, channel, [...lead, ...messages], { response_type: 'ephemeral' });
}

/**
 * Answers in the channel for everyone: posts a placeholder, writes the answer under the
 * placeholder's thread, then replaces it. False when the bot cannot post there (not a member),
 * so the caller can fall back to a private answer.
 */
export async function answerInChannel(
  deps: SlackDeps,
  poster: Poster,
  channel: string,
  request: ChatRequest,
  tellAsker: (message: SlackMessage) => Promise<unknown>,
): Promise<boolean> {
  const early = precheck(request);
  if (early && !early.ok) {
    await tellAsker(renderProblem(early.message, early.suggestions));
    return true;
  }
  const ts = await poster.post(channel, [renderPending(request.title)]);
  if (ts === null) return false;
  const thread = slackThread(channel, ts);
  deps.threads.set(threadKeyString(thread), true);
  const outcome = await callService(deps.api, request, thread, deps.logger);
  if (!outcome.ok) {
    await poster.remove(channel, ts);
    await tellAsker(renderProblem(outcome.message, outcome.suggestions));
    return true;
  }
  const answerId = rememberAnswer(deps, { request, answer: outcome.answer, private: false });
  const [first, ...rest] = renderAnswer(outcome.answer, {
    title: request.title,
    quotes: false,
    answerId,
    share: false,
  });
  if (first) await poster.update(channel, ts, first);
  // Continuations go into the answer's own thread, keeping the channel to one message per brief.
  if (rest.length > 0) await poster.post(channel, rest, ts);
  return true;
}

export interface ThreadPlace {
  channel: string;
  user: string;
  /** Where to reply; undefined for a top-level reply (a direct message). */
  threadTs: string | undefined;
  /** The conversation whose memory the answer uses and extends. */
  key: ThreadKey;
}

/** Answers inside a thread with the thread's memory; a problem goes to the asker only. */
export async function answerInThread(
  deps: SlackDeps,
  poster: Poster,
  place: ThreadPlace,
  request: ChatRequest,
): Promise<void> {
  const outcome = await callService(deps.api, request, place.key, deps.logger);
  if (!outcome.ok) {
    await poster.ephemeral(
      place.channel,
      place.user,
      [renderProblem(outcome.message, outcome.suggestions)],
      place.threadTs,
    );
    return;
  }
  deps.threads.set(threadKeyString(place.key), true);
  const answerId = rememberAnswer(deps, { request, answer: outcome.answer, private: false });
  const messages = renderAnswer(outcome.answer, {
    title: request.title,
    quotes: false,
    answerId,
    share: false,
  });
  await poster.post(place.channel, messages, place.threadTs);
}
