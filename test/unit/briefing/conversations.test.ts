import { afterEach, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import type { ThreadKey } from '../../../src/briefing/ports.js';
import { answerOf, citedQuotes, openSeedBot } from '../../support/seed-bot.js';

const thread = (id: string): ThreadKey => ({ platform: 'test', channel: 'c1', thread: id });
const quotesOf = (a: { bullets: { citations: { quote: string }[] }[] }) =>
  a.bullets.flatMap((b) => b.citations.map((c) => c.quote)).join('\n');

describe('follow-up questions in a thread', () => {
  let bot: Briefbot;
  afterEach(() => bot?.close());

  // Five pairs: a first question, a follow-up that only makes sense in its light, and what the
  // follow-up's answer must be about.
  const pairs: { first: { brief?: string; ask?: string }; followUp: string; about: RegExp }[] = [
    {
      first: { brief: 'pakistan-russia' },
      followUp: 'what about the gas pipeline?',
      about: /pipeline|Gazprom/,
    },
    {
      first: { ask: "Why was Putin's visit to Pakistan cancelled?" },
      followUp: 'why did he cancel?',
      about: /cancel/i,
    },
    {
      first: { ask: 'When was Lavrov in Islamabad?' },
      followUp: 'what about Kayani?',
      about: /Kayani|Kiani/,
    },
    { first: { brief: 'pakistan-russia' }, followUp: 'and Afghanistan?', about: /Afghan/ },
    {
      first: { ask: 'What did Gazprom want?' },
      followUp: 'what about the steel mills?',
      about: /Steel Mills/,
    },
  ];

  for (const [i, pair] of pairs.entries()) {
    it(`answers "${pair.followUp}" in the light of the thread, repeating no sentence (pair ${i + 1})`, async () => {
      bot = await openSeedBot();
      const key = thread(`pair-${i}`);
      const first = answerOf(
        pair.first.brief
          ? await bot.api.brief({ topic: pair.first.brief, thread: key })
          : await bot.api.ask({ question: pair.first.ask!, thread: key }),
      );
      const second = answerOf(await bot.api.ask({ question: pair.followUp, thread: key }));
      expect(second.bullets.length).toBeGreaterThan(0);
      expect(second.thread).toBe(key.thread);
      expect(quotesOf(second)).toMatch(pair.about);
      const before = new Set(citedQuotes(first));
      for (const q of citedQuotes(second)) expect(before.has(q), `repeated: ${q}`).toBe(false);
    });
  }

  it('keeps the topic of the thread for follow-ups', async () => {
    bot = await openSeedBot();
    const key = thread('topic');
    answerOf(await bot.api.brief({ topic: 'pakistan-russia', thread: key }));
    const followUp = answerOf(await bot.api.ask({ question: 'what about the gas pipeline?', thread: key }));
    expect(followUp.topic).toBe('pakistan-russia');
  });

  it('"more" gives the next best sentences on the last question', async () => {
    bot = await openSeedBot();
    const key = thread('more');
    const first = answerOf(await bot.api.ask({ question: 'What did Gazprom want?', thread: key }));
    const more = answerOf(await bot.api.ask({ question: 'more', thread: key }));
    expect(more.bullets.length).toBeGreaterThan(0);
    const before = new Set(citedQuotes(first));
    for (const q of citedQuotes(more)) expect(before.has(q)).toBe(false);
    // Still on the subject: every sentence answers the last question's terms.
    expect(quotesOf(more)).toMatch(/Gazprom/);
  });

  it('without a thread, the same follow-up has no memory', async () => {
    bot = await openSeedBot();
    const alone = answerOf(await bot.api.ask({ question: 'more' }));
    expect(alone.bullets).toEqual([]);
  });

  it('keeps at most the configured number of turns', async () => {
    bot = await openSeedBot({ limits: { maxTurns: 2, ttlMs: 3600_000 } });
    const key = thread('limit');
    for (const q of ['What did Gazprom want?', 'When was Lavrov in Islamabad?', 'what about Kayani?']) {
      answerOf(await bot.api.ask({ question: q, thread: key }));
    }
    const stored = await bot.store.getThread(key, new Date());
    expect(stored?.turns.map((t) => t.question)).toEqual([
      'When was Lavrov in Islamabad?',
      'what about Kayani?',
    ]);
  });

  it('expires idle conversations: a follow-up after the TTL starts afresh', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    bot = await openSeedBot({ limits: { maxTurns: 20, ttlMs: 3600_000 }, now: () => now });
    const key = thread('expiry');
    const first = answerOf(await bot.api.brief({ topic: 'pakistan-russia', thread: key }));
    now = new Date('2026-01-01T02:00:00Z');
    expect(await bot.store.getThread(key, now)).toBeNull();
    // Same brief again: with the old thread gone, nothing counts as already shown.
    const again = answerOf(await bot.api.brief({ topic: 'pakistan-russia', thread: key }));
    expect(citedQuotes(again)).toEqual(citedQuotes(first));
  });

  it('"and in 2021?" after a date question takes the day from the sentence beside the visit', async () => {
    // The 2021 report says "met … in Islamabad on Wednesday", then "has visited Pakistan" with no
    // date: the day of the same event, told a sentence away.
    bot = await openSeedBot();
    const key = thread('lavrov-2021');
    const first = answerOf(
      await bot.api.ask({ question: 'When did Lavrov visit Pakistan in 2012?', thread: key }),
    );
    // Lavrov's own visit, dated as its report dates it, not the cancelled summit's 2-3 October.
    expect(first.lead?.text).toMatch(/Lavrov visited Islamabad last week/);
    const second = answerOf(await bot.api.ask({ question: 'and in 2021?', thread: key }));
    expect(second.lead?.text).toMatch(/on Wednesday/);
    expect(second.sources.map((s) => s.id)).toContain('004_3dcc83b6feb79a6a');
  });

  it('an unknown thread id simply starts a new conversation', async () => {
    bot = await openSeedBot();
    const answer = answerOf(
      await bot.api.ask({ question: 'When was Lavrov in Islamabad?', thread: thread('never-seen') }),
    );
    expect(answer.bullets.length).toBeGreaterThan(0);
    expect(answer.thread).toBe('never-seen');
  });
});
