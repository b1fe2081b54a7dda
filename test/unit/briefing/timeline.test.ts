import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Briefbot, openBriefbot } from '../../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../../src/briefing/answer.js';
import { daySpan, monthSpan, yearSpan } from '../../../src/briefing/analysis/calendar.js';
import { episodes, groupTimeline } from '../../../src/briefing/views/timeline.js';
import { quoteIsIn } from '../../../src/briefing/write/verify.js';
import { answerOf, openSeedBot } from '../../support/seed-bot.js';
import { runCliProcess } from '../../support/run-cli.js';

/** The first bullet whose citations quote `fragment`, with its position. */
function find(answer: Answer, fragment: string) {
  const i = answer.bullets.findIndex((b) => b.citations.some((c) => c.quote.includes(fragment)));
  if (i < 0) throw new Error(`no bullet cites "${fragment}"`);
  return { i, bullet: answer.bullets[i]! };
}

describe('the timeline of the seed corpus', () => {
  let bot: Briefbot;
  let answer: Answer;
  beforeAll(async () => {
    bot = await openSeedBot();
    answer = answerOf(await bot.api.brief({ topic: 'pakistan-russia', timeline: true }));
  });
  afterAll(() => bot.close());

  it('orders the October 2012 events before the 2021 visit, each dated and cited', () => {
    answerSchema.parse(answer);
    expect(answer.view).toBe('timeline');
    const putin = find(answer, 'which was planned in Islamabad from 2-3 October 2012');
    const lavrov = find(answer, 'from October 3-4');
    const kayaniLeaves = find(answer, 'due to leave for Russia on October 3');
    const kayaniArrives = find(answer, 'arrived in Moscow on October 4');
    const visit2021 = find(answer, "Russia's foreign minister met the Pakistani prime minister");
    expect(putin.bullet).toMatchObject({ date: '2012-10-02', dateEnd: '2012-10-03', dateKind: 'explicit' });
    // Zee News' "two-day visit, which was to begin on October 2" is the same event, cited with it.
    expect(putin.bullet.citations.some((c) => c.quote.includes('was to begin on October 2'))).toBe(true);
    expect(lavrov.bullet).toMatchObject({ date: '2012-10-03', dateEnd: '2012-10-04', dateKind: 'explicit' });
    expect(kayaniLeaves.bullet).toMatchObject({ date: '2012-10-03', dateKind: 'explicit' });
    expect(kayaniArrives.bullet).toMatchObject({ date: '2012-10-04', dateKind: 'explicit' });
    expect(visit2021.bullet).toMatchObject({ date: '2021', dateKind: 'inferred' });
    for (const e of [putin, lavrov, kayaniLeaves, kayaniArrives]) expect(e.i).toBeLessThan(visit2021.i);
    expect(putin.i).toBeLessThan(kayaniArrives.i);
    for (const b of answer.bullets) {
      expect(b.date, b.text).toBeTruthy();
      expect(b.dateKind, b.text).toBeTruthy();
      for (const c of b.citations) {
        const source = answer.sources.find((s) => s.n === c.source)!;
        expect(quoteIsIn(c.quote, bot.corpus.get(source.id)!.text)).toBe(true);
      }
    }
  });

  it('keeps the 2012 and 2021 episodes apart', () => {
    const october = find(answer, 'from October 3-4').bullet.episode!;
    const later = find(answer, "Russia's foreign minister met the Pakistani prime minister").bullet.episode!;
    expect(october).toBeGreaterThan(0);
    expect(later).toBeGreaterThan(october);
    const groups = groupTimeline(answer.bullets);
    expect(groups.map((g) => g.label)).toContain('2021');
    expect(groups.find((g) => g.n === october)!.label).toMatch(/Oct 2012$/);
    // Within an episode, days come in order.
    const october2012 = groups.find((g) => g.n === october)!;
    expect(october2012.days.map((d) => d.label)).toEqual(
      expect.arrayContaining(['2–3 Oct 2012', '4 Oct 2012']),
    );
  });

  it("dates Zee News' 'on Wednesday' by the Tribune's 'October 3' for the same three-day trip", () => {
    const { bullet } = find(answer, 'on Wednesday embarked on a three-day visit');
    expect(bullet.date).toBe('2012-10-03');
    expect(bullet.outlets).toBe(2);
  });

  it('says where an undated source’s date comes from', () => {
    const undated = answer.sources.filter((s) => s.published === null);
    expect(undated.length).toBeGreaterThan(0);
    for (const s of undated) expect(s.publishedInferred?.basis).toBeTruthy();
    const y2021 = answer.sources.find((s) => s.publishedInferred?.date === '2021')!;
    expect(y2021.publishedInferred!.basis).toMatch(/nine years/);
  });

  it('is the same from the command line, byte for byte across runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-timeline-'));
    try {
      const run = () =>
        runCliProcess(['brief', 'pakistan-russia', '--timeline', '--json'], {
          BRIEFBOT_DB: join(dir, 'db.sqlite'),
        });
      const [first, second] = [await run(), await run()];
      expect(first.code).toBe(0);
      expect(first.stdout).toBe(second.stdout);
      const cli = answerSchema.parse(JSON.parse(first.stdout));
      expect(cli.bullets.map((b) => [b.date, b.text])).toEqual(answer.bullets.map((b) => [b.date, b.text]));
      const text = await runCliProcess(['brief', 'pakistan-russia', '--timeline'], {
        BRIEFBOT_DB: join(dir, 'db.sqlite'),
      });
      expect(text.stdout).toMatch(/== Oct 2012 ==[\s\S]*4 Oct 2012[\s\S]*== 2021 ==/);
      expect(text.stdout).toMatch(
        /Outlets disagree: Kayani's visit: three days \[\d\]\[\d\] vs four days \[\d\]\n/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('episodes', () => {
  it('splits at gaps of more than two months and puts a year-only date in its year', () => {
    const spans = [
      monthSpan(2012, 2),
      daySpan('2012-09-10'),
      daySpan('2012-10-03', '2012-10-04'),
      yearSpan(2012),
      yearSpan(2021),
      daySpan('2021-04-07'),
    ];
    expect(episodes(spans)).toEqual([1, 2, 2, 2, 3, 3]);
    expect(episodes([yearSpan(2009), yearSpan(2010)])).toEqual([1, 2]);
  });
});

describe('a timeline over a small corpus with known dates', () => {
  let bot: Briefbot;
  beforeAll(async () => {
    bot = await openBriefbot({
      corpusDir: 'test/fixtures/timeline/visits',
      topicsPath: 'test/fixtures/timeline/topics.json',
      db: ':memory:',
    });
  });
  afterAll(() => bot.close());

  it('puts the events of two visits in order, in two episodes, each entry cited', async () => {
    const answer = answerOf(await bot.api.brief({ topic: 'novak-lisbon', timeline: true }));
    const dated = answer.bullets.map((b) => `${b.episode} ${b.date}`);
    expect(dated).toEqual([...dated].sort((a, b) => Number(a.split(' ')[0]) - Number(b.split(' ')[0])));
    const first = find(answer, 'three-day visit to Lisbon on March 6');
    const second = find(answer, 'arrived in Lisbon on May 9');
    expect(first.bullet).toMatchObject({ date: '2019-03-06', dateKind: 'explicit' });
    expect(second.bullet).toMatchObject({ date: '2023-05-09', dateKind: 'explicit' });
    expect(second.bullet.episode).toBeGreaterThan(first.bullet.episode!);
    expect(first.i).toBeLessThan(second.i);
    // The undated report's "on Wednesday" is dated by the same arrival in a dated outlet.
    const flags = answer.flags ?? [];
    expect(flags.map((f) => f.subject)).toContain("Novak's visit");
    expect(flags.some((f) => /2023|two days/.test(f.text))).toBe(false);
  });
});
