/**
 * `/brief topic:<autocomplete> question:<optional> private:<optional>`: a briefing on the topic,
 * or, with a question, an answer scoped to it. Problems found before any work (unknown topic,
 * over-long question) are answered privately at once; everything else goes through deliverAnswer.
 */
import { MAX_QUESTION_CHARS } from '../../../briefing/service-api.js';
import type { CommandHandler } from '../context.js';
import { deliverAnswer, replyPrivately } from '../deliver.js';
import { renderError } from '../render.js';
import { resolveTopic, topicChoices } from '../topic-choices.js';

export const briefHandler: CommandHandler = {
  key: 'brief',

  async autocomplete(ctx, interaction) {
    const focused = interaction.options.getFocused(true);
    const choices = focused.name === 'topic' ? topicChoices(ctx.api.topics(), String(focused.value)) : [];
    await interaction.respond(choices);
  },

  async execute(ctx, interaction) {
    const typed = interaction.options.getString('topic', true);
    const question = interaction.options.getString('question')?.trim() || null;
    const ephemeral = interaction.options.getBoolean('private') ?? false;

    const topics = ctx.api.topics();
    const resolved = resolveTopic(topics, typed);
    if (!resolved.ok) {
      const list = resolved.suggestions.length > 0 ? ` Try: ${resolved.suggestions.join(', ')}.` : '';
      await replyPrivately(ctx, interaction, [
        renderError(
          `I have no topic called "${typed.slice(0, 100)}".${list} Pick one from the list as you type.`,
        ),
      ]);
      return;
    }
    if (question !== null && question.length > MAX_QUESTION_CHARS) {
      await replyPrivately(ctx, interaction, [
        renderError(
          `That question is ${question.length} characters long; please keep it under ${MAX_QUESTION_CHARS}.`,
        ),
      ]);
      return;
    }

    const topic = resolved.topic;
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
