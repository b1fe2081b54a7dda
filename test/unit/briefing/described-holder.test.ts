import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { composeLead } from '../../../src/briefing/write/lead.js';
import type { Article } from '../../../src/corpus/article.js';

describe('the person a best sentence refers back to by a noun', () => {
  const bullet = (articleId: string, quote: string) => ({ text: quote, citations: [{ articleId, quote }] });
  const texts = [
    'An executive at insurance firm Halden & Rowe has admitted fraud.',
    'Regulator Anna Kettle said senior vice president Tomas Brell had pleaded guilty.',
    'The offence carries a prison sentence.',
  ];
  /** The lead when the story's later sentence `best` ranks first and another story's holder second. */
  const leadFor = (best: string) => {
    const sentences = [...texts, best].map((text, index) => ({
      articleId: 'p',
      index,
      paragraph: index < 3 ? 0 : 1,
      text,
    }));
    const story = { id: 'p', publisher: null, sentences } as unknown as Article;
    const other = { id: 'q', publisher: null, sentences: [] } as unknown as Article;
    return composeLead(
      analyzeQuestion(
        'Which Halden senior vice president confessed to asking insurers for deliberately uncompetitive quotes?',
      ),
      [
        bullet('p', best),
        bullet(
          'q',
          'The highest ranking executive in court was former Halden senior vice president Joe Dunn.',
        ),
      ],
      (id) => (id === 'p' ? story : id === 'q' ? other : undefined),
    );
  };

  it("names whom the article named before beside the asked role, not another story's holder of it", () => {
    const lead = leadFor(
      'According to a statement from the regulator, the Halden executive admitted he told insurers to submit non-competitive bids.',
    );
    expect(lead?.text).toBe('Tomas Brell.');
  });

  it('reads it past a best sentence naming only someone else', () => {
    const lead = leadFor(
      "According to a statement from Ms Kettle's office, the Halden executive admitted he told insurers to submit non-competitive bids.",
    );
    expect(lead?.text).toBe('Tomas Brell.');
  });
});
