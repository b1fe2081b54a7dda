/**
 * Routes every interaction to its handler and is the one place that catches what a handler did
 * not: the user still gets a reply that says something went wrong, and the process keeps running.
 */
import { type Interaction, MessageFlags, type RepliableInteraction } from 'discord.js';
import { parseCustomId } from './components.js';
import type { BotContext, ButtonHandler, CommandHandler, ModalHandler } from './context.js';
import { INTERNAL_ERROR_MESSAGE } from './deliver.js';
import { renderError } from './render.js';

export interface Handlers {
  commands: readonly CommandHandler[];
  buttons: readonly ButtonHandler[];
  modals: readonly ModalHandler[];
}

const UNKNOWN_ACTION =
  'I do not know that command or button (it may be from an older version). Try /briefbot help.';

function commandKey(interaction: {
  commandName: string;
  options: { getSubcommand(required: false): string | null };
}) {
  const sub = interaction.options.getSubcommand(false);
  return sub ? `${interaction.commandName} ${sub}` : interaction.commandName;
}

export function createDispatcher(
  ctx: BotContext,
  handlers: Handlers,
): (interaction: Interaction) => Promise<void> {
  const commands = new Map(handlers.commands.map((h) => [h.key, h]));

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const handler = commands.get(commandKey(interaction));
      if (handler?.autocomplete) await handler.autocomplete(ctx, interaction);
      else await interaction.respond([]);
      return;
    }
    let run: (() => Promise<void>) | null = null;
    if (interaction.isChatInputCommand()) {
      const handler = commands.get(commandKey(interaction));
      if (handler) run = () => handler.execute(ctx, interaction);
    } else if (interaction.isButton() || interaction.isModalSubmit()) {
      // Buttons and modals are routed alike: by the kind in their custom id.
      const id = parseCustomId(interaction.customId);
      const kinds: readonly (ButtonHandler | ModalHandler)[] = interaction.isButton()
        ? handlers.buttons
        : handlers.modals;
      const handler = id && kinds.find((h) => h.kind === id.kind);
      // The list matches the interaction's type, so the handler takes it.
      if (id && handler) run = () => handler.handle(ctx, interaction as never, id as never);
    } else return;
    if (run) await run();
    else await interaction.reply({ embeds: [renderError(UNKNOWN_ACTION)], flags: MessageFlags.Ephemeral });
  }

  return async (interaction) => {
    try {
      await route(interaction);
    } catch (err) {
      ctx.logger.error(
        { err, interaction: interaction.id, type: interaction.type },
        'discord: handler failed',
      );
      if (interaction.isRepliable()) await sayItFailed(ctx, interaction);
      else if (interaction.isAutocomplete() && !interaction.responded)
        await interaction.respond([]).catch(() => {});
    }
  };
}

async function sayItFailed(ctx: BotContext, interaction: RepliableInteraction): Promise<void> {
  const embeds = [renderError(INTERNAL_ERROR_MESSAGE)];
  try {
    if (interaction.deferred || interaction.replied) await interaction.editReply({ embeds, components: [] });
    else await interaction.reply({ embeds, flags: MessageFlags.Ephemeral });
  } catch (err) {
    ctx.logger.warn(
      { err, interaction: interaction.id },
      'discord: could not tell the user about the failure',
    );
  }
}
