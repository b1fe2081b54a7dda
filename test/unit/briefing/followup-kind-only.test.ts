import { describe, expect, it } from 'vitest';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import { threadAfter } from '../../support/thread-after.js';

/** "Which field?", "What for?": the last question again, asking a thing of that kind, or why. */
describe('a follow-up that is only a kind asked', () => {
  it('asks the last question again of that kind, with the name its answer gave', () => {
    const thread = threadAfter('Which Ruritanian company is reported to have won an oilfield contract?', {
      salient: ['Zenda Oil'],
    });
    expect(planQuestion('Which field?', thread, null).query).toBe(
      'which field is reported to have won an oilfield contract Zenda Oil',
    );
    // "Which one?" names no kind.
    expect(planQuestion('Which one?', thread, null).query).not.toMatch(/^which one is reported/);
  });

  it('reads "what for?" as why', () => {
    const thread = threadAfter('How much money are the executives suspected of misusing?');
    expect(planQuestion('What for?', thread, null).query).toBe(
      'why are the executives suspected of misusing?',
    );
  });

  it('finds the verb after a longer noun phrase of a figure', () => {
    const thread = threadAfter('How much company money are the executives suspected of misusing?');
    expect(planQuestion('When?', thread, null).query).toBe('when are the executives suspected of misusing?');
  });

  it('asks the figure of a new name of the kind the last question asked for', () => {
    const thread = threadAfter('Which region had the highest house price inflation in November?', {
      salient: ['Wales'],
    });
    expect(planQuestion('What about London?', thread, null).query).toBe(
      "What was London's house price inflation in November?",
    );
  });
});
