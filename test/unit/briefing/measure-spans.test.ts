import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';

describe('figures written against their unit', () => {
  it('reads a figure whole with the unit written against it', () => {
    expect(answerSpans('The discs can hold up to 1.8GB of data.', 'number').map((s) => s.text)).toEqual([
      '1.8GB',
    ]);
    expect(answerSpans('It will build a plant of 500MW capacity.', 'number').map((s) => s.text)).toEqual([
      '500MW',
    ]);
    expect(answerSpans('The line runs 40 km from the coast.', 'number').map((s) => s.text)).toEqual([
      '40 km',
    ]);
  });

  it('takes no measure naming the event a person is known by', () => {
    const text = 'The two-time 4km champion Jane Doe hopes for a place in the 32-strong squad.';
    expect(answerSpans(text, 'number').map((s) => s.text)).toEqual(['32']);
    const race = 'The 4km champion Jane Doe will also run the 12km race.';
    expect(answerSpans(race, 'number').map((s) => s.text)).toEqual(['12km']);
  });

  it('takes no figure ending a hyphenated name', () => {
    expect(answerSpans('Buyers will get Sky-Racer 2 on disc.', 'number')).toEqual([]);
  });

  it('answers "how much" of a thing with the measure, not a count of it', () => {
    expect(leadOver('How much data fits on the disc?', 'The discs can hold up to 1.8GB of data.')).toBe(
      '1.8GB.',
    );
  });
});
