import { describe, expect, it } from 'vitest';
import { userAgent } from '../../../src/ingest/user-agent.js';

describe('userAgent', () => {
  it('names briefbot and its version, and the operator’s info URL when one is set', () => {
    expect(userAgent('https://bots.example/briefbot')).toMatch(
      /^briefbot\/\d+\.\d+\.\d+ \(\+https:\/\/bots\.example\/briefbot\)$/,
    );
  });

  it('says what it is in words rather than inventing a URL', () => {
    expect(userAgent()).toMatch(/^briefbot\/\d+\.\d+\.\d+ \(news briefing bot\)$/);
  });
});
