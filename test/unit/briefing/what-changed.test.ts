import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Briefbot, openBriefbot } from '../../../src/app/open-core.js';
import type { Answer } from '../../../src/briefing/answer.js';
import { answerSentenceKeys, whatsNewQuestion } from '../../../src/briefing/analysis/what-changed.js';
import type { ThreadKey } from '../../../src/briefing/ports.js';
import { article } from '../../fixtures/timeline/build.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

const quotes = (a: Answer) => a.bullets.flatMap((b) => b.citations.map((c) => c.quote));

describe('recognising "what\'s new?"', () => {
  it('reads the usual ways to ask, and what they are about', () => {
    expect(whatsNewQuestion("what's new?")).toEqual({ focus: '' });
    expect(whatsNewQuestion('What’s new')).toEqual({ focus: '' });
    expect(whatsNewQuestion('Anything new on Kayani?')).toEqual({ focus: 'Kayani' });
    expect(whatsNewQuestion('what has changed since yesterday?')).toEqual({ focus: '' });
    expect(whatsNewQuestion('any updates about the gas pipeline?')).toEqual({ focus: 'gas pipeline' });
    expect(whatsNewQuestion('What is the weather in Paris tomorrow?')).toBeNull();
    expect(whatsNewQuestion("Why was Putin's visit cancelled?")).toBeNull();
    expect(whatsNewQuestion('newer pipelines')).toBeNull();
  });
});

describe('what is new in a thread, in claims rather than articles', () => {
  let bot: Briefbot;
  const key: ThreadKey = { platform: 'test', channel: 'c1', thread: 'news' };
  beforeEach(async () => {
    bot = await openBriefbot({
      corpusDir: 'test/fixtures/timeline/visits',
      topicsPath: 'test/fixtures/timeline/topics.json',
      db: ':memory:',
    });
  });
  afterEach(() => bot.close());

  it('says nothing is new when the thread has been told everything', async () => {
    answerOf(await bot.api.brief({ topic: 'novak-lisbon', thread: key }));
    answerOf(await bot.api.ask({ question: 'what about Lisbon?', thread: key }));
    // A brief gives each development 1-3 bullets, so the thread is told the rest by asking.
    answerOf(await bot.api.ask({ question: 'what did the two leaders discuss?', thread: key }));
    // That answer keeps to the story that says "leaders" and "discussed"; the plan is asked apart.
    answerOf(await bot.api.ask({ question: 'what was Novak expected to sign?', thread: key }));
    const news = answerOf(await bot.api.ask({ question: "what's new?", thread: key }));
    expect(news.bullets).toEqual([]);
    expect(news.note).toMatch(/^Nothing new/);
  });

  it('leaves out a new article that restates what was told, and flags a told fact that changed', async () => {
    const first = answerOf(await bot.api.brief({ topic: 'novak-lisbon', thread: key }));
    expect(quotes(first).some((q) => q.includes('three-day visit to Lisbon on March 6'))).toBe(true);
    bot.corpus.add(
      article({
        id: 'mirror',
        publisher: 'Lisbon Mirror',
        published: '2019-03-05',
        body: [
          'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, the ministry said on Tuesday.',
        ],
      }),
    );
    bot.corpus.add(
      article({
        id: 'coastal',
        publisher: 'Coastal Times',
        published: '2019-03-06',
        body: [
          'Defence Minister Marek Novak will now stay in Lisbon for a five-day visit, extending his trip, the ministry said.',
        ],
      }),
    );
    const news = answerOf(await bot.api.ask({ question: "what's new?", thread: key }));
    const cited = news.sources.map((s) => s.id);
    expect(cited).toContain('coastal');
    expect(cited).not.toContain('mirror');
    expect(news.note).toMatch(/not been told yet \(1 sentence restating it left out\)/);
    const change = (news.flags ?? []).find((f) => f.subject === "Novak's visit")!;
    expect(change.text).toMatch(/three days \(told before\) \[\d+\]/);
    expect(change.text).toMatch(/five days \[\d+\]/);
    // Nothing the thread was shown comes back as a bullet.
    for (const q of quotes(news)) expect(quotes(first)).not.toContain(q);
  });

  it('gives a digest only what the channel was not told', async () => {
    const told = answerOf(await bot.api.brief({ topic: 'novak-lisbon' }));
    const keys = answerSentenceKeys(told, (id) => bot.corpus.get(id));
    expect(keys.length).toBeGreaterThan(0);
    bot.corpus.add(
      article({
        id: 'mirror',
        publisher: 'Lisbon Mirror',
        published: '2019-03-05',
        body: [
          'Defence Minister Marek Novak will begin a three-day visit to Lisbon on March 6, the ministry said on Tuesday.',
        ],
      }),
    );
    const plain = answerOf(await bot.api.digest({ topic: 'novak-lisbon', articleIds: ['mirror'] }));
    expect(plain.sources.map((s) => s.id)).toEqual(['mirror']);
    const digest = answerOf(
      await bot.api.digest({ topic: 'novak-lisbon', articleIds: ['mirror'], told: keys }),
    );
    expect(digest.bullets).toEqual([]);
  });
});

describe('what is new on the seed corpus', () => {
  it('answers a thread\'s "what\'s new?" without repeating a sentence it was shown', async () => {
    const bot = await openSeedBot();
    try {
      const key: ThreadKey = { platform: 'test', channel: 'c1', thread: 'seed-news' };
      const first = answerOf(await bot.api.brief({ topic: 'pakistan-russia', thread: key }));
      const news = answerOf(await bot.api.ask({ question: "what's new?", thread: key }));
      expect(news.bullets.length).toBeGreaterThan(0);
      expect(news.note).toMatch(/not been told yet/);
      for (const q of quotes(news)) expect(quotes(first)).not.toContain(q);
    } finally {
      await bot.close();
    }
  });
});
