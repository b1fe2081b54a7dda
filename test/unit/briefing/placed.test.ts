import { describe, expect, it } from 'vitest';
import { asksDestination, asksWhereAt, writtenAsWhere } from '../../../src/briefing/question/placed.js';
import { analyzeQuestion } from '../../../src/briefing/question/question.js';
import { leadOver } from '../../support/lead-over.js';

describe('where a thing happens', () => {
  it('answers "where" by a place written after "in", not a side named as an object', () => {
    expect(
      leadOver(
        "Where is Britain's tie against Israel being played?",
        'Britain drew the USA and lost the tie when Greg Rusedski fell to Jim Courier.',
        'Tim Henman believes Britain can win the tie in Tel Aviv.',
      ),
    ).toBe('Tel Aviv.');
  });

  it('prefers, within a sentence, the place written as where', () => {
    expect(
      leadOver('Where did the talks take place?', 'France and Germany held the talks in Geneva on Monday.'),
    ).toBe('Geneva.');
  });

  it('answers where a thing happens by the place it is held in, not where someone went', () => {
    const quote =
      "The row followed the minister's trip to Freedonia for the trade summit, which was planned in Lindau.";
    expect(leadOver('Where was the trade summit going to take place?', quote)).toBe('Lindau.');
    // Where someone went is the place gone to.
    expect(leadOver('Where did the minister travel?', quote)).toBe('Freedonia.');
  });

  it('reads verbs of going as asking where to, "going to take place" as not', () => {
    expect(asksDestination('Where did the minister fly?')).toBe(true);
    expect(asksDestination('Where is she going?')).toBe(true);
    expect(asksDestination('Where was the tie switched to?')).toBe(true);
    expect(asksDestination('Where is the final going to be played?')).toBe(false);
    expect(asksDestination('Where did the band play?')).toBe(false);
  });

  /** A city in the best sentence; both people at a building in the next. */
  const talks = [
    'Besides meeting his counterpart, Harlow will hold several meetings with officials in Vienna.',
    'Harlow called on General Brandt in the Defence Ministry and the two leaders agreed to cooperate.',
  ];

  it('answers where two people met by a sentence naming both at a building, before a city', () => {
    expect(leadOver('Where did Harlow and Brandt hold their talks?', ...talks)).toBe('Defence Ministry.');
  });

  it('answers "where did they meet?" in a thread by the sentence naming both names in brackets', () => {
    expect(analyzeQuestion('Where did they meet? (Brandt, Harlow)').focus).toEqual([]);
    expect(leadOver('Where did they meet? (Brandt, Harlow)', ...talks)).toBe('Defence Ministry.');
  });

  it('keeps the city first when the sentence naming both gives a wider place', () => {
    expect(
      leadOver(
        'Where did Harlow and Brandt hold their talks?',
        'Harlow held talks with officials in Vienna on Monday.',
        'Harlow and Brandt will both travel to Austria later this year.',
      ),
    ).toBe('Vienna.');
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
