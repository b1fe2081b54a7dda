import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { searchQuestion } from '../../../src/briefing/question/question-search.js';
import { corpusDateBook } from '../../../src/briefing/analysis/article-dates.js';
import { OTHER_NEWS, openTextsBot } from '../../support/seed-bot.js';

/**
 * A follow-up naming a thing the thread's story names, beside the thread's own names, is answered
 * by another story that names them all and says more of what is asked, not by the story told.
 */
describe('a follow-up naming something of its own', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const texts: Record<string, string> = {
      'deal.txt':
        'Acme takes stake in Zenith\n\n' +
        'Patriarch Marco Vance wanted to keep control of Zenith in 2000.\n\n' +
        'Instead, Acme bought 20% of Zenith and gave it the right to sell the rest.\n',
      'family.txt':
        'Zenith future in doubt\n\n' +
        'Analysts said the Vance family, which controls at least 30% of Zenith, had not said it wants to sell.\n',
    };
    // Other news, so that the words of the question are rare enough to search by.
    Object.assign(texts, OTHER_NEWS);
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });

  it("is answered by another story naming the thread's names when it says more of what is asked", () => {
    const dates = corpusDateBook(bot.corpus);
    const thread = { dates, previousArticles: new Set(['deal']), previousLead: ['deal#0'] };
    const first = (q: string) => searchQuestion(bot.corpus, analyzeQuestion(q), thread).candidates[0];
    expect(first('how much of Zenith does his family control now? (Vance)')?.sentence.text).toMatch(/30%/);
  });
});
