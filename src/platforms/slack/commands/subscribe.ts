/**
 * `/brief subscribe`, `/brief unsubscribe`, `/brief subscriptions`: the channel's scheduled
 * digests (docs/digests.md). The words are read by the shared digest command handler, so Slack
 * accepts and refuses exactly what Discord and the CLI do. Replies are private to the person.
 * Subscribing and unsubscribing need a workspace admin or owner, or BRIEFBOT_ADMINS (permissions.ts).
 */
import { SUBSCRIBE_USAGE } from '../../../digest/parse-subscription.js';
import { notAllowedReply, type SubscriptionCommand } from '../../../digest/subscription-commands.js';
import { runChannelSubscriptionCommand } from '../../chat/subscriptions.js';
import { SLACK_SUBSCRIPTION_MANAGERS } from '../permissions.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { sectionsFromLines } from '../pack.js';
import { renderProblem } from '../render.js';
import type { Subcommand } from './types.js';

function subscriptionSubcommand(name: SubscriptionCommand, usage: string): Subcommand {
  return {
    name,
    usage: [usage],
    async run(ctx) {
      const result = await runChannelSubscriptionCommand(
        ctx.subscriptions,
        { platform: 'slack', channel: ctx.channel },
        name,
        ctx.args,
        // Changing a channel's digests needs a right (permissions.ts); with no check wired, nobody may.
        ctx.subscriptionRefusal ?? (async () => notAllowedReply(SLACK_SUBSCRIPTION_MANAGERS)),
      );
      if (!result.ok) {
        await ctx.reply([renderProblem(result.message)]);
        return;
      }
      const lines = result.message.split('\n').map(escapeMrkdwn);
      await ctx.reply([
        { text: escapeMrkdwn(result.message.slice(0, 1000)), blocks: sectionsFromLines(lines) },
      ]);
    },
  };
}

export const subscribeCommand = subscriptionSubcommand(
  'subscribe',
  `\`/brief ${SUBSCRIBE_USAGE}\` — a digest of the topic in this channel`,
);
export const unsubscribeCommand = subscriptionSubcommand(
  'unsubscribe',
  '`/brief unsubscribe <topic>` — stop this channel’s digest of the topic',
);
export const subscriptionsCommand = subscriptionSubcommand(
  'subscriptions',
  '`/brief subscriptions` — this channel’s digests',
);
