import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { OTHER_NEWS, firstHit, openTextsBot } from '../../support/seed-bot.js';

/**
 * A follow-up naming nothing of its own is asked of the thread's story: a value told just after
 * the last lead answers it when the story's words do not say what is asked.
 */
describe('a follow-up asked of the story just told', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const files: Record<string, string> = {
      'mirza.txt':
        'Mirza shocks champion\n\n' +
        'Sania Mirza beat Svetlana Kuznetsova at the Dubai Championships on Tuesday.\n\n' +
        'The Indian won 6-4 6-2 in front of a delirious crowd.\n',
      'final.txt':
        'Federer takes the title\n\n' +
        'Roger Federer won the Dubai final on Sunday, and the score was 6-3 6-1.\n',
      ...OTHER_NEWS,
    };
    bot = await openTextsBot(files);
  });
  afterAll(async () => {
    await bot.close();
  });

  const first = (question: string, opts: { previousArticles?: Set<string>; previousLead?: string[] } = {}) =>
    firstHit(bot, question, opts);

  it("reads the value after the last lead when only another story says the question's word", () => {
    // Asked alone, the sentence saying "score" answers.
    expect(first('What was the score? (Mirza, Dubai)')).toBe('final#0');
    // Just told of Mirza's win, the thread's story gives the score, though it never says "score".
    expect(
      first('What was the score? (Mirza, Dubai)', {
        previousArticles: new Set(['mirza']),
        previousLead: ['mirza#0'],
      }),
    ).toBe('mirza#1');
  });
});
