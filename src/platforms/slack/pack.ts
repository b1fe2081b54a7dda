/**
 * Packing text into Block Kit: lines become section blocks of at most 3000 characters, blocks
 * become messages of at most 50 blocks and ~12k serialized characters. A line (one bullet with
 * its markers, one quote, one source) is never split unless it alone is longer than a section,
 * and then only at whitespace, so a `[n]` marker or an `&amp;` entity is never cut in half.
 */
import type { types } from '@slack/bolt';
import { BLOCK_LIMITS } from './block-limits.js';

export type SlackBlock = types.KnownBlock;

export interface SlackMessage {
  /** Fallback for notifications and screen readers; Block Kit messages should always carry it. */
  text: string;
  blocks: SlackBlock[];
}

/** Splits one over-long line at whitespace into pieces of at most `max` characters. */
export function splitLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    let at = rest.lastIndexOf(' ', max);
    // A single "word" longer than a section (a pasted URL) has nowhere better to break.
    if (at <= 0) at = max;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/** Section blocks holding the lines in order, each section as full as the limit allows. */
export function sectionsFromLines(lines: readonly string[], max: number = BLOCK_LIMITS.text): SlackBlock[] {
  const sections: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitLine(l, max))) {
    if (current === '') current = line;
    else if (current.length + 1 + line.length <= max) current += `\n${line}`;
    else {
      sections.push(current);
      current = line;
    }
  }
  if (current !== '') sections.push(current);
  return sections.map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

/**
 * Messages holding `body` in order, with `trailer` (buttons, footer) kept together at the end of
 * the last one. `text(i, n)` gives the fallback text of message i of n.
 */
export function packMessages(
  body: readonly SlackBlock[],
  trailer: readonly SlackBlock[],
  text: (index: number, count: number) => string,
): SlackMessage[] {
  const groups: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let size = 2;
  const fits = (blocks: readonly SlackBlock[]) => {
    const extra = blocks.reduce((n, b) => n + JSON.stringify(b).length + 1, 0);
    return (
      current.length + blocks.length <= BLOCK_LIMITS.blocksPerMessage &&
      size + extra <= BLOCK_LIMITS.blocksJson
    );
  };
  const add = (blocks: readonly SlackBlock[]) => {
    if (current.length > 0 && !fits(blocks)) {
      groups.push(current);
      current = [];
      size = 2;
    }
    current.push(...blocks);
    size += blocks.reduce((n, b) => n + JSON.stringify(b).length + 1, 0);
  };
  for (const block of body) add([block]);
  if (trailer.length > 0) add(trailer);
  if (current.length > 0) groups.push(current);
  return groups.map((blocks, i) => ({ text: text(i, groups.length), blocks }));
}
