import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { whVerb } from '../../../src/briefing/question/yesno-verb.js';
import { firstHit, openTextsBot } from '../../support/seed-bot.js';

describe('the verb a wh-question asks', () => {
  it('reads the verb after the subject, as in the yes/no question without the wh-words', () => {
    expect(whVerb("What's he finishing off first?")).toBe('finishing');
    expect(whVerb('Which film is she making next?')).toBe('making');
    expect(whVerb('What did they sign?')).toBe('sign');
    expect(whVerb("What's the price?")).toBeNull();
    expect(whVerb('Who is the boss?')).toBeNull();
  });
});

/**
 * A follow-up names its people through the thread: the sentence saying the verb it asks of them
 * answers before the last lead's sentence, which names them again and shares a lesser word.
 */
describe('a follow-up asking a verb of the thread’s names', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const files: Record<string, string> = {
      'talks.txt':
        'Generals hold talks\n\n' +
        'The visiting army chief met General Brandt on 3 October to discuss cooperation.\n\n' +
        'The two generals will meet again once the first talks have finished.\n',
      'film.txt':
        'Harlow to direct first spy film\n\n' +
        "The Iron Gate, author Jo Penn's first spy novel, is to be the next spy film, with director Sam Harlow behind the camera.\n\n" +
        'Shooting is expected to begin once Harlow has finished work on The Long Road, a western.\n',
      'markets.txt':
        'Shares rise in Tokyo\n\nShares in Tokyo finished higher on Monday as exporters gained.\n',
    };
    bot = await openTextsBot(files);
  });
  afterAll(async () => {
    await bot.close();
  });

  it('puts the sentence saying the asked verb first', () => {
    expect(firstHit(bot, "What's he finishing off first? (Sam Harlow)")).toBe('film#1');
  });
});
