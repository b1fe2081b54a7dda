/**
 * What every handler receives: the briefing service, a logger, and the recent-answer cache.
 * Handlers are plain objects keyed by command or custom-id kind (see handlers/index.ts).
 */
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  ModalSubmitInteraction,
} from 'discord.js';
import type { BriefingApi } from '../../briefing/service-api.js';
import type { SubscriptionCommandDeps } from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import type { AnswerCache } from './answer-cache.js';
import type { CustomId } from './components.js';

export interface BotContext {
  api: BriefingApi;
  logger: Logger;
  answers: AnswerCache;
  /** Digest subscriptions for `/digest subscribe` and friends (absent: those say they are off). */
  subscriptions?: SubscriptionCommandDeps;
  /** User ids who may change digests without Manage Channels (BRIEFBOT_ADMINS). */
  admins?: readonly string[];
}

export interface CommandHandler {
  /** `brief`, or `briefbot help` for a subcommand. */
  key: string;
  execute(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void>;
}

export interface ButtonHandler<K extends CustomId['kind'] = CustomId['kind']> {
  kind: K;
  handle(ctx: BotContext, interaction: ButtonInteraction, id: Extract<CustomId, { kind: K }>): Promise<void>;
}

export interface ModalHandler<K extends CustomId['kind'] = CustomId['kind']> {
  kind: K;
  handle(
    ctx: BotContext,
    interaction: ModalSubmitInteraction,
    id: Extract<CustomId, { kind: K }>,
  ): Promise<void>;
}
