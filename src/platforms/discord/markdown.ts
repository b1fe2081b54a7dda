/**
 * Article text must show as written, not as Discord markdown: a headline with `*` or `_`, a
 * `# ` at a line start or a `[x](y)` in a quote would otherwise restyle or inject links.
 */
import { escapeMarkdown } from 'discord.js';

/** Collapses whitespace (embeds show newlines literally) and escapes every markdown construct. */
export function escapeText(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim(), {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  });
}

/** Text safe inside the brackets of a masked link `[text](url)`. */
export function escapeLinkText(text: string): string {
  return escapeText(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

/** An http(s) URL safe inside `(...)` of a masked link, or null when it is not one. */
export function linkTarget(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Parentheses and angle brackets would end or break the markdown link early.
  return parsed.href.replace(
    /[()<>\s]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Shortens to at most `max` characters, ending in an ellipsis when cut (never mid-surrogate). */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // A lone high surrogate would render as garbage; and a trailing backslash would escape the ellipsis.
  cut = cut.replace(/[\uD800-\uDBFF]$/, '').replace(/\\+$/, '');
  return `${cut}…`;
}
