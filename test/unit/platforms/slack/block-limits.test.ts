import { describe, expect, it } from 'vitest';
import {
  BLOCK_LIMITS,
  validateBlocks,
  validateMessage,
} from '../../../../src/platforms/slack/block-limits.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const button = (over: Record<string, unknown> = {}) => ({
  type: 'button',
  text: { type: 'plain_text', text: 'Show quotes' },
  action_id: 'a',
  value: 'v',
  ...over,
});

describe('validateBlocks', () => {
  it('accepts blocks within every limit', () => {
    const blocks = [
      { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(BLOCK_LIMITS.headerText) } },
      section('s'.repeat(BLOCK_LIMITS.text)),
      { type: 'divider' },
      { type: 'context', elements: Array.from({ length: 10 }, () => ({ type: 'mrkdwn', text: 'c' })) },
      { type: 'actions', block_id: 'x', elements: [button()] },
    ];
    expect(validateBlocks(blocks)).toEqual([]);
  });

  it.each([
    [
      'a header over 150 characters',
      [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }],
    ],
    ['section text over 3000 characters', [section('s'.repeat(3001))]],
    ['an empty section text', [section('')]],
    ['a section with neither text nor fields', [{ type: 'section' }]],
    [
      'more than 10 section fields',
      [{ type: 'section', fields: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'f' })) }],
    ],
    [
      'a section field over 2000 characters',
      [{ type: 'section', fields: [{ type: 'mrkdwn', text: 'f'.repeat(2001) }] }],
    ],
    [
      'more than 10 context elements',
      [{ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'c' })) }],
    ],
    [
      'button text over 75 characters',
      [{ type: 'actions', elements: [button({ text: { type: 'plain_text', text: 'b'.repeat(76) } })] }],
    ],
    [
      'a button value over 2000 characters',
      [{ type: 'actions', elements: [button({ value: 'v'.repeat(2001) })] }],
    ],
    [
      'an action_id over 255 characters',
      [{ type: 'actions', elements: [button({ action_id: 'a'.repeat(256) })] }],
    ],
    [
      'more than 25 actions elements',
      [{ type: 'actions', elements: Array.from({ length: 26 }, () => button()) }],
    ],
    ['a block type this app does not build', [{ type: 'image', image_url: 'x', alt_text: 'y' }]],
    ['a misspelled field', [{ type: 'divider', blockid: 'x' }]],
    [
      'duplicate block ids',
      [
        { type: 'divider', block_id: 'd' },
        { type: 'divider', block_id: 'd' },
      ],
    ],
    ['more than 50 blocks', Array.from({ length: 51 }, () => ({ type: 'divider' }))],
    [
      'blocks serializing past the message budget',
      Array.from({ length: 5 }, () => section('s'.repeat(2900))),
    ],
    ['no blocks at all', []],
  ])('reports %s', (_name, blocks) => {
    expect(validateBlocks(blocks).length).toBeGreaterThan(0);
  });

  it('names where the problem is', () => {
    expect(validateBlocks([{ type: 'divider' }, section('s'.repeat(3001))]).join('\n')).toMatch(
      /blocks\[1\]\.text\.text/,
    );
  });
});

describe('validateMessage', () => {
  it('requires a fallback text within Slack’s cut-off', () => {
    expect(validateMessage({ text: 'fine', blocks: [{ type: 'divider' }] })).toEqual([]);
    expect(validateMessage({ text: ' ', blocks: [{ type: 'divider' }] })).toHaveLength(1);
    expect(validateMessage({ text: 't'.repeat(40_001), blocks: [{ type: 'divider' }] })).toHaveLength(1);
  });
});
