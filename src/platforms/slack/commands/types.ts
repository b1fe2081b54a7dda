/**
 * A subcommand of `/brief` (and of a mention: `@briefbot help`). Each one lives in its own file
 * and is listed in index.ts; the surface it was typed on (slash command, mention, DM, thread)
 * supplies `reply` and `answer`, so a subcommand never needs to know where it runs.
 */
import type { BriefingApi } from '../../../briefing/service-api.js';
import type { SubscriptionCommandDeps, SubscriptionReply } from '../../../digest/subscription-commands.js';
import type { Logger } from '../../../log/logger.js';
import type { SlackMessage } from '../pack.js';
import type { ChatRequest } from '../../chat/words.js';

export interface SubcommandContext {
  /** The words after the subcommand's name (all the words for the default subcommand). */
  args: string;
  /** All the words, as typed. */
  text: string;
  channel: string;
  user: string;
  teamId: string | undefined;
  api: BriefingApi;
  logger: Logger;
  /** The channel's digest subscriptions, when the bot keeps them. */
  subscriptions?: SubscriptionCommandDeps;
  /** Whether this person may subscribe or unsubscribe the channel: null when they may, else the refusal. */
  subscriptionRefusal?: () => Promise<SubscriptionReply | null>;
  /** Usage lines of every subcommand, for help. */
  usage: readonly string[];
  /** Shows messages to the person who typed the command, and nobody else. */
  reply(messages: readonly SlackMessage[]): Promise<void>;
  /** Answers a request where this surface answers: privately, in the channel, or in the thread. */
  answer(request: ChatRequest): Promise<void>;
}

export interface Subcommand {
  /** The first word that selects it (`/brief help`). */
  name: string;
  /** Lines for the help message. */
  usage: readonly string[];
  run(ctx: SubcommandContext): Promise<void>;
}
