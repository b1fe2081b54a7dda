import { describe, expect, it } from 'vitest';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { searchQuery } from '../../../src/briefing/question/retrieve.js';
import { openTextsBot } from '../../support/seed-bot.js';

describe('analysis kept across searches', () => {
  it('gives each caller its own list of a sentence value spans', () => {
    const text = 'The deal was worth $45m, up from $30m in 2003.';
    const first = answerSpans(text, 'amount');
    first.splice(0, first.length, { text: 'changed', index: 0 });
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['$45m', '$30m']);
  });

  it('keeps a shares question apart from an amount question on the same sentence', () => {
    const text = 'Revenue rose 45% to $30m.';
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['$30m']);
    expect(answerSpans(text, 'amount', undefined, true).map((s) => s.text)).toEqual(['45%', '$30m']);
    expect(answerSpans(text, 'amount').map((s) => s.text)).toEqual(['$30m']);
  });

  it('answers a question asked again exactly as the first time', async () => {
    const bot = await openTextsBot({
      'plant.txt':
        'Plant deal\n\nThe plant will cost $45m to build, the Ardley council said.\n\nWork starts in May.\n',
      'other.txt': 'Other news\n\nThe Ardley council said the plant would open next year.\n',
    });
    try {
      const ask = () =>
        searchQuery(bot.corpus, 'how much will the plant cost', {}).candidates.map((c) => [
          c.sentence.text,
          c.score,
        ]);
      const first = ask();
      expect(first[0]?.[0]).toBe('The plant will cost $45m to build, the Ardley council said.');
      expect(ask()).toEqual(first);
    } finally {
      await bot.close();
    }
  });
});
