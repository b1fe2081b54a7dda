/** `/briefbot help`: what the bot does, how to ask, and the topics it knows (privately). */
import { MessageFlags } from 'discord.js';
import type { CommandHandler } from '../context.js';
import { clip, escapeText } from '../markdown.js';
import { BRAND_COLOR } from '../render.js';

/** Topics listed in the help; the autocomplete finds the rest. */
const LISTED_TOPICS = 20;

export function helpText(topics: readonly { slug: string; title: string }[]): string {
  const listed = topics
    .slice(0, LISTED_TOPICS)
    .map((t) => `• ${escapeText(t.title)} — \`${t.slug}\``)
    .join('\n');
  const more =
    topics.length > LISTED_TOPICS ? `\n…and ${topics.length - LISTED_TOPICS} more as you type.` : '';
  return clip(
    [
      'I brief you on the news in my articles. Every claim carries a numbered citation to the article it came from.',
      '',
      '**/brief** `topic` — a short briefing; start typing to pick a topic.',
      '**/brief** `topic` `question` — ask something specific about it.',
      '`private: True` — only you see the answer.',
      '**/briefbot timeline** `topic` — the topic’s dated events in order, each cited, with where outlets disagree.',
      '**/digest subscribe** `topic` — a cited digest in this channel every day (or weekdays, or weekly) at a local time; **/digest subscriptions** lists them, **/digest unsubscribe** stops one (members who can manage the channel).',
      '',
      'Under each answer: **Follow up** asks a question in the same conversation ("he", "that deal" are understood); **Show quotes** shows each cited sentence word for word.',
      '',
      topics.length > 0 ? `**Topics**\n${listed}${more}` : 'No topics are configured yet.',
    ].join('\n'),
    4096,
  );
}

export const helpHandler: CommandHandler = {
  key: 'briefbot help',
  async execute(ctx, interaction) {
    await interaction.reply({
      embeds: [{ title: 'briefbot', color: BRAND_COLOR, description: helpText(ctx.api.topics()) }],
      flags: MessageFlags.Ephemeral,
    });
  },
};
