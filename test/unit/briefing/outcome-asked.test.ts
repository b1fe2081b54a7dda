import { describe, expect, it } from 'vitest';
import { asksOutcome, tellsOutcome } from '../../../src/briefing/question/near-miss.js';

describe('outcomes asked: told, or only looked ahead to', () => {
  it('reads a question asking how something ended, not what is to come', () => {
    expect(asksOutcome("What was the final result of Britain's Davis Cup tie in Tel Aviv?")).toBe(true);
    expect(asksOutcome('Did he appeal against his fine, and what was the outcome?')).toBe(true);
    expect(asksOutcome('What verdict did the court finally give?')).toBe(true);
    expect(asksOutcome('Is Marvel going to accept the verdict?')).toBe(false);
    expect(asksOutcome('Who scored the winner?')).toBe(false);
  });

  it('takes a told result as an outcome, and a sentence looking ahead to one as none', () => {
    expect(tellsOutcome('Chelsea beat Liverpool 3-2 after extra time.')).toBe(true);
    expect(tellsOutcome('The judge ruled in favour of the club.')).toBe(true);
    expect(tellsOutcome('Henman believes Britain can win the tie in Tel Aviv.')).toBe(false);
    expect(tellsOutcome('If found guilty he could lose his job.')).toBe(false);
    expect(
      tellsOutcome(
        'The commission must now ratify the decision and has until next week to announce its verdict.',
      ),
    ).toBe(false);
  });

  it('takes a score at a moment of the game as no final score', () => {
    expect(
      tellsOutcome(
        'The stadium was evacuated with the score at 1-1 and two minutes of normal time remaining.',
      ),
    ).toBe(false);
    expect(
      tellsOutcome(
        'More than 70,000 people left the ground with the score at 1-1 and three minutes left to play.',
      ),
    ).toBe(false);
    expect(tellsOutcome("Liverpool's 3-2 defeat after extra time.")).toBe(true);
  });
});
