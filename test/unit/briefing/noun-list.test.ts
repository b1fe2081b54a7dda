import { describe, expect, it } from 'vitest';
import { nounListSpan, prepositionListSpan } from '../../../src/briefing/write/noun-list.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('kinds of things listed beside the asked noun', () => {
  it('reads the list before or after the noun', () => {
    expect(
      nounListSpan('They objected to investment in the telecoms and aviation industries.', 'industries')
        ?.text,
    ).toBe('telecoms and aviation');
    expect(
      nounListSpan('Talks covered the fields of energy, industrial modernisation and trade.', 'fields')?.text,
    ).toBe('energy, industrial modernisation and trade');
    // Names are no kinds of things, and a list beside another noun is not of the one asked.
    expect(nounListSpan('The models are built by Fiat and Ford.', 'models')).toBeNull();
    expect(nounListSpan('Investment in the telecoms and aviation industries rose.', 'fields')).toBeNull();
  });

  it('answers "which industries" with the kinds listed, not a name', () => {
    const article = { id: 'a', publisher: null, sentences: [] } as unknown as Article;
    const quote =
      'The Communists have opposed more foreign investment in the telecoms and aviation industries.';
    const lead = composeLead(
      analyzeQuestion('In which industries have the Communists objected to foreign investment?'),
      [{ text: quote, citations: [{ articleId: 'a', quote }] }],
      () => article,
    );
    expect(lead?.text).toBe('Telecoms and aviation.');
  });

  it('answers a list of kinds asked by a noun of no person, place or body', () => {
    const article = { id: 'a', publisher: null, sentences: [] } as unknown as Article;
    const quote = 'The budget opens the insurance and banking sectors to foreign investment.';
    const lead = composeLead(
      analyzeQuestion('Which sectors will be opened to foreign investment?'),
      [{ text: quote, citations: [{ articleId: 'a', quote }] }],
      () => article,
    );
    expect(lead?.text).toBe('Insurance and banking.');
  });

  it("reads the items after the question's opening preposition", () => {
    const article = { id: 'a', publisher: null, sentences: [] } as unknown as Article;
    const quote = 'They have opposed increasing foreign direct investment in telecommunication and aviation.';
    const lead = composeLead(
      analyzeQuestion('In which industries have the Communists objected to more foreign direct investment?'),
      [{ text: quote, citations: [{ articleId: 'a', quote }] }],
      () => article,
    );
    expect(lead?.text).toBe('Telecommunication and aviation.');
  });
});

describe('a list that is not a list of kinds', () => {
  it('ends each item on a noun, not a verb', () => {
    expect(
      prepositionListSpan(
        'The budget will boost investment in telecommunication and allow firms to grow.',
        'in',
      ),
    ).toBeNull();
    expect(prepositionListSpan('They want investment in telecommunication and aviation.', 'in')?.text).toBe(
      'telecommunication and aviation',
    );
  });

  it('is not cut short of a noun its last item runs on into', () => {
    expect(
      prepositionListSpan('The money went in rail tracks and motor vehicles last year.', 'in'),
    ).toBeNull();
    expect(nounListSpan('Sectors such as rail tracks and motor vehicles were opened.', 'sectors')).toBeNull();
  });
});
