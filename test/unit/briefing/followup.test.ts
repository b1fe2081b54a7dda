import { describe, expect, it } from 'vitest';
import { planQuestion, salientNames } from '../../../src/briefing/followup.js';
import type { Thread } from '../../../src/store/store.js';

const thread: Thread = {
  key: { platform: 'cli', channel: 'cli', thread: 't' },
  topic: 'pakistan-russia',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  turns: [
    {
      at: '2026-01-01T00:00:00Z',
      kind: 'answer',
      question: 'Why was the visit cancelled?',
      query: 'visit cancelled',
      bullets: [],
      shown: [],
      salient: ['Putin', 'Islamabad'],
    },
  ],
};

describe('planQuestion', () => {
  it('strips follow-up openers and keeps the subject', () => {
    const plan = planQuestion('what about the gas pipeline?', thread, null);
    expect(plan.kind).toBe('question');
    expect(plan.query).toBe('the gas pipeline?');
    expect(plan.context).toContain('Putin');
  });

  it('turns "more" into the last query, only inside a thread', () => {
    expect(planQuestion('more', thread, null)).toMatchObject({ kind: 'more', query: 'visit cancelled' });
    expect(planQuestion('tell me more', thread, null).kind).toBe('more');
    expect(planQuestion('more', null, null)).toMatchObject({ kind: 'question', query: 'more' });
  });

  it('recognises when- and why-questions', () => {
    expect(planQuestion('When was Lavrov in Islamabad?', null, null).preferDates).toBe(true);
    expect(planQuestion('why did he cancel?', thread, null).preferReasons).toBe(true);
    expect(planQuestion('Who is Khar?', null, null)).toMatchObject({
      preferDates: false,
      preferReasons: false,
    });
  });
});

describe('salientNames', () => {
  it('ranks names by mentions and ignores sentence-initial function words', () => {
    expect(
      salientNames([
        'The cancellation of Putin’s visit to Islamabad led to a postponement.',
        'President Putin had decided against visiting Pakistan.',
      ]),
    ).toEqual(['Putin', 'Islamabad', 'Pakistan']);
  });
});
