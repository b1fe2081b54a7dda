import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('the cause of something not so', () => {
  const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });
  const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;
  const ranked = [
    bullet(
      'Some critics thought the Pebble box was built as a games console, partly due to its sleek design.',
    ),
    bullet('The Pebble box went on sale last week.'),
    bullet('Its memory is too small to be realistically used for modern games.'),
  ];

  it('answers "why isn\'t …?" by what the thing wants, not the cause of its seeming so', () => {
    const lead = composeLead(
      analyzeQuestion("Why isn't the Pebble box up to being a games console?"),
      ranked,
      get,
    );
    expect(lead?.text).toBe('Its memory is too small to be realistically used for modern games.');
  });

  it('leaves a question of why something is so to its cause clause', () => {
    const lead = composeLead(analyzeQuestion('Why was the Pebble box thought a games console?'), ranked, get);
    expect(lead?.text).not.toContain('too small');
  });
});
