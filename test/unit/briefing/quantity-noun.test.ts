import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { isStuff } from '../../../src/briefing/question/noun-kinds.js';
import { quantityNoun } from '../../../src/briefing/question/question.js';
import { answerOf, openTextsBot } from '../../support/seed-bot.js';

describe('a quantity of stuff asked', () => {
  it('reads the stuff after "how much", food, drink or a substance', () => {
    expect(isStuff('wine')).toBe(true);
    expect(isStuff('oil')).toBe(true);
    expect(isStuff('growth')).toBe(false);
    expect(quantityNoun('How much wine does the average person in Nordland drink a year?')).toBe('wine');
    // An abstraction's figure may be a share; "in total" and money ask no stuff.
    expect(quantityNoun('And how much growth could the country lose?')).toBeNull();
    expect(quantityNoun('How much in total are the directors paying?')).toBeNull();
    expect(quantityNoun('How much money did they raise?')).toBeNull();
  });

  describe('in a search', () => {
    let bot: Briefbot;
    beforeAll(async () => {
      bot = await openTextsBot({
        'corvali-stake.txt': [
          'Brenna buys into Nordland wine maker',
          '',
          "Italy's Brenna has agreed to buy 33% of Corvali, the largest wine maker in Nordland.",
          '',
          'Brenna will pay 480m crowns for the stake, the companies said.',
          '',
          'Wine consumption is low: the average Nordland drinker has just 0.4 litres a year, said the farm ministry.',
          '',
        ].join('\n'),
        'nordland-rates.txt': [
          'Nordland raises interest rates',
          '',
          'Nordland raised rates by 0.27 percentage points to 5.8%, its first hike in nine years.',
          '',
          'The average person in Nordland will now pay 5.8% a year on a mortgage, and 0.3m people drink less.',
          '',
        ].join('\n'),
      });
    });
    afterAll(() => bot.close());

    it('answers with a figure of the stuff, not a share or a figure of something else', async () => {
      const answer = answerOf(
        await bot.api.ask({ question: 'How much wine does the average person in Nordland drink a year?' }),
      );
      expect(answer.lead?.text).toMatch(/0\.4/);
    });
  });
});
