import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('a lower-case term asked "what is …?"', () => {
  const texts = [
    'Legendary Ruritanian coach Paul Naylor, the man credited with developing "total football", has died aged 77.',
    "His 1970s team introduced the concept of 'total football' to the world.",
    'The strategy was to foster team coherence, with all players able to play in any part of the pitch.',
  ];
  const article = {
    id: 'a',
    publisher: null,
    sentences: texts.map((text, index) => ({ articleId: 'a', index, paragraph: 0, text })),
  } as unknown as Article;
  const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });

  it('is glossed by the sentence after the one bringing it in, whose subject refers back to it', () => {
    const lead = composeLead(analyzeQuestion('What is total football?'), [bullet(texts[0]!)], () => article);
    expect(lead?.text).toBe(texts[2]);
  });

  it('is not looked for when the question names "the" thing', () => {
    const lead = composeLead(analyzeQuestion('What is the strategy?'), [bullet(texts[0]!)], () => article);
    expect(lead?.text).not.toBe(texts[2]);
  });
});
