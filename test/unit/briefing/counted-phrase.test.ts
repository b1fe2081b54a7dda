import { describe, expect, it } from 'vitest';
import { countedPhrase } from '../../../src/briefing/write/counted-phrase.js';
import { leadOver } from '../../support/lead-over.js';

/** The counted phrase for the first `figure` in `quote`, the noun's forms given as stems. */
const phrase = (quote: string, figure: string, ...forms: string[]) =>
  countedPhrase(quote, { text: figure, index: quote.indexOf(figure) }, new Set(forms));

describe('a count said with what it counts', () => {
  it('keeps the noun the figure counts, and the words before it', () => {
    expect(phrase('The band has released four studio albums since 2001.', 'four', 'album')).toBe(
      'four studio albums',
    );
    expect(phrase('About 300 walkers set off at dawn.', '300', 'walker')).toBe('300 walkers');
    // A figure of something else keeps no noun.
    expect(phrase('The firm was founded 40 years ago.', '40', 'album')).toBe('40');
  });

  it('carries a name the noun qualifies on to the noun closing the phrase', () => {
    expect(phrase('The film won six Golden Reel awards on Sunday.', 'six', 'golden')).toBe(
      'six Golden Reel awards',
    );
    expect(phrase('About 300 walkers tickets were sold.', '300', 'walker')).toBe('300 walkers');
  });

  it('keeps the list the sentence gives the counted things after a colon', () => {
    expect(
      phrase(
        'The pact covers three broad areas of the economy: mining, fishing and forestry.',
        'three',
        'area',
      ),
    ).toBe('three broad areas: mining, fishing and forestry');
    // A clause after the colon is no list of them.
    expect(phrase('He named three reasons: the board had not been told.', 'three', 'reason')).toBe(
      'three reasons',
    );
  });

  it('answers "how many" with the figure and its noun', () => {
    expect(
      leadOver(
        'How many areas did the pact cover?',
        'The pact signed in Lisbon covers three broad areas of the economy: mining, fishing and forestry.',
      ),
    ).toBe('Three broad areas: mining, fishing and forestry.');
  });
});
