/**
 * A channel's digest subscription command as every chat adapter runs it: said to be off when the
 * bot keeps no subscriptions, refused when it would change them and the person may not, otherwise
 * read by the shared digest command handler, so Slack and Discord accept and refuse exactly what
 * the CLI does (docs/digests.md).
 */
import {
  changesSubscriptions,
  runSubscriptionCommand,
  type SubscriptionCommand,
  type SubscriptionCommandDeps,
  type SubscriptionReply,
} from '../../digest/subscription-commands.js';

/** The channel a command is about: `{ platform, channel }`. */
type ChannelTarget = Parameters<typeof runSubscriptionCommand>[1];

export const SUBSCRIPTIONS_OFF =
  'Scheduled digests are not set up in this briefbot (it runs without its store of subscriptions).';

export async function runChannelSubscriptionCommand(
  deps: SubscriptionCommandDeps | undefined,
  target: ChannelTarget,
  command: SubscriptionCommand,
  words: string,
  /** Whether this person may change the channel's digests: null when they may, else the refusal. */
  refusal: () => Promise<SubscriptionReply | null>,
): Promise<SubscriptionReply> {
  if (!deps) return { ok: false, message: SUBSCRIPTIONS_OFF };
  if (changesSubscriptions(command)) {
    const refused = await refusal();
    if (refused && !refused.ok) return refused;
  }
  return runSubscriptionCommand(deps, target, command, words);
}
