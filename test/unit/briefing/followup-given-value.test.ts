import { describe, expect, it } from 'vitest';
import type { Thread } from '../../../src/briefing/ports.js';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';
import { threadAfter } from '../../support/thread-after.js';

/**
 * A follow-up asking a figure of another thing ("And Zenith's?"), or of the last figure itself
 * ("how much was that up on the year before?"), is not answered by the figure the last answer gave.
 */
const after = (question: string, bullet: string): Thread => threadAfter(question, { bullets: [bullet] });

/** The lead for `question` over one sentence, told the value the thread was given from it. */
const leadGiven = (question: string, quote: string, value: string) => {
  const article = { id: 'a', publisher: null, sentences: [] } as unknown as Article;
  const analysis = { ...analyzeQuestion(question), given: { sentence: quote, value } };
  return composeLead(analysis, [{ text: quote, citations: [{ articleId: 'a', quote }] }], () => article)
    ?.text;
};

describe('the figure a thread was given', () => {
  it('is the last figure when a figure is asked of "that"', () => {
    const profit = 'Profits at Acme rose by 5% to £80m, helped by lower costs.';
    expect(
      planQuestion(
        'how much was that up on the year before?',
        after('What profit did Acme make?', profit),
        null,
      ).answered,
    ).toEqual({
      sentence: profit,
      value: '£80m',
    });
    // A question of its own asks afresh.
    expect(
      planQuestion('Who runs it?', after('What profit did Acme make?', profit), null).answered,
    ).toBeUndefined();
  });

  it('is no figure of the new thing when the sentence names it by another name', () => {
    const prices = 'The Widget will sell for £339 in the UK and $499 in the US.';
    const plan = planQuestion(
      'What about in Britain?',
      after('What does the Widget cost in America?', prices),
      null,
    );
    expect(plan.answered).toBeUndefined();
  });

  it('is not the lead again, in the sentence it was read from', () => {
    const sales = "Acme has annual sales of $15.6bn, while Zenith's yearly sales are $14.4bn.";
    expect(leadGiven("What are Acme's yearly sales Zenith's", sales, '$15.6bn')).toBe('$14.4bn.');
  });

  it('reads "how much was that up on" as asking the change, not the figure again', () => {
    const profit = 'Profits at Acme rose by 5% to £80m, helped by lower costs.';
    expect(leadGiven('how much was that up on the year before? (Acme)', profit, '£80m')).toBe('5%.');
  });
});
