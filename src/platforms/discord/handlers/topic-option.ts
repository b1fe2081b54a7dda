/**
 * The `topic` option that /brief and /briefbot timeline share: its autocomplete, and what the
 * typed value means, answered privately at once when it names no topic.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import { resolveTopic, type Topic } from '../../../briefing/topics.js';
import type { BotContext, CommandHandler } from '../context.js';
import { replyPrivately } from '../deliver.js';
import { renderError } from '../render.js';
import { topicChoices } from '../topic-choices.js';

export const autocompleteTopic: NonNullable<CommandHandler['autocomplete']> = async (ctx, interaction) => {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'topic' ? topicChoices(ctx.api.topics(), String(focused.value)) : [];
  await interaction.respond(choices);
};

/** The topic the `topic` option names, or null once the user has been told it names none. */
export async function topicOrReply(
  ctx: BotContext,
  interaction: ChatInputCommandInteraction,
): Promise<Topic | null> {
  const typed = interaction.options.getString('topic', true);
  const resolved = resolveTopic(ctx.api.topics(), typed);
  if (resolved.ok) return resolved.topic;
  const list = resolved.suggestions.length > 0 ? ` Try: ${resolved.suggestions.join(', ')}.` : '';
  await replyPrivately(ctx, interaction, [
    renderError(
      `I have no topic called "${typed.slice(0, 100)}".${list} Pick one from the list as you type.`,
    ),
  ]);
  return null;
}
