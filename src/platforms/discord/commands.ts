/**
 * The application commands as the JSON `discord:register` sends. Kept apart from the handlers so
 * the register script and the limits test read them without starting a bot. Subcommands of
 * `/briefbot` (help now; subscriptions later) each get a handler under handlers/.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../briefing/service-api.js';

/** Guild text channels and the bot's DMs; installed to servers (not to user accounts). */
const WHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

export const briefDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'brief',
  description: 'A short briefing on a news topic, every claim cited; add a question to ask about it',
  ...WHERE,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'The topic (start typing to search the list)',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Ask something specific about the topic instead of a general briefing',
      required: false,
      min_length: 1,
      max_length: MAX_QUESTION_CHARS,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Only you see the answer',
      required: false,
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const briefbotDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'briefbot',
  description: 'About briefbot',
  ...WHERE,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'help',
      description: 'How to use briefbot, and the topics it knows',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  briefDefinition,
  briefbotDefinition,
];
