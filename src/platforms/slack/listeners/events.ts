/**
 * Messages addressed to the bot: @mentions (answered in their thread), direct messages, and
 * replies in a thread the bot answered in (follow-ups, with the thread's memory). Messages with
 * a subtype (edits, joins, bot posts) or a bot_id are never answered, and each message is
 * answered once even though a mention arrives both as `app_mention` and as `message`.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { threadKeyString } from '../../../briefing/ports.js';
import { dispatch } from '../commands/index.js';
import type { SlackDeps } from '../deps.js';
import { subscriptionRefusal } from '../permissions.js';
import { answerInThread, slackThread, type ThreadPlace } from '../deliver.js';
import { fromSlackText } from '../mrkdwn.js';
import { type UserMessageEvent, userMessageEventSchema } from '../payloads.js';
import { createPoster } from '../post.js';

type EventArgs = SlackEventMiddlewareArgs<'app_mention' | 'message'> & AllMiddlewareArgs;

/** The person's message, or null for anything the bot must not answer. */
function personMessage(event: unknown): UserMessageEvent | null {
  const raw = event as { subtype?: unknown; bot_id?: unknown };
  if (raw.subtype !== undefined || raw.bot_id !== undefined) return null;
  const parsed = userMessageEventSchema.safeParse(event);
  return parsed.success ? parsed.data : null;
}

async function answer(deps: SlackDeps, args: EventArgs, message: UserMessageEvent, place: ThreadPlace) {
  if (!deps.handled.claim(`${message.channel}:${message.ts}`, true)) return;
  const poster = createPoster(args.client, deps.logger);
  await dispatch({
    text: fromSlackText(message.text, args.context.botUserId),
    channel: message.channel,
    user: message.user,
    teamId: args.context.teamId,
    api: deps.api,
    logger: deps.logger,
    ...(deps.subscriptions ? { subscriptions: deps.subscriptions } : {}),
    subscriptionRefusal: () => subscriptionRefusal(args.client, message.user, deps.admins, deps.logger),
    reply: async (messages) => {
      await poster.ephemeral(message.channel, message.user, messages, place.threadTs);
    },
    answer: (request) => answerInThread(deps, poster, place, request),
  });
}

export function mentionListener(deps: SlackDeps) {
  return async (args: EventArgs): Promise<void> => {
    const message = personMessage(args.event);
    if (!message) return;
    const threadTs = message.thread_ts ?? message.ts;
    await answer(deps, args, message, {
      channel: message.channel,
      user: message.user,
      threadTs,
      key: slackThread(message.channel, threadTs),
    });
  };
}

export function messageListener(deps: SlackDeps) {
  return async (args: EventArgs): Promise<void> => {
    const message = personMessage(args.event);
    if (!message) return;
    const { botUserId } = args.context;
    if (message.channel_type === 'im') {
      // A direct message is one conversation; reply where the person wrote.
      await answer(deps, args, message, {
        channel: message.channel,
        user: message.user,
        threadTs: message.thread_ts,
        key: slackThread(message.channel, message.thread_ts ?? 'dm'),
      });
      return;
    }
    // In channels only thread replies can be follow-ups; top-level chatter is not for the bot.
    if (message.thread_ts === undefined || message.thread_ts === message.ts) return;
    // A mention is answered by the app_mention listener.
    if (botUserId && message.text.includes(`<@${botUserId}>`)) return;
    const key = slackThread(message.channel, message.thread_ts);
    const ours =
      (botUserId !== undefined && message.parent_user_id === botUserId) ||
      deps.threads.has(threadKeyString(key));
    if (!ours) return;
    await answer(deps, args, message, {
      channel: message.channel,
      user: message.user,
      threadTs: message.thread_ts,
      key,
    });
  };
}
