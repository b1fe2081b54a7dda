import { describe, expect, it } from 'vitest';
import { answerSpans, askedFit } from '../../../src/briefing/question/answer-spans.js';

/** The dates of a sentence that fit a question. */
const fitting = (question: string, text: string) => {
  const fit = askedFit(question, 'date');
  return answerSpans(text, 'date')
    .filter((s) => fit(text, s))
    .map((s) => s.text);
};

describe('a date asked of what is to come', () => {
  it('is not told by a clause saying what happened then', () => {
    expect(fitting('When will the new browser be ready?', 'In March 2003 it bought a small rival.')).toEqual(
      [],
    );
    expect(
      fitting(
        'By what year does Freedonia hope to double its tea output?',
        'Output began to fall from a peak of 40,000 tonnes in 1971.',
      ),
    ).toEqual([]);
  });

  it('is told by a clause looking ahead, beside one telling the past', () => {
    expect(
      fitting('When will the shop open?', 'The shop, which was closed in 2003, will reopen in May 2005.'),
    ).toEqual(['May 2005']);
    expect(fitting('When will the shop open?', 'It was due to open in May 2005.')).toEqual(['May 2005']);
  });

  it('leaves a question about the past alone', () => {
    expect(fitting('When did it buy the rival?', 'In March 2003 it bought a small rival.')).toEqual([
      'March 2003',
    ]);
  });
});
