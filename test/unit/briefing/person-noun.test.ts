import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('who holds a role named by a person noun', () => {
  const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;
  const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });

  it('answers "who\'s the governor …?" by a person, never a body named in a sentence naming no one', () => {
    const q = analyzeQuestion("Who's the governor of Turkey's central bank?");
    const lead = composeLead(
      q,
      [
        bullet(
          'Ahead of December, when the European Union will decide on talks, Turkey has been banging the drum.',
        ),
        bullet(
          '"The transition shows our economy has broken the circle," said Sureyya Serdengecti, head of the bank.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Sureyya Serdengecti.');
  });
});
