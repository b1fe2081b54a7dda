import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { ofAskedNation } from '../../../src/briefing/question/answer-spans.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

const get = (id: string) => ({ id, publisher: null, sentences: [] }) as unknown as Article;
const bullet = (quote: string) => ({ text: quote, citations: [{ articleId: 'a', quote }] });

describe('a nationality or country opening the phrase that introduces a name', () => {
  it('is no Russian general: "Pakistan Army Chief General Ashfaq Pervez Kiani", though beside "general"', () => {
    const q = analyzeQuestion('Which Russian general came to Pakistan the previous May?');
    const lead = composeLead(
      q,
      [
        bullet('Last week Pakistan Army Chief General Ashfaq Pervez Kiani flew to Russia.'),
        bullet(
          'The visit follows one to Pakistan by Russian army chief Alexander Postnikov in May last year.',
        ),
      ],
      get,
    );
    expect(lead?.text).toBe('Alexander Postnikov.');
  });

  it('is no Spanish athlete: "Swedish triple jumper Christian Olsson"', () => {
    const q = analyzeQuestion('Which Spanish athlete was voted athlete of the year?');
    const lead = composeLead(
      q,
      [
        bullet('Swedish triple jumper Christian Olsson was voted male athlete of the year.'),
        bullet('Spanish runner Marta Dominguez was voted female athlete of the year.'),
      ],
      get,
    );
    expect(lead?.text).toBe('Marta Dominguez.');
  });

  it('is not a club\'s name: "Manchester United striker Wayne Rooney" may be English', () => {
    const q = analyzeQuestion('Which English player scored the winner?');
    const lead = composeLead(q, [bullet('Manchester United striker Wayne Rooney scored the winner.')], get);
    expect(lead?.text).toBe('Wayne Rooney.');
  });
});

describe('a name introduced by the nationality asked', () => {
  it('answers "which British company …?" before a name described only as a subsidiary', () => {
    const q = analyzeQuestion(
      "Which British company could lose part of its Venezuelan cattle estate to Chavez's land reforms?",
    );
    const quote =
      'One property in conflict with the government is the El Charcote cattle ranch, run by Agroflora, a subsidiary of the UK food group Vestey.';
    expect(composeLead(q, [bullet(quote)], get)?.text).toBe('Vestey.');
  });

  it('keeps every name when none is introduced by the nationality asked', () => {
    const quote = 'Agroflora and Vestey run the ranch.';
    const spans = [
      { text: 'Agroflora', index: 0 },
      { text: 'Vestey', index: 14 },
    ];
    expect(ofAskedNation('Which British company runs the ranch?', quote, spans)).toEqual(spans);
  });
});
