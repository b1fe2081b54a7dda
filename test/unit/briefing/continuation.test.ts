import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { openTextsBot } from '../../support/seed-bot.js';
import { continuation } from '../../../src/briefing/question/continuation.js';
import { countedForms } from '../../../src/briefing/question/counted-noun.js';

/**
 * "What prompted that?" is answered by the sentence right after the one the last answer rested
 * on ("The move is in response to …"), which shares no word with the question: the thread keeps
 * the lead's sentence keys, and the sentence that goes on from it comes first.
 */
describe('a follow-up about what the last answer told of', () => {
  let bot: Briefbot;
  const thread = { platform: 'test', channel: 'c', thread: 't1' };
  beforeAll(async () => {
    const texts: Record<string, string> = {};
    texts['lilly-ads.txt'] =
      'Lilly defends Prozac in adverts\n\n' +
      'Drugs firm Eli Lilly is running newspaper adverts defending its antidepressant Prozac.\n\n' +
      'The move is in response to a medical journal article that claimed Lilly documents had gone missing.\n\n' +
      'Lilly said the documents had been handed to regulators years ago.\n';
    texts['lilly-results.txt'] =
      'Lilly profits rise\n\n' +
      'Eli Lilly said strong sales prompted it to raise its forecast for the year.\n\n' +
      'The firm makes Prozac and other drugs.\n';
    texts['suit-settled.txt'] =
      'Directors settle shareholder suit\n\n' +
      'Former directors of the energy firm will pay $168m to settle a shareholder lawsuit.\n\n' +
      'Ten of the former directors will pay $13m from their own pockets.\n';
    texts['stadium-bomb.txt'] =
      'Stadium evacuated\n\n' +
      'The stadium was targeted by separatists on 1 May, 2002, before a semi-final.\n\n' +
      'A car bomb exploded in a street outside the ground and 17 people were slightly injured.\n';
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('keeps the sentence the lead cited and answers from the one after it', async () => {
    const first = await bot.api.ask({
      question: 'Which drugs company is running newspaper adverts defending Prozac?',
      thread,
    });
    expect(first.ok && first.answer.lead?.text).toMatch(/Eli Lilly/);
    const stored = await bot.store.getThread(thread, new Date());
    expect(stored?.turns.at(-1)?.lead).toEqual(['lilly-ads#0']);
    const next = await bot.api.ask({ question: 'What prompted that?', thread });
    expect(next.ok && next.answer.lead?.text).toMatch(/in response to a medical journal article/i);
  });

  it('takes only a sentence that goes on about the same thing, holding what is asked', () => {
    const ask = { questionWords: new Set(['what', 'prompted', 'that']), givesCause: () => true };
    // "The move …" goes on from the adverts; a reason is asked, and it gives one.
    expect(
      continuation(bot.corpus, ['lilly-ads#0'], { ...ask, type: 'reason' }, 1).map((c) => c.sentence.index),
    ).toEqual([1]);
    // "Lilly said …" does not go on about "that"; a name is for the thread's names to find.
    expect(continuation(bot.corpus, ['lilly-ads#1'], { ...ask, type: 'reason' }, 1)).toEqual([]);
    expect(continuation(bot.corpus, ['lilly-ads#0'], { ...ask, type: 'person' }, 1)).toEqual([]);
  });

  it('takes the next figure for a part of the last one, though the sentence says no "it"', () => {
    const ask = {
      questionWords: new Set(['how', 'much', 'of', 'that', 'personally']),
      givesCause: () => false,
    };
    const next = (partOf: boolean) =>
      continuation(
        bot.corpus,
        ['suit-settled#0'],
        { ...ask, type: 'amount', answeredValue: '$168m', partOf },
        1,
      );
    expect(next(true).map((c) => c.sentence.text)).toEqual([
      'Ten of the former directors will pay $13m from their own pockets.',
    ]);
    expect(next(false)).toEqual([]);
  });

  it('takes the next sentence counting the noun asked, however it opens', () => {
    const ask = {
      questionWords: new Set(['how', 'many', 'people', 'got', 'hurt', 'that', 'time']),
      givesCause: () => false,
      type: 'number' as const,
    };
    const counted = countedForms('people');
    expect(
      continuation(bot.corpus, ['stadium-bomb#0'], { ...ask, counted }, 1).map((c) => c.sentence.index),
    ).toEqual([1]);
    // Without the noun counted, "A car bomb …" does not go on about "that".
    expect(continuation(bot.corpus, ['stadium-bomb#0'], ask, 1)).toEqual([]);
    // A count of another noun is no answer.
    expect(
      continuation(bot.corpus, ['stadium-bomb#0'], { ...ask, counted: countedForms('cars') }, 1),
    ).toEqual([]);
  });
});
