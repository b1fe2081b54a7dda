import { describe, expect, it } from 'vitest';
import { asksWhereAt, writtenAsWhere } from '../../../src/briefing/question/placed.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('where a thing happens', () => {
  const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;
  const bullet = (articleId: string, quote: string) => ({ text: quote, citations: [{ articleId, quote }] });

  it('answers "where" by a place written after "in", not a side named as an object', () => {
    const q = analyzeQuestion("Where is Britain's tie against Israel being played?");
    const lead = composeLead(
      q,
      [
        bullet('a', 'Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier.'),
        bullet('a', 'Tim Henman believes Britain can win the tie in Tel Aviv.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Tel Aviv.');
  });

  it('prefers, within a sentence, the place written as where', () => {
    const q = analyzeQuestion('Where did the talks take place?');
    const lead = composeLead(q, [bullet('a', 'France and Germany held the talks in Geneva on Monday.')], get);
    expect(lead?.text).toBe('Geneva.');
  });

  /** A city in the best sentence; both people at a building in the next. */
  const talks = () => [
    bullet(
      'a',
      'Besides meeting his counterpart, Harlow will hold several meetings with officials in Vienna.',
    ),
    bullet(
      'a',
      'Harlow called on General Brandt in the Defence Ministry and the two leaders agreed to cooperate.',
    ),
  ];

  it('answers where two people met by a sentence naming both at a building, before a city', () => {
    const q = analyzeQuestion('Where did Harlow and Brandt hold their talks?');
    const lead = composeLead(q, talks(), get);
    expect(lead?.text).toBe('Defence Ministry.');
  });

  it('answers "where did they meet?" in a thread by the sentence naming both names in brackets', () => {
    const q = analyzeQuestion('Where did they meet? (Brandt, Harlow)');
    expect(q.focus).toEqual([]);
    const lead = composeLead(q, talks(), get);
    expect(lead?.text).toBe('Defence Ministry.');
  });

  it('keeps the city first when the sentence naming both gives a wider place', () => {
    const q = analyzeQuestion('Where did Harlow and Brandt hold their talks?');
    const lead = composeLead(
      q,
      [
        bullet('a', 'Harlow held talks with officials in Vienna on Monday.'),
        bullet('a', 'Harlow and Brandt will both travel to Austria later this year.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Vienna.');
  });

  it('reads "in", "at" and "-based" as where, a verb\'s object and an origin question not', () => {
    const at = (quote: string, text: string) => writtenAsWhere(quote, { text, index: quote.indexOf(text) });
    expect(at('a New York-based trade group', 'New York')).toBe(true);
    expect(at('the talks at the Nou Camp', 'Nou Camp')).toBe(true);
    expect(at('Britain drew the USA', 'USA')).toBe(false);
    expect(asksWhereAt('Where is the tie being played?')).toBe(true);
    expect(asksWhereAt("where's the short film winner from?")).toBe(false);
  });
});
