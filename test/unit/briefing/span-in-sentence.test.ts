import { describe, expect, it } from 'vitest';
import { answerSpans, askedVerbDates } from '../../../src/briefing/question/answer-spans.js';
import { leadOver } from '../../support/lead-over.js';

describe('the asked value inside the right sentence', () => {
  it('reads a day after the asked verb\'s participle as its date ("first appeared on 14 March")', () => {
    const asked = () => new Set(['appear']);
    expect(askedVerbDates('The Zorbex virus first appeared on 14 March and spread fast.', asked)).toEqual([
      { text: '14 March', index: 35 },
    ]);
    // Another participle still dates a thing, not what is asked.
    expect(askedVerbDates('The pact signed on 3 May was torn up.', asked)).toEqual([]);
    expect(
      leadOver(
        'When did the Zorbex virus first show up?',
        'A scan conducted on the morning of 22 March found only a few hundred infected sites.',
        'The Zorbex virus first appeared on 14 March and within a day had hit thousands of sites.',
      ),
    ).toBe('14 March.');
    expect(
      leadOver('When was the Elbe pact signed?', 'The Elbe pact signed on 3 May ended the dispute.'),
    ).toBe('3 May.');
  });

  it('counts a number word after a place or a person ("won in Madrid five times")', () => {
    expect(answerSpans('Novak has won in Madrid five times.', 'number')).toEqual([
      { text: 'five', index: 24 },
    ]);
    // A body's name may end in one.
    expect(answerSpans('He joined BBC Two last year.', 'number')).toEqual([]);
    expect(
      leadOver(
        'How many times has Jan Novak won in Madrid?',
        'Novak has won in Madrid five times, but his run of three straight titles ended last year.',
      ),
    ).toBe('Five.');
  });
});
