import { describe, expect, it } from 'vitest';
import { locateQuote } from '../../../src/briefing/views/answer-views.js';

const mark = (paragraphs: string[], quote: string) => {
  const at = locateQuote(paragraphs, quote);
  return at && { paragraph: at.paragraph, text: paragraphs[at.paragraph]!.slice(at.start, at.end) };
};

describe('locateQuote', () => {
  it('marks a quote in a plain paragraph, by paragraph and character range', () => {
    const paragraphs = ['The mill closed in May.', 'Workers said the owners had sold the land to a builder.'];
    expect(locateQuote(paragraphs, 'the owners had sold the land')).toEqual({
      paragraph: 1,
      start: 13,
      end: 41,
    });
  });

  it('matches a plain paragraph whatever the case, when nothing else differs', () => {
    const paragraphs = ['Nothing here.', 'THE COUNCIL VOTED TO KEEP THE LIBRARY OPEN.'];
    expect(mark(paragraphs, 'the council voted to keep the library open')).toEqual({
      paragraph: 1,
      text: 'THE COUNCIL VOTED TO KEEP THE LIBRARY OPEN',
    });
  });

  it('marks the original characters of a paragraph the fold changes (curly quotes, double spaces)', () => {
    const paragraphs = ['\u201cWe will appeal,\u201d  the club\u2019s lawyer said \u2013 twice.'];
    expect(mark(paragraphs, `"We will appeal," the club's lawyer said - twice`)).toEqual({
      paragraph: 0,
      text: '\u201cWe will appeal,\u201d  the club\u2019s lawyer said \u2013 twice',
    });
  });

  it('finds nothing when no paragraph holds the quote', () => {
    expect(locateQuote(['The mill closed in May.'], 'the mill opened in June')).toBeUndefined();
    expect(locateQuote(['The mill closed in May.'], '   ')).toBeUndefined();
  });
});
