import { describe, expect, it } from 'vitest';
import {
  answerButtons,
  followUpModal,
  formatCustomId,
  parseCustomId,
  QUESTION_INPUT_ID,
} from '../../../../src/platforms/discord/components.js';
import { DISCORD_LIMITS } from '../../../../src/platforms/discord/limits.js';

describe('custom ids', () => {
  it('round-trip the thread id and answer key, within the 100-character limit', () => {
    const thread = '1574586971324416006';
    for (const id of [
      { kind: 'follow', thread },
      { kind: 'ask', thread },
      { kind: 'quotes', key: thread },
    ] as const) {
      const text = formatCustomId(id);
      expect(text.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(parseCustomId(text)).toEqual(id);
    }
  });

  it('ignores custom ids this bot did not make', () => {
    for (const foreign of [
      '',
      'follow:1',
      'bb:follow',
      'bb:delete:1',
      'bb:follow:1:2',
      'bb:ask:has space',
      'xx:ask:1',
    ]) {
      expect(parseCustomId(foreign)).toBeNull();
    }
  });

  it('refuses to put a value with separators into a custom id', () => {
    expect(() => formatCustomId({ kind: 'follow', thread: 'a:b' })).toThrow();
  });

  it('the buttons carry the thread (follow up) and the answer key (quotes)', () => {
    const row = answerButtons('111', '222');
    expect(row.components.map((b) => ('custom_id' in b ? b.custom_id : null))).toEqual([
      'bb:follow:111',
      'bb:quotes:222',
    ]);
  });

  it('the modal asks for the question in one required text input', () => {
    const modal = followUpModal('111');
    expect(parseCustomId(modal.custom_id)).toEqual({ kind: 'ask', thread: '111' });
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(JSON.stringify(modal.components)).toContain(`"custom_id":"${QUESTION_INPUT_ID}"`);
  });
});
