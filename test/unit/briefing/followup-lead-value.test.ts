import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { firstHit, openTextsBot } from '../../support/seed-bot.js';

/**
 * A bare "when?" or "where?" after a lead asks of the event the lead's sentence told: when that
 * sentence holds a date (a place), it answers before another sentence's, of another event.
 */
describe('a when or where follow-up of the last lead', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    const files: Record<string, string> = {
      'talks.txt':
        'Generals hold talks\n\n' +
        'The visiting army chief met General Makarov on 3 October to discuss cooperation.\n\n' +
        'The two generals will meet again on 15 November to discuss cooperation further.\n',
      'markets.txt': 'Shares rise in Tokyo\n\nShares in Tokyo rose on Monday as exporters gained.\n',
      'weather.txt': 'Storms hit coast\n\nStorms brought floods to the east coast overnight.\n',
    };
    bot = await openTextsBot(files);
  });
  afterAll(async () => {
    await bot.close();
  });

  const first = (question: string, opts: { previousArticles?: Set<string>; previousLead?: string[] } = {}) =>
    firstHit(bot, question, opts);

  it("answers from the last lead's sentence when it holds a value of the asked kind", () => {
    const story = { previousArticles: new Set(['talks']) };
    // Asked alone, the sentence saying "meet" comes first.
    expect(first('When did they meet? (Makarov)', story)).toBe('talks#1');
    // Just told of the first meeting, its sentence's date answers.
    expect(first('When did they meet? (Makarov)', { ...story, previousLead: ['talks#0'] })).toBe('talks#0');
  });
});
