/**
 * `/digest subscribe | unsubscribe | subscriptions`: this channel's scheduled digests. The options
 * are put back into words and read by the shared digest command handler, so Discord accepts and
 * refuses exactly what Slack and the CLI do. Replies are private to the person who asked.
 * Subscribing and unsubscribing need Manage Channels (or BRIEFBOT_ADMINS), checked on every use:
 * the command's default permission only hides it, and a server admin can widen that.
 */
import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { notAllowedReply, type SubscriptionCommand } from '../../../digest/subscription-commands.js';
import { resolveTopic } from '../../../briefing/topics.js';
import { runChannelSubscriptionCommand } from '../../chat/subscriptions.js';
import type { BotContext, CommandHandler } from '../context.js';
import { clip, escapeText } from '../markdown.js';
import { BRAND_COLOR, renderError } from '../render.js';
import { topicChoices } from '../topic-choices.js';
import { DISCORD_LIMITS } from '../limits.js';

/** Every zone Intl knows, for the timezone autocomplete. */
const ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');

/** Up to 25 zones matching what was typed: prefix of the name or of its city first. */
export function zoneChoices(typed: string): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const rank = (zone: string): number | null => {
    const z = zone.toLowerCase();
    if (q === '' || z.startsWith(q)) return 0;
    if (z.split('/').some((part) => part.startsWith(q))) return 1;
    return z.includes(q) ? 2 : null;
  };
  return ZONES.map((zone, i) => ({ zone, i, r: rank(zone) }))
    .filter((x): x is { zone: string; i: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, DISCORD_LIMITS.choices)
    .map(({ zone }) => ({ name: zone, value: zone }));
}

/** The words the shared parser reads, from the subcommand's options. */
export function subscribeWords(
  topic: string,
  interaction: Pick<ChatInputCommandInteraction, 'options'>,
): string {
  const o = interaction.options;
  return [
    topic,
    o.getString('cadence'),
    o.getString('day'),
    o.getString('time'),
    o.getString('timezone'),
    o.getBoolean('announce_empty') ? 'announce-empty' : null,
  ]
    .filter((w): w is string => typeof w === 'string' && w.trim() !== '')
    .join(' ');
}

async function reply(ctx: BotContext, interaction: ChatInputCommandInteraction, ok: boolean, text: string) {
  const embed = ok ? { color: BRAND_COLOR, description: clip(escapeText(text), 4096) } : renderError(text);
  try {
    await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral });
  } catch (err) {
    ctx.logger.warn({ interaction: interaction.id, err }, 'discord: could not reply');
  }
}

export const DISCORD_SUBSCRIPTION_MANAGERS = 'members who can manage this channel (Manage Channels)';

/**
 * The permissions Discord computed for this member in this channel (role overwrites included) hold
 * Manage Channels, or the user is in BRIEFBOT_ADMINS. Outside a server there is no channel to manage.
 */
function mayManage(ctx: BotContext, interaction: ChatInputCommandInteraction): boolean {
  if (ctx.admins?.includes(interaction.user.id)) return true;
  return interaction.inGuild() && interaction.memberPermissions.has(PermissionFlagsBits.ManageChannels);
}

function handler(name: SubscriptionCommand): CommandHandler {
  return {
    key: `digest ${name}`,
    async autocomplete(ctx, interaction) {
      const focused = interaction.options.getFocused(true);
      const typed = String(focused.value);
      const choices =
        focused.name === 'topic'
          ? topicChoices(ctx.api.topics(), typed)
          : focused.name === 'timezone'
            ? zoneChoices(typed)
            : [];
      await interaction.respond(choices);
    },
    async execute(ctx, interaction) {
      let words = '';
      if (name !== 'subscriptions') {
        const typed = interaction.options.getString('topic', true);
        const resolved = resolveTopic(ctx.api.topics(), typed);
        // An unknown topic goes through as typed: the shared handler names it and suggests others.
        const topic = resolved.ok ? resolved.topic.slug : (typed.trim().split(/\s+/)[0] ?? '');
        words = name === 'subscribe' ? subscribeWords(topic, interaction) : topic;
      }
      const result = await runChannelSubscriptionCommand(
        ctx.subscriptions,
        { platform: 'discord', channel: interaction.channelId },
        name,
        words,
        async () => (mayManage(ctx, interaction) ? null : notAllowedReply(DISCORD_SUBSCRIPTION_MANAGERS)),
      );
      await reply(ctx, interaction, result.ok, result.message);
    },
  };
}

export const subscribeHandler = handler('subscribe');
export const unsubscribeHandler = handler('unsubscribe');
export const subscriptionsHandler = handler('subscriptions');
