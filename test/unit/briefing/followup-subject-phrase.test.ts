import { describe, expect, it } from 'vitest';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import type { Thread } from '../../../src/briefing/ports.js';
import { threadAfter } from '../../support/thread-after.js';

/** A thread after one question, its answer naming `salient`. */
const after = (question: string, salient: string[]): Thread => threadAfter(question, { salient });

describe('a pronoun for the thing the last question asked about', () => {
  it('puts the noun phrase in the pronoun’s place', () => {
    const thread = after("When will Acme's pocket reader for the Zeta be available?", [
      'March',
      'Acme',
      'Zeta',
    ]);
    expect(planQuestion('How much will it cost?', thread, null).query).toBe(
      "How much will Acme's pocket reader for the Zeta cost?",
    );
  });

  it('agrees in number: "them" for a plural phrase, not "it"', () => {
    const thread = after('Where were the new trams for Zenda built?', ['Ostrava']);
    expect(planQuestion('Who designed them?', thread, null).query).toBe(
      'Who designed the new trams for Zenda?',
    );
    expect(planQuestion('Who designed it?', thread, null).query).not.toContain('trams');
  });

  it('leaves "it" after a figure, which may mean the figure', () => {
    const thread = after("How big did Acme's debt get last year?", ['Acme']);
    expect(planQuestion("and what's it down to now?", thread, null).query).not.toContain("Acme's debt");
  });

  it('reads "them" after "how many …" as the things counted, beside a name of the follow-up', () => {
    const thread = after('How many wild lynxes are left in Ruritania?', ['Ruritania']);
    expect(planQuestion('What share of them live in Zenda Park?', thread, null).query).toBe(
      'What share of wild lynxes live in Zenda Park?',
    );
  });
});
