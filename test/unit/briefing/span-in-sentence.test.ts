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
    ).toBe('Five times.');
  });
});

describe('the value of the kind asked, read as the question means it', () => {
  it('answers "where is X from?" of a person with the nation news gives', () => {
    expect(
      leadOver(
        'Where is Ann Brandt from?',
        'Elsewhere, Japanese Ai Sato beat Carla Reyes while Tunisian Ann Brandt lost to Maria Lind.',
      ),
    ).toBe('Ann Brandt is Tunisian.');
  });

  it('takes no length gone by for "how long will it take?"', () => {
    expect(
      leadOver(
        'How long will it take Zentek to tell the staff losing their jobs?',
        'Zentek said it had planned the cuts over the last 18 months and would tell staff over the next 10 days.',
      ),
    ).toBe('10 days.');
  });

  it('reads "plunge" as a change, which a share answers', () => {
    expect(
      leadOver(
        'How much did sales plunge at Brandmart in 2001?',
        'Brandmart sales plunged 1.7% in 2001, to $22bn.',
      ),
    ).toBe('1.7%.');
  });
});
