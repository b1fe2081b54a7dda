/** "Show quotes": each sentence the answer cites, verbatim, shown only to whoever asked. */
import { MessageFlags } from 'discord.js';
import type { ButtonHandler } from '../context.js';
import { replyPrivately } from '../deliver.js';
import { renderError, renderQuotes } from '../render.js';

export const showQuotesButton: ButtonHandler<'quotes'> = {
  kind: 'quotes',
  async handle(ctx, interaction, id) {
    const answer = ctx.answers.get(id.key);
    if (!answer) {
      await replyPrivately(ctx, interaction, [
        renderError(
          'I no longer have the quotes for that answer (it is old, or I restarted). Run /brief again.',
        ),
      ]);
      return;
    }
    const [first, ...rest] = renderQuotes(answer);
    await interaction.reply({ embeds: first ?? [], flags: MessageFlags.Ephemeral });
    for (const embeds of rest) await interaction.followUp({ embeds, flags: MessageFlags.Ephemeral });
  },
};
