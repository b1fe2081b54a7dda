/**
 * `/briefbot timeline topic:<autocomplete> private:<optional>`: the topic's dated events in order,
 * grouped by episode and day, with the places where outlets disagree. Same path as /brief.
 */
import type { CommandHandler } from '../context.js';
import { deliverAnswer } from '../deliver.js';
import { autocompleteTopic, topicOrReply } from './topic-option.js';

export const timelineHandler: CommandHandler = {
  key: 'briefbot timeline',
  autocomplete: autocompleteTopic,

  async execute(ctx, interaction) {
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const topic = await topicOrReply(ctx, interaction);
    if (topic === null) return;
    await deliverAnswer(ctx, interaction, {
      ephemeral,
      thread: (replyId) => replyId,
      ask: (thread) => ctx.api.brief({ topic: topic.slug, thread, timeline: true }),
      render: () => ({ topicTitle: topic.title }),
    });
  },
};
