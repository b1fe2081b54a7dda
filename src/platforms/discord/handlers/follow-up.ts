/**
 * "Follow up": the button opens a modal for the question; the submitted modal is answered in the
 * same conversation (the thread id travels in the custom ids), publicly unless the answer it
 * follows was private.
 */
import { MessageFlags, type Message, type ModalSubmitInteraction } from 'discord.js';
import { questionTooLong } from '../../../briefing/service-api.js';
import { followUpModal, QUESTION_INPUT_ID } from '../components.js';
import type { ButtonHandler, ModalHandler } from '../context.js';
import { deliverAnswer, replyPrivately } from '../deliver.js';
import { renderError } from '../render.js';

export const followUpButton: ButtonHandler<'follow'> = {
  kind: 'follow',
  async handle(_ctx, interaction, id) {
    await interaction.showModal(followUpModal(id.thread));
  },
};

function questionOf(interaction: ModalSubmitInteraction): string {
  try {
    return interaction.fields.getTextInputValue(QUESTION_INPUT_ID).trim();
  } catch {
    // A modal from another version of the bot, without our field: treat as empty.
    return '';
  }
}

function wasPrivate(message: Message | null): boolean {
  return message?.flags.has(MessageFlags.Ephemeral) ?? false;
}

export const askModal: ModalHandler<'ask'> = {
  kind: 'ask',
  async handle(ctx, interaction, id) {
    const question = questionOf(interaction);
    if (question.length === 0) {
      await replyPrivately(ctx, interaction, [
        renderError('The question was empty. Press Follow up and type one.'),
      ]);
      return;
    }
    const tooLong = questionTooLong(question);
    if (tooLong) {
      await replyPrivately(ctx, interaction, [renderError(tooLong)]);
      return;
    }
    const topics = ctx.api.topics();
    await deliverAnswer(ctx, interaction, {
      ephemeral: wasPrivate(interaction.message),
      thread: id.thread,
      ask: (thread) => ctx.api.ask({ question, thread }),
      render: (answer) => ({
        question,
        topicTitle: topics.find((t) => t.slug === answer.topic)?.title ?? null,
      }),
    });
  },
};
