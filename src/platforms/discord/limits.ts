/**
 * Discord's documented message limits, and a checker that names every limit a payload breaks.
 * The renderer packs answers to fit these; tests run the checker over what actually went out.
 */
import type { APIEmbed } from 'discord.js';

export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Title + description + field names and values + footer + author, summed over all embeds. */
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Autocomplete results and option choices. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
} as const;

export type DiscordLimits = typeof DISCORD_LIMITS;

/** The characters of one embed that count toward the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title ?? '').length + (embed.description ?? '').length;
  n += (embed.footer?.text ?? '').length + (embed.author?.name ?? '').length;
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export interface MessageShape {
  content?: string | null;
  embeds?: APIEmbed[] | null;
}

/** Every limit the message breaks, as readable sentences; empty when it fits. */
export function messageLimitProblems(
  message: MessageShape,
  limits: DiscordLimits = DISCORD_LIMITS,
): string[] {
  const problems: string[] = [];
  const content = message.content ?? '';
  if (content.length > limits.content)
    problems.push(`content has ${content.length} > ${limits.content} chars`);
  const embeds = message.embeds ?? [];
  if (embeds.length > limits.embedsPerMessage) {
    problems.push(`${embeds.length} embeds > ${limits.embedsPerMessage}`);
  }
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const at = `embed ${i}`;
    if ((e.title ?? '').length > limits.title) problems.push(`${at} title > ${limits.title}`);
    if ((e.description ?? '').length > limits.description) {
      problems.push(`${at} description has ${(e.description ?? '').length} > ${limits.description} chars`);
    }
    if ((e.footer?.text ?? '').length > limits.footer) problems.push(`${at} footer > ${limits.footer}`);
    const fields = e.fields ?? [];
    if (fields.length > limits.fields) problems.push(`${at} has ${fields.length} fields > ${limits.fields}`);
    for (const [j, f] of fields.entries()) {
      if (f.name.length === 0 || f.name.length > limits.fieldName)
        problems.push(`${at} field ${j} name length`);
      if (f.value.length === 0 || f.value.length > limits.fieldValue) {
        problems.push(`${at} field ${j} value has ${f.value.length} chars (1..${limits.fieldValue})`);
      }
    }
    const length = embedLength(e);
    if (length > limits.embedTotal) problems.push(`${at} has ${length} > ${limits.embedTotal} chars`);
    total += length;
  }
  if (total > limits.embedTotal) problems.push(`embeds total ${total} > ${limits.embedTotal} chars`);
  return problems;
}
