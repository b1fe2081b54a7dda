import { describe, expect, it } from 'vitest';
import { leadOver } from '../../support/lead-over.js';
import { answerSpans } from '../../../src/briefing/question/answer-spans.js';
import { countedForms, countsNoun } from '../../../src/briefing/question/counted-noun.js';

describe('a name opening a bare list of its kind', () => {
  it('answers "who" with every name of the list that "and" closes', () => {
    const lead = leadOver(
      'Who won the Brandt Cup before Max Naylor?',
      'Naylor follows Jane Doe, Peter Corlan and Tom Wexley as winners of the cup.',
    );
    expect(lead).toBe('Jane Doe, Peter Corlan and Tom Wexley.');
  });

  it('keeps a lone name when a role stands between it and the next', () => {
    const lead = leadOver(
      'Who is the chairman of Wexley Holdings?',
      'Wexley Holdings chairman Jane Doe, chief executive Peter Corlan and finance director Tom Brandt met.',
    );
    expect(lead).toBe('Jane Doe.');
  });
});

describe('a count written after its noun', () => {
  it('reads "an audience of eight million" as a count of viewers', () => {
    const text = 'At its peak, the show had a regular audience of eight million.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('viewers'))).map((s) => s.text)).toEqual([
      'eight million',
    ]);
  });

  it('reads "eight others" as a count of people', () => {
    const text = 'She and eight others were killed on the plane.';
    const spans = answerSpans(text, 'number');
    expect(spans.filter((s) => countsNoun(text, s, countedForms('people'))).map((s) => s.text)).toEqual([
      'eight',
    ]);
  });
});
