import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('the speaker of a quote run on over sentences', () => {
  const before =
    '"A lot of people want the club to be with people who have grown up with it," said Ferdinand.';
  const quote = '"No one knows what this guy will be bringing to the table."';
  const article = {
    id: 'a',
    publisher: null,
    sentences: [{ text: before }, { text: quote }],
  } as unknown as Article;
  const get = (id: string) => (id === 'a' ? article : undefined);
  const bullet = (q: string) => ({ text: q, citations: [{ articleId: 'a', quote: q }] });

  it('names the one the sentence before quotes when the best sentence is a quote naming no one', () => {
    const q = analyzeQuestion('Which United player said no-one knows what Glazer will bring to the table?');
    const lead = composeLead(
      q,
      [bullet(quote), bullet('The key will be the support of the tycoons John Magnier and JP McManus.')],
      get,
    );
    expect(lead?.text).toBe('Ferdinand.');
    expect(lead?.citations.map((c) => c.quote)).toEqual([before, quote]);
  });
});
