import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';

/**
 * A nationality a thread carries in its brackets ("(Sri Lankan)") picks the articles on its
 * country too: an article may name only the country ("In Sri Lanka, …").
 */
describe("a thread's nationality", () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const files: Record<string, string> = {
      'growth.txt':
        'Quake costs emerging\n\n' +
        'In Sri Lanka, some economists have said that as much as 1% of annual growth may be lost.\n',
      'markets.txt': 'Markets shrug off waves\n\nSri Lankan shares have fallen about 5% since the weekend.\n',
      'textiles.txt':
        'Textile jobs at risk\n\nIn Lesotho, 50,000 textile workers could lose their jobs as growth slows.\n',
      'weather.txt': 'Storms hit coast\n\nStorms brought floods to the east coast overnight.\n',
    };
    bot = await openTextsBot(files);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('is named by an article that names only the country', () => {
    const got = searchAsked(bot, 'how much growth could the country lose? (Sri Lankan)');
    expect(got.candidates.map((c) => c.article.id)).toContain('growth');
    expect(got.candidates.map((c) => c.article.id)).not.toContain('textiles');
  });
});
