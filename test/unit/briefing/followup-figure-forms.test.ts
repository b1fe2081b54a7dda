import { describe, expect, it } from 'vitest';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import { analyzeQuestion, wordsKnownIn } from '../../../src/briefing/question/question.js';
import { threadAfter } from '../../support/thread-after.js';

describe('what a follow-up already has', () => {
  it('counts the converted figure in brackets as the value the thread was given', () => {
    const quote = 'Acme has agreed to pay a total of $14.5m (£7.74m) to settle a lawsuit.';
    const question = {
      ...analyzeQuestion('How much of that is fines? (Acme)'),
      given: { sentence: quote, value: '$14.5m' },
    };
    const known = wordsKnownIn(question, quote);
    expect(known.has('7')).toBe(true);
    expect(known.has('74m')).toBe(true);
  });

  it('reads no length in a rate ("$1m a week", "twice a year")', () => {
    const spans = (text: string) => answerSpans(text, 'duration').map((s) => s.text);
    expect(spans('The division had been losing about $1m a week.')).toEqual([]);
    expect(spans('The board meets twice a year.')).toEqual([]);
    expect(spans('She was there for a week.')).toEqual(['a week']);
    expect(spans('She had no future after 17 years with the company.')).toEqual(['17 years']);
  });

  it('never takes initials for "she"', () => {
    const thread = threadAfter('Whose wife works at the Acme subsidiary Zenda?', {
      salient: ['Tom Brandt', 'SEC', 'Acme'],
    });
    expect(planQuestion('How much does she earn?', thread, null).query).not.toMatch(/\(SEC\)/);
  });
});
