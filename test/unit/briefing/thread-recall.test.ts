import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';

/**
 * A follow-up whose own words are common across the corpus ("how many films have they made?") is
 * still answered from the story of the thread (the names in brackets, as planQuestion supplies
 * them): when the whole corpus has better matches for its words, the articles naming the thread's
 * names are searched on their own.
 */
describe('a follow-up searched within the thread’s story', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const texts: Record<string, string> = {};
    // Twenty reviews, each saying "films", "made" and "Austria" more often, and more briefly, than
    // the story does.
    for (let i = 0; i < 20; i++) {
      const sentences = Array.from({ length: 4 }, (_, j) =>
        j < 2
          ? `Studio ${i}-${j} in Austria made films: ${j + 2} films were made there.`
          : `The critic ${i}-${j} wrote about the weather and the harvest at length.`,
      );
      texts[`review-${String(i).padStart(3, '0')}.txt`] = `Review ${i}\n\n${sentences.join(' ')}\n`;
    }
    texts['village-tv.txt'] =
      'Village TV takes off in Austria\n\n' +
      'An Austrian village, Lindenau, is testing net TV with the help of Telekom Austria.\n\n' +
      'In the first four months of the project villagers have created 60 programmes and short films of local news.\n';
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('finds the count in the story the thread is about', () => {
    // A small candidate pool (limit 2 searches 16 sentences) stands for a large corpus.
    const question = analyzeQuestion('how many films have they made? (Telekom Austria, Lindenau)');
    expect(question.related).toEqual([['Telekom', 'Austria'], ['Lindenau']]);
    const found = searchAsked(bot, question, { limit: 2 });
    expect(new Set(found.candidates.map((c) => c.article.id))).toEqual(new Set(['village-tv']));
    expect(found.candidates[0]!.sentence.text).toMatch(/60 programmes and short films/);
  });
});
