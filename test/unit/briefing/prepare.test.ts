import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.js';
import { preparationOrder, prepareInBackground } from '../../../src/briefing/prepare.js';
import { openSeedBot } from '../../support/seed-bot.js';

const stub = (id: string, published: string | null) => ({ id, published }) as Article;

describe('background preparation', () => {
  it('orders articles newest first, undated ones last, ties by id', () => {
    const order = preparationOrder([
      stub('c', null),
      stub('b', '2012-10-02'),
      stub('a', null),
      stub('d', '2021-04-07'),
      stub('e', '2012-10-02'),
    ]);
    expect(order.map((a) => a.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('prepares every article of the seed corpus, and answers are byte-identical to an unprepared bot', async () => {
    const prepared = await openSeedBot({ prepareArticles: 100 });
    const plain = await openSeedBot();
    try {
      const stats = await prepared.prepared;
      expect(stats.articles).toBe(prepared.corpus.size);
      expect(stats.stopped).toBe(false);
      expect((await plain.prepared).articles).toBe(0);
      for (const call of [
        (b: typeof plain) => b.api.brief({ topic: 'pakistan-russia' }),
        (b: typeof plain) => b.api.brief({ topic: 'pakistan-russia', timeline: true }),
        (b: typeof plain) => b.api.ask({ question: 'When was Lavrov in Islamabad?' }),
      ]) {
        expect(JSON.stringify(await call(prepared))).toBe(JSON.stringify(await call(plain)));
      }
    } finally {
      await prepared.close();
      await plain.close();
    }
  });

  it('prepares at most the limit', async () => {
    const bot = await openSeedBot();
    try {
      const stats = await prepareInBackground(bot.corpus, { limit: 2 }).done;
      expect(stats.articles).toBe(2);
    } finally {
      await bot.close();
    }
  });

  it('stops on request, saying so, and close() stops it too', async () => {
    const bot = await openSeedBot();
    try {
      const run = prepareInBackground(bot.corpus, { limit: 100 });
      run.stop(); // before its first slice
      const stats = await run.done;
      expect(stats).toMatchObject({ articles: 0, stopped: true });
    } finally {
      await bot.close();
    }
    const closing = await openSeedBot({ prepareArticles: 100 });
    await closing.close();
    const stats = await closing.prepared;
    expect(stats.stopped).toBe(true);
  });

  it('reports an error in the analysis and goes on', async () => {
    const bot = await openSeedBot();
    try {
      const broken = bot.corpus.articles()[0]!;
      // A sentence list that throws when read stands for a bug in the analysis.
      const poisoned = new Proxy(broken, {
        get: (target, key) => {
          if (key === 'sentences') throw new Error('analysis bug');
          return Reflect.get(target, key);
        },
      });
      // The real corpus, serving the poisoned article in place of the first one.
      const real = bot.corpus;
      const corpus = new Proxy(real, {
        get: (target, key) => {
          if (key === 'articles') return () => [poisoned, ...real.articles().slice(1)];
          if (key === 'get') return (id: string) => (id === broken.id ? poisoned : real.get(id));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
      const errors: unknown[] = [];
      const stats = await prepareInBackground(corpus, { limit: 100, onError: (e) => errors.push(e) }).done;
      // The broken article, and those whose analysis reads it (a small corpus's related articles).
      expect(errors.length).toBeGreaterThanOrEqual(1);
      expect(errors.every((e) => (e as Error).message === 'analysis bug')).toBe(true);
      expect(stats.articles).toBe(bot.corpus.size);
    } finally {
      await bot.close();
    }
  });
});
