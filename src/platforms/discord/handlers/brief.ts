/**
 * `/brief topic:<autocomplete> question:<optional> private:<optional>`: a briefing on the topic,
 * or, with a question, an answer scoped to it. Problems found before any work (unknown topic,
 * over-long question) are answered privately at once; everything else goes through deliverAnswer.
 */
import { questionTooLong } from '../../../briefing/service-api.js';
import type { CommandHandler } from '../context.js';
import { deliverAnswer, replyPrivately } from '../deliver.js';
import { renderError } from '../render.js';
import { autocompleteTopic, topicOrReply } from './topic-option.js';

export const briefHandler: CommandHandler = {
  key: 'brief',
  autocomplete: autocompleteTopic,

  async execute(ctx, interaction) {
    const question = interaction.options.getString('question')?.trim() || null;
    const ephemeral = interaction.options.getBoolean('private') ?? false;

    const topic = await topicOrReply(ctx, interaction);
    if (topic === null) return;
    const tooLong = question === null ? null : questionTooLong(question);
    if (tooLong) {
      await replyPrivately(ctx, interaction, [renderError(tooLong)]);
      return;
    }

    await deliverAnswer(ctx, interaction, {
      ephemeral,
      thread: (replyId) => replyId,
      ask: (thread) =>
        question === null
          ? ctx.api.brief({ topic: topic.slug, thread })
          : ctx.api.ask({ question, topic: topic.slug, thread }),
      render: () => ({ topicTitle: topic.title, question }),
    });
  },
};
