/**
 * `/briefbot timeline topic:<autocomplete> private:<optional>`: the topic's dated events in order,
 * grouped by episode and day, with the places where outlets disagree. Same path as /brief.
 */
import type { CommandHandler } from '../context.js';
import { deliverAnswer, replyPrivately } from '../deliver.js';
import { renderError } from '../render.js';
import { resolveTopic, topicChoices } from '../topic-choices.js';

export const timelineHandler: CommandHandler = {
  key: 'briefbot timeline',

  async autocomplete(ctx, interaction) {
    const focused = interaction.options.getFocused(true);
    const choices = focused.name === 'topic' ? topicChoices(ctx.api.topics(), String(focused.value)) : [];
    await interaction.respond(choices);
  },

  async execute(ctx, interaction) {
    const typed = interaction.options.getString('topic', true);
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const resolved = resolveTopic(ctx.api.topics(), typed);
    if (!resolved.ok) {
      const list = resolved.suggestions.length > 0 ? ` Try: ${resolved.suggestions.join(', ')}.` : '';
      await replyPrivately(ctx, interaction, [
        renderError(
          `I have no topic called "${typed.slice(0, 100)}".${list} Pick one from the list as you type.`,
        ),
      ]);
      return;
    }
    const topic = resolved.topic;
    await deliverAnswer(ctx, interaction, {
      ephemeral,
      thread: (replyId) => replyId,
      ask: (thread) => ctx.api.brief({ topic: topic.slug, thread, timeline: true }),
      render: () => ({ topicTitle: topic.title }),
    });
  },
};
