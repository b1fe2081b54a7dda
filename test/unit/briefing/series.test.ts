import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { sameSeries } from '../../../src/briefing/question/series.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/question-search');

describe('words of one series', () => {
  it('tells siblings of a series apart from words that stand for each other', () => {
    expect(sameSeries('first', 'last')).toBe(true);
    expect(sameSeries('two', 'three')).toBe(true);
    expect(sameSeries('Monday', 'tuesday')).toBe(true);
    expect(sameSeries('first', 'first')).toBe(false);
    expect(sameSeries('first', 'debut')).toBe(false);
    expect(sameSeries('first', 'two')).toBe(false);
  });

  describe('in a search', () => {
    let bot: Briefbot;
    beforeAll(async () => {
      bot = await openFixtureBot(CORPUS);
    });
    afterAll(() => bot.close());

    it('does not read "last" as saying "first": the last win is another date', async () => {
      const answer = answerOf(
        await bot.api.ask({ question: 'What year did Kestrel first play in the Davis Cup?' }),
      );
      expect(answer.lead?.text).toMatch(/1994/);
    });
  });
});
