/**
 * Packs lines of text into embeds and messages within Discord's limits. Lines are atomic: a
 * bullet with its `[n]` markers, or a source, is never split across embeds or messages.
 */
import type { APIEmbed } from 'discord.js';
import { clip } from './markdown.js';
import { DISCORD_LIMITS, type DiscordLimits, embedLength } from './limits.js';

/** Lines joined into embed descriptions. */
export interface DescriptionSection {
  kind: 'description';
  lines: string[];
}

/** Lines joined into embed fields; continuation fields are named `${name} (cont.)`. */
export interface FieldSection {
  kind: 'fields';
  name: string;
  lines: string[];
}

export type Section = DescriptionSection | FieldSection;

export interface PackInput {
  title?: string;
  color?: number;
  sections: Section[];
  footer?: string;
}

/** Longest footer kept; the rest of the 6000 budget belongs to the answer. */
const FOOTER_MAX = 512;

/**
 * Joins lines greedily into chunks of at most `max` characters; an over-long line is clipped alone.
 * An empty line separates paragraphs, so none is left at the start or end of a chunk.
 */
export function chunkLines(lines: readonly string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  const close = () => {
    const chunk = current.replace(/\n+$/, '');
    if (chunk.length > 0) chunks.push(chunk);
  };
  for (const raw of lines) {
    const line = clip(raw, max);
    if (current.length === 0) current = line;
    else if (current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      close();
      current = line;
    }
  }
  close();
  return chunks;
}

/** The embeds of each message, in order: the first message's embeds, then each follow-up's. */
export function packEmbeds(input: PackInput, limits: DiscordLimits = DISCORD_LIMITS): APIEmbed[][] {
  const title = input.title ? clip(input.title, limits.title) : undefined;
  const footer = input.footer ? clip(input.footer, Math.min(FOOTER_MAX, limits.footer)) : undefined;
  // Every embed leaves room for the title and footer, so whichever embed ends up carrying them fits.
  const budget = limits.embedTotal - (title?.length ?? 0) - (footer?.length ?? 0);
  const base = input.color === undefined ? {} : { color: input.color };

  const embeds: APIEmbed[] = [];
  const open = (): APIEmbed => {
    const embed: APIEmbed = { ...base };
    embeds.push(embed);
    return embed;
  };

  for (const section of input.sections) {
    if (section.kind === 'description') {
      for (const chunk of chunkLines(section.lines, Math.min(limits.description, budget))) {
        open().description = chunk;
      }
      continue;
    }
    const fieldBudget = Math.min(limits.fieldValue, budget - limits.fieldName);
    for (const [i, value] of chunkLines(section.lines, fieldBudget).entries()) {
      const name = clip(i === 0 ? section.name : `${section.name} (cont.)`, limits.fieldName);
      const field = { name, value };
      // Fields follow the description they belong to, in the same embed while it has room.
      let target: APIEmbed = embeds.at(-1) ?? open();
      const fields = target.fields ?? [];
      if (fields.length >= limits.fields || embedLength(target) + name.length + value.length > budget) {
        target = open();
      }
      target.fields = [...(target.fields ?? []), field];
    }
  }
  if (embeds.length === 0) open().description = '\u200b';
  if (title) embeds[0]!.title = title;
  if (footer) embeds[embeds.length - 1]!.footer = { text: footer };

  const messages: APIEmbed[][] = [];
  let message: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      message.length > 0 &&
      (message.length >= limits.embedsPerMessage || total + length > limits.embedTotal)
    ) {
      messages.push(message);
      message = [];
      total = 0;
    }
    message.push(embed);
    total += length;
  }
  if (message.length > 0) messages.push(message);
  return messages;
}
