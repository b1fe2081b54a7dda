import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Briefbot } from '../../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../../src/briefing/answer.js';
import { quoteIsIn } from '../../../src/briefing/write/verify.js';
import type { Writer } from '../../../src/briefing/write/writer.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';

/** Checks the Answer JSON contract's promises beyond its shape. */
function expectContract(bot: Briefbot, answer: Answer): void {
  answerSchema.parse(answer);
  const numbers = new Set(answer.sources.map((s) => s.n));
  const quotes = new Set<string>();
  for (const bullet of answer.bullets) {
    expect(bullet.citations.length).toBeGreaterThan(0);
    for (const c of bullet.citations) {
      expect(numbers.has(c.source)).toBe(true);
      const source = answer.sources.find((s) => s.n === c.source)!;
      expect(quoteIsIn(c.quote, bot.corpus.get(source.id)!.text), c.quote).toBe(true);
      expect(quotes.has(c.quote), `repeated quote: ${c.quote}`).toBe(false);
      quotes.add(c.quote);
    }
  }
  expect(new Set(answer.bullets.map((b) => b.text)).size).toBe(answer.bullets.length);
}

const allQuotes = (a: Answer) => a.bullets.flatMap((b) => b.citations.map((c) => c.quote)).join('\n');

describe('briefing service on the seed corpus', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openSeedBot();
  });
  afterAll(() => bot.close());

  it('briefs pakistan-russia: 5-10 bullets from 3+ articles covering the five subjects', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    expectContract(bot, answer);
    expect(answer).toMatchObject({ kind: 'brief', topic: 'pakistan-russia', mode: 'offline' });
    expect(answer.fallbackReason).toMatch(/no LLM configured/);
    expect(answer.bullets.length).toBeGreaterThanOrEqual(5);
    expect(answer.bullets.length).toBeLessThanOrEqual(10);
    expect(answer.sources.length).toBeGreaterThanOrEqual(3);
    const text = allQuotes(answer);
    expect(text, "Putin's cancelled visit").toMatch(/Putin[\s\S]{0,80}cancel|cancel[\s\S]{0,80}Putin/);
    expect(text, "Lavrov's visit").toMatch(/Lavrov/);
    expect(text, "Kayani's visit to Moscow").toMatch(/Kayani[^\n]*(Moscow|Russia)/);
    expect(text, 'Afghanistan').toMatch(/Afghan/);
    // A brief covers developments (issue 17), the 2021 visit among them, rather than the
    // background reasons every 2012 article retells (the pipeline dispute is one).
    expect(text, 'the 2021 visit').toMatch(/met the Pakistani prime minister/);
  });

  it('merges a statement several outlets make into one bullet citing each', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia' }));
    const merged = answer.bullets.filter((b) => new Set(b.citations.map((c) => c.source)).size > 1);
    expect(merged.length).toBeGreaterThan(0);
  });

  it('answers "When was Lavrov in Islamabad?" with the October 3-4 visit in the first two bullets', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'When was Lavrov in Islamabad?' }));
    expectContract(bot, answer);
    const firstTwo = answer.bullets.slice(0, 2).flatMap((b) => b.citations.map((c) => c.quote));
    expect(firstTwo.some((q) => /October 3-4/.test(q))).toBe(true);
  });

  it('says so instead of answering with unrelated sentences', async () => {
    const answer = answerOf(await bot.api.ask({ question: 'What is the weather in Paris tomorrow?' }));
    expect(answer.bullets).toEqual([]);
    expect(answer.sources).toEqual([]);
    expect(answer.note).toMatch(/Nothing in the corpus (?:answers|mentions Paris)/);
    expect(answer.lead).toBeNull();
  });

  it('refuses an empty or a 10,000-character question with a clear message', async () => {
    const empty = await bot.api.ask({ question: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty-question' } });
    // The example asks about a topic the bot has, not one written into the code.
    if (!empty.ok) expect(empty.error.message).toContain('e.g. "What is new on Pakistan–Russia relations?"');
    const long = await bot.api.ask({ question: 'Lavrov '.repeat(1500) });
    expect(long).toMatchObject({ ok: false, error: { code: 'question-too-long' } });
    if (!long.ok) expect(long.error.message).toMatch(/limit is 2,000/);
  });

  it('answers an unknown topic as a question when the corpus matches it, and says so', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'gas-pipeline' }));
    expect(answer.kind).toBe('answer');
    expect(answer.note).toMatch(/No topic is named "gas-pipeline"/);
    expect(allQuotes(answer)).toMatch(/pipeline/);
  });

  it('names the nearest topics when an unknown topic matches nothing', async () => {
    const result = await bot.api.brief({ topic: 'pakistan-ukraine' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-topic', suggestions: ['pakistan-russia'] },
    });
  });

  it('gives byte-identical answers for the same corpus and question', async () => {
    const other = await openSeedBot();
    try {
      for (const run of [
        (b: Briefbot) => b.api.brief({ topic: 'pakistan-russia' }),
        (b: Briefbot) => b.api.ask({ question: 'Why was the gas pipeline a problem?' }),
      ]) {
        expect(JSON.stringify(await run(other))).toBe(JSON.stringify(await run(bot)));
      }
    } finally {
      await other.close();
    }
  });

  it('drops citations a writer forged, and bullets left without one', async () => {
    const forger: Writer = {
      name: 'forger',
      async write(req) {
        const real = req.candidates[0]!;
        return {
          ok: true,
          mode: 'llm',
          bullets: [
            {
              text: real.sentence.text,
              citations: [{ articleId: real.article.id, quote: real.sentence.text }],
            },
            {
              text: 'A forged claim.',
              citations: [
                { articleId: real.article.id, quote: 'Putin signed a defence treaty in Islamabad.' },
              ],
            },
            {
              text: 'A claim citing nothing real.',
              citations: [{ articleId: 'no-such-article', quote: real.sentence.text }],
            },
          ],
        };
      },
    };
    const forged = await openSeedBot({ writer: forger });
    try {
      const answer = answerOf(await forged.api.brief({ topic: 'pakistan-russia' }));
      expect(answer.bullets.map((b) => b.text)).toHaveLength(1);
      expectContract(forged, answer);
    } finally {
      await forged.close();
    }
  });
});
