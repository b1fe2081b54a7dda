import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { countryDemonyms } from '../../../src/briefing/question/gazetteer.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';

/**
 * A country the question names is named by an article that writes only its nationality ("Belgian
 * authorities"), when no article naming the country answers.
 */
describe("a country's nationality word", () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const files: Record<string, string> = {
      'drugs.txt':
        'Star fails drugs test\n\n' +
        'The tennis star has tested positive for a banned drug, according to Belgian authorities.\n',
      'squad.txt': 'Kenya names squad\n\nKenya has picked a squad of 32 for the world championships.\n',
      'floods.txt': 'Storms hit Belgium\n\nStorms brought floods to Belgium overnight.\n',
      'runners.txt': 'Runners shine\n\nKenyan runners won the 5000m at the world championships.\n',
    };
    bot = await openTextsBot(files);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('is read from the lexicon', () => {
    expect(countryDemonyms('Belgium')).toContain('belgian');
  });

  it('names the country when no article naming it answers', () => {
    const got = searchAsked(bot, 'Which tennis star failed a drugs test in Belgium?');
    expect(got.candidates.map((c) => c.article.id)).toContain('drugs');
  });

  it('is not read when an article naming the country answers', () => {
    const got = searchAsked(bot, 'How big is the squad Kenya picked for the world championships?');
    expect(got.candidates.map((c) => c.article.id)).toContain('squad');
    expect(got.candidates.map((c) => c.article.id)).not.toContain('runners');
  });
});
