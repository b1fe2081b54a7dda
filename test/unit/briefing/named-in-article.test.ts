import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/question-search');

describe('an answer comes only from an article naming what the question names', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(CORPUS);
  });
  afterAll(() => bot.close());

  const ask = async (question: string) => answerOf(await bot.api.ask({ question }));

  it('does not take a lower-case word for the last word of a name opening on a first name', async () => {
    // "the city's old film studios" names no "Henry Marsh Studios": its visitors are the show's.
    const answer = await ask('How many people visit Henry Marsh Studios each year?');
    expect(answer.lead?.text ?? '').not.toMatch(/90,000/);
  });

  it('keeps a company name whose first word is a question word ("Update Corp") as a name', async () => {
    // The cable firm's $12m is no sum Update Corp would pay: that article never names it.
    const answer = await ask('How much is Update Corp willing to pay for a games maker?');
    expect(answer.lead?.text ?? '').not.toMatch(/\$12m/);
  });
});
