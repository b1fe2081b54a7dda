/**
 * Who may change a channel's digest subscriptions in Slack: a workspace admin or owner (users.info
 * `is_admin` / `is_owner`, which needs the `users:read` scope), or a user listed in BRIEFBOT_ADMINS.
 * Asked of Slack on every use, so a demoted admin loses the right at once.
 */
import type { webApi } from '@slack/bolt';
import { notAllowedReply, type SubscriptionReply } from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import { slackErrorCode } from './post.js';

export const SLACK_SUBSCRIPTION_MANAGERS = 'a workspace admin or owner';

/** null when the user may; otherwise the refusal to show them privately. */
export async function subscriptionRefusal(
  client: Pick<webApi.WebClient, 'users'>,
  user: string,
  admins: readonly string[],
  logger: Logger,
): Promise<SubscriptionReply | null> {
  if (admins.includes(user)) return null;
  try {
    const info = await client.users.info({ user });
    const u = info.user;
    if (u?.is_admin || u?.is_owner || u?.is_primary_owner) return null;
    return notAllowedReply(SLACK_SUBSCRIPTION_MANAGERS);
  } catch (err) {
    const code = slackErrorCode(err);
    logger.warn({ user, error: code }, 'slack: could not check who may change digests (users.info)');
    return notAllowedReply(
      SLACK_SUBSCRIPTION_MANAGERS,
      `I could not check with Slack whether you may change this channel's digests (${code}), so nothing changed. Try again in a minute; if it keeps failing, the app may lack the users:read scope.`,
    );
  }
}
