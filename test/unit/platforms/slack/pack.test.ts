import { describe, expect, it } from 'vitest';
import { BLOCK_LIMITS, validateBlocks } from '../../../../src/platforms/slack/block-limits.js';
import { packMessages, sectionsFromLines, splitLine } from '../../../../src/platforms/slack/pack.js';

const textOf = (b: unknown) => (b as { text: { text: string } }).text.text;

describe('splitLine', () => {
  it('splits at spaces into pieces within the limit, losing no word', () => {
    const line = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const pieces = splitLine(line, 20);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(20);
    expect(pieces.join(' ')).toBe(line);
  });

  it('cuts a single word longer than the limit, as a last resort', () => {
    expect(splitLine('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('sectionsFromLines', () => {
  it('fills sections up to the limit without splitting a line', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `line ${i} ${'z'.repeat(400)}`);
    const blocks = sectionsFromLines(lines);
    expect(blocks.length).toBeGreaterThan(1);
    for (const b of blocks) expect(textOf(b).length).toBeLessThanOrEqual(BLOCK_LIMITS.text);
    expect(blocks.map(textOf).join('\n').split('\n')).toEqual(lines);
  });
});

describe('packMessages', () => {
  it('keeps every message within the block count and size budget, in order, trailer last', () => {
    const body = sectionsFromLines(Array.from({ length: 400 }, (_, i) => `line ${i} ${'y'.repeat(300)}`));
    const trailer = [{ type: 'divider' as const, block_id: 'end' }];
    const messages = packMessages(body, trailer, (i, n) => `part ${i + 1}/${n}`);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(validateBlocks(m.blocks)).toEqual([]);
    expect(messages.flatMap((m) => m.blocks)).toEqual([...body, ...trailer]);
    expect(messages.at(-1)?.blocks.at(-1)).toEqual(trailer[0]);
    expect(messages.map((m) => m.text)).toEqual(messages.map((_, i) => `part ${i + 1}/${messages.length}`));
  });

  it('splits on the 50-block limit for many small blocks', () => {
    const body = Array.from({ length: 120 }, () => ({ type: 'divider' as const }));
    const messages = packMessages(body, [], () => 't');
    expect(messages.map((m) => m.blocks.length)).toEqual([50, 50, 20]);
  });
});
