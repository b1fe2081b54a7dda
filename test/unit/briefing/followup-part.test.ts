import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import type { Thread } from '../../../src/briefing/ports.js';
import { nearLead } from '../../../src/briefing/question/continuation.js';
import { planQuestion } from '../../../src/briefing/question/followup.js';
import { openFixtureBot } from '../../support/seed-bot.js';
import { threadAfter } from '../../support/thread-after.js';

/** A thread after one question, its answer read from `lead`. */
const after = (question: string, lead: string[] = []): Thread =>
  threadAfter(question, { salient: ['Acme Shipping'], lead });

describe('a follow-up asking a part of the last figure', () => {
  it('keeps the kind of figure the last question asked', () => {
    const amount = after('How much is Acme Shipping offering to repay its lenders?');
    expect(planQuestion('How much of that straight away?', amount, null).answerType).toBe('amount');
    const count = after('How many ships does Acme Shipping own?');
    expect(planQuestion('how many of them are tankers?', count, null).answerType).toBe('number');
    // Not asking a part of anything: the words decide the kind.
    expect(planQuestion('How old is its founder?', amount, null).answerType).toBeUndefined();
  });
});

describe('a value of another kind in the last lead', () => {
  let bot: Briefbot;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'followup-part-'));
    const corpus = join(dir, 'articles');
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, 'repay.txt'),
      'Shipper offers repayment\n\n' +
        'Acme Shipping has offered to repay its lenders $90m of the $300m it owes.\n\n' +
        'The firm said it hoped to pay $40m now and another $50m over six years.\n\n' +
        'Its shares were suspended on Monday.\n',
    );
    bot = await openFixtureBot(corpus);
  });
  afterAll(async () => {
    await bot.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads the lead sentence itself when the last question asked another kind', () => {
    const ask = {
      type: 'duration' as const,
      questionWords: new Set(['and', 'the', 'rest', 'over', 'what', 'period']),
      givesCause: () => false,
    };
    // Asked of the same kind, the lead's own sentence gave its answer already.
    expect(nearLead(bot.corpus, ['repay#1'], { ...ask, previousType: 'duration' })).toEqual([]);
    expect(
      nearLead(bot.corpus, ['repay#1'], { ...ask, previousType: 'amount' }).map((c) => c.sentence.index),
    ).toEqual([1]);
  });
});
