/**
 * The application commands as the JSON `discord:register` sends. Kept apart from the handlers so
 * the register script and the limits test read them without starting a bot. Subcommands of
 * `/briefbot` and `/digest` each get a handler under handlers/.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_QUESTION_CHARS } from '../../briefing/service-api.js';

/** Guild text channels and the bot's DMs; installed to servers (not to user accounts). */
const WHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integration_types: [ApplicationIntegrationType.GuildInstall],
};

/** The topic option of /brief, /briefbot timeline and the digest subcommands: one autocomplete. */
const topicOption = {
  type: ApplicationCommandOptionType.String,
  name: 'topic',
  description: 'The topic (start typing to search the list)',
  required: true,
  autocomplete: true,
  max_length: 100,
} as const;

export const briefDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'brief',
  description: 'A short briefing on a news topic, every claim cited; add a question to ask about it',
  ...WHERE,
  options: [
    topicOption,
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

const DAYS = [
  ['Monday', 'mon'],
  ['Tuesday', 'tue'],
  ['Wednesday', 'wed'],
  ['Thursday', 'thu'],
  ['Friday', 'fri'],
  ['Saturday', 'sat'],
  ['Sunday', 'sun'],
] as const;

export const briefbotDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'briefbot',
  description: 'About briefbot, and a topic’s timeline',
  ...WHERE,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'help',
      description: 'How to use briefbot, and the topics it knows',
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'timeline',
      description: 'A topic’s dated events in order, each cited, with where outlets disagree',
      options: [
        topicOption,
        {
          type: ApplicationCommandOptionType.Boolean,
          name: 'private',
          description: 'Only you see the timeline',
          required: false,
        },
      ],
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * `/digest subscribe | unsubscribe | subscriptions`: a channel's scheduled digests (docs/digests.md),
 * read by the same parser as Slack and the CLI. A command of its own because Discord sets default
 * permissions per command, not per subcommand: by default only members who can manage channels
 * see it (server admins can change that in Integrations); handlers/subscriptions.ts checks again.
 */
export const digestDefinition = {
  type: ApplicationCommandType.ChatInput,
  name: 'digest',
  description: 'This channel’s scheduled, cited digests of a topic',
  contexts: [InteractionContextType.Guild],
  integration_types: [ApplicationIntegrationType.GuildInstall],
  default_member_permissions: String(PermissionFlagsBits.ManageChannels),
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'subscribe',
      description: 'Post a cited digest of a topic in this channel on a schedule',
      options: [
        topicOption,
        {
          type: ApplicationCommandOptionType.String,
          name: 'cadence',
          description: 'How often (default: daily)',
          required: false,
          choices: [
            { name: 'Every day', value: 'daily' },
            { name: 'Monday to Friday', value: 'weekdays' },
            { name: 'Once a week', value: 'weekly' },
          ],
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'day',
          description: 'Day of a weekly digest (default: Monday)',
          required: false,
          choices: DAYS.map(([name, value]) => ({ name, value })),
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'time',
          description: 'Local time, HH:MM on a 24-hour clock (default: 08:00)',
          required: false,
          min_length: 4,
          max_length: 5,
        },
        {
          type: ApplicationCommandOptionType.String,
          name: 'timezone',
          description: 'IANA time zone, e.g. Asia/Tokyo or Europe/London (start typing)',
          required: false,
          autocomplete: true,
          max_length: 64,
        },
        {
          type: ApplicationCommandOptionType.Boolean,
          name: 'announce_empty',
          description: 'Say "nothing new" when there is nothing new (default: stay quiet)',
          required: false,
        },
      ],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'unsubscribe',
      description: 'Stop this channel’s digest of a topic',
      options: [topicOption],
    },
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'subscriptions',
      description: 'This channel’s scheduled digests',
    },
  ],
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const commandDefinitions: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  briefDefinition,
  briefbotDefinition,
  digestDefinition,
];
