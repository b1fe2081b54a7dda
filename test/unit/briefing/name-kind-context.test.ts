import { describe, expect, it } from 'vitest';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';

type Kind = 'person' | 'organisation' | 'place';
const texts = (text: string, type: Kind) => answerSpans(text, type).map((s) => s.text);

describe('a name typed by the words around it', () => {
  it('reads a person-like name before a venue noun as the venue, a place', () => {
    const text = 'The new play opens next month at the Nora Whitlock Theatre in Brimfield.';
    expect(texts(text, 'person')).toEqual([]);
    expect(texts(text, 'place')).toContain('Nora Whitlock Theatre');
  });

  it('reads a name after a capitalised "The" inside a sentence as no person nor unknown place', () => {
    const text = "Critics praised Dana Holt's The Lantern Keepers and a revival of The Copper Orchard.";
    expect(texts(text, 'person')).toEqual(['Dana Holt']);
    expect(texts('The festival moved to The Copper Orchard last year.', 'place')).toEqual([]);
    // A place the lexicon knows with its "The" keeps its kind.
    expect(texts('The talks resumed in The Hague on Monday.', 'place')).toContain('Hague');
    // A name written where something is held is a venue: "at The Granary".
    expect(texts('The concert will take place at The Granary in Dunmore.', 'place')).toContain('Granary');
  });
});

describe('a year written after a name', () => {
  const dates = (text: string) => answerSpans(text, 'date').map((s) => s.text);

  it('reads "Windows 2000" or "Expo 2010" as part of a name, dating nothing', () => {
    expect(dates('The update runs only on PCs with Windows XP or Windows 2000.')).toEqual([]);
    expect(dates('Tickets for Expo 2010 went on sale.')).toEqual([]);
  });

  it('keeps a year after a season, a preposition or at the start of a sentence', () => {
    expect(dates('The shop opens in Spring 2006.')).toEqual(['Spring 2006']);
    expect(dates('Sales in 2004 rose by a third.')).toEqual(['2004']);
    expect(dates('2004 was a record year.')).toEqual(['2004']);
  });
});
