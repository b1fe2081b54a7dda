import { describe, expect, it } from 'vitest';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import type { Thread } from '../../../src/briefing/ports.js';
import { threadAfter } from '../../support/thread-after.js';

/** A thread after one question, its answer naming `salient`. */
const after = (question: string, salient: string[]): Thread => threadAfter(question, { salient });

describe('"the company" after a question asking for a person', () => {
  it('is the body the question named, not one beside the person in the answer', () => {
    const thread = after('Who resigned from Ostrel after the audit?', ['Sam Carver', 'Ostrel', 'Vandermeer']);
    expect(planQuestion('How much was the company fined?', thread, null).query).toBe(
      'How much was Ostrel fined?',
    );
  });

  it('is the body the question named when the answer named no one', () => {
    const thread = after("Who is Zentrox's new boss?", []);
    expect(planQuestion('Where is the company based?', thread, null).query).toBe('Where is Zentrox based?');
  });
});
