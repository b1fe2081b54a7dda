/**
 * The one path every answer takes: defer at once (Discord allows 3 s), ask the service, then edit
 * the deferred reply with the first message and send the rest as follow-ups. Whatever fails after
 * the deferral ends in an edited reply that says so, never in a silent "thinking…".
 */
import {
  type APIEmbed,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  MessageFlags,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { Answer } from '../../briefing/answer.js';
import type { ServiceResult, UserError } from '../../briefing/service-api.js';
import type { ThreadKey } from '../../briefing/ports.js';
import { answerButtons } from './components.js';
import type { BotContext } from './context.js';
import { type RenderContext, renderAnswer, renderError } from './render.js';

export type AnsweringInteraction = ChatInputCommandInteraction | ModalSubmitInteraction;

export interface DeliverOptions {
  ephemeral: boolean;
  /**
   * The conversation's thread id. A function receives the deferred reply's message id (or, if it
   * could not be read, the interaction id): a new brief starts its thread on its own message.
   */
  thread: string | ((replyId: string) => string);
  ask: (thread: ThreadKey) => Promise<ServiceResult>;
  render?: (answer: Answer) => RenderContext;
}

export const INTERNAL_ERROR_MESSAGE =
  'Something went wrong while preparing this answer. It has been logged; please try again in a moment.';

export function userErrorText(error: UserError): string {
  const suggestions =
    error.suggestions && error.suggestions.length > 0
      ? ` Did you mean: ${error.suggestions.join(', ')}?`
      : '';
  return `${error.message}${suggestions}`;
}

function channelOf(interaction: AnsweringInteraction): string {
  return interaction.channelId ?? interaction.guildId ?? 'dm';
}

export async function deliverAnswer(
  ctx: BotContext,
  interaction: AnsweringInteraction,
  options: DeliverOptions,
): Promise<void> {
  const log = { interaction: interaction.id, user: interaction.user.id, channel: interaction.channelId };
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  try {
    await interaction.deferReply(flags === undefined ? {} : { flags });
  } catch (err) {
    // Past the 3 s window or already answered: there is nothing left to reply to.
    ctx.logger.warn({ ...log, err }, 'discord: could not defer the reply');
    return;
  }

  let thread: string;
  if (typeof options.thread === 'string') thread = options.thread;
  else {
    let replyId = interaction.id;
    try {
      replyId = (await interaction.fetchReply()).id;
    } catch (err) {
      ctx.logger.warn(
        { ...log, err },
        'discord: could not read the deferred reply; threading on the interaction id',
      );
    }
    thread = options.thread(replyId);
  }

  let result: ServiceResult;
  try {
    result = await options.ask({ platform: 'discord', channel: channelOf(interaction), thread });
  } catch (err) {
    ctx.logger.error({ ...log, err }, 'discord: the briefing service failed');
    await editWithError(ctx, interaction, INTERNAL_ERROR_MESSAGE);
    return;
  }
  if (!result.ok) {
    await editWithError(ctx, interaction, userErrorText(result.error));
    return;
  }

  const answer = result.answer;
  ctx.answers.set(interaction.id, answer);
  const messages = renderAnswer(answer, options.render?.(answer) ?? {});
  const buttons = [answerButtons(thread, interaction.id)];
  let sent = 0;
  try {
    for (const [i, embeds] of messages.entries()) {
      // The buttons go under the last part, where the reader finishes.
      const components = i === messages.length - 1 ? buttons : [];
      if (i === 0) await interaction.editReply({ embeds, components });
      else await interaction.followUp({ embeds, components, ...(flags === undefined ? {} : { flags }) });
      sent++;
    }
    ctx.logger.info({ ...log, thread, messages: messages.length, mode: answer.mode }, 'discord: answered');
  } catch (err) {
    ctx.logger.error({ ...log, err, sent, parts: messages.length }, 'discord: sending the answer failed');
    if (sent === 0) {
      await editWithError(
        ctx,
        interaction,
        'The answer could not be posted here. Please try again in a moment.',
      );
      return;
    }
    // The first parts are up: keep them, and say privately that the rest is missing.
    await interaction
      .followUp({
        embeds: [renderError(`Only ${sent} of ${messages.length} parts of this answer could be posted.`)],
        flags: MessageFlags.Ephemeral,
      })
      .catch((e: unknown) =>
        ctx.logger.warn({ ...log, err: e }, 'discord: could not report a partial answer'),
      );
  }
}

/** Replaces the deferred reply with an error; logs (never throws) when even that fails. */
export async function editWithError(
  ctx: BotContext,
  interaction: AnsweringInteraction,
  text: string,
): Promise<void> {
  try {
    await interaction.editReply({ content: '', embeds: [renderError(text)], components: [] });
  } catch (err) {
    ctx.logger.warn({ interaction: interaction.id, err }, 'discord: could not edit the reply with an error');
  }
}

/** An immediate private reply (no deferral) for problems found before any work starts. */
export async function replyPrivately(
  ctx: BotContext,
  interaction: AnsweringInteraction | ButtonInteraction,
  embeds: APIEmbed[],
): Promise<void> {
  try {
    await interaction.reply({ embeds, flags: MessageFlags.Ephemeral });
  } catch (err) {
    ctx.logger.warn({ interaction: interaction.id, err }, 'discord: could not reply');
  }
}
