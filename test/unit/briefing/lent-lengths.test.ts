import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { openTextsBot, searchAsked } from '../../support/seed-bot.js';
import { answerTypeOf } from '../../../src/briefing/question/question.js';

describe('how much of a thing that is not money', () => {
  it('asks a figure of feta, an amount of prize money', () => {
    expect(answerTypeOf('Roughly how much feta do the Danes make in a year?')).toBe('number');
    expect(answerTypeOf('How much oil does Norway produce a day?')).toBe('number');
    expect(answerTypeOf('How much prize money did she pick up?')).toBe('amount');
    expect(answerTypeOf('How much did he pay for it?')).toBe('amount');
    expect(answerTypeOf('How much compensation is he claiming?')).toBe('amount');
  });
});

describe('a length told by the next sentence, of what the one before names', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const texts: Record<string, string> = {};
    texts['ranking.txt'] =
      'Fastest cars ranked\n\n' +
      'The Speedway 100 list was announced on Monday and ranks the fastest cars in the world.\n\n' +
      'It is announced every six months and is worked out using an agreed test track.\n';
    texts['other.txt'] = 'Motor show opens\n\nThe motor show opened on Tuesday with a list of new models.\n';
    bot = await openTextsBot(texts);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('lends the length to the sentence naming the list', () => {
    const found = searchAsked(bot, 'How often does the Speedway 100 list come out?');
    expect(found.candidates.map((c) => c.sentence.text)).toContainEqual(
      expect.stringMatching(/every six months/),
    );
  });
});
