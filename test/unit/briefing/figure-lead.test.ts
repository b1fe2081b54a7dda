import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { answerOf, openFixtureBot } from '../../support/seed-bot.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/figure-lead');

describe('the lead of a figure outlets report differently', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openFixtureBot(CORPUS);
  });
  afterAll(() => bot.close());

  const lead = async (question: string) => answerOf(await bot.api.ask({ question })).lead?.text ?? null;

  it('gives both figures, each with its outlet, when the disputed figure is the one asked for', async () => {
    expect(await lead('By how much did car sales in Norland fall in January?')).toBe(
      '4.5%, per Harbor Post; Metro Wire says 8.5%.',
    );
  });

  it('leads with the best sentence’s figure when the dispute is about something else', async () => {
    // The outlets disagree about car sales (4.5% or 8.5%); retail sales fell 0.3%.
    expect(await lead('By how much did Norland retail sales fall in January?')).toMatch(/^0\.3%/);
  });
});
