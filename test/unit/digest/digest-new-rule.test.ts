/**
 * The digest's "new" rule (issue 17, item 5): an article is new since a moment when it was
 * published or entered the corpus at or after it; an article without a published date is new by
 * when it entered (its file's modification time, or `fetchedAt` from ingestion), so it is never
 * left out for lack of a date. A digest after new articles arrive covers exactly the new ones,
 * dated or not, cites each, says how many, and the next digest does not repeat them. The scheduled
 * runner's version of the rule (store sightings) is pinned in digest-runner.test.ts.
 */
import { readdirSync, rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../../src/app/open-core.js';
import type { Answer } from '../../../src/briefing/answer.js';
import { isNewSince } from '../../../src/briefing/service.js';
import { enteredAt } from '../../../src/corpus/entered.js';
import { silentLogger } from '../../../src/log/logger.js';
import { seedCorpusDir, storyNews, writeNews } from './fixtures.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Sets a file's modification time: when it entered the corpus folder. */
function enteredOn(path: string, iso: string): void {
  const t = new Date(iso);
  utimesSync(path, t, t);
}

async function digestOf(corpusDir: string, since: string): Promise<Answer> {
  const bot = await openBriefbot({ corpusDir, db: ':memory:', logger: silentLogger });
  try {
    const result = await bot.api.digest({ topic: 'pakistan-russia', since: new Date(since) });
    if (!result.ok) throw new Error(result.error.message);
    return result.answer;
  } finally {
    await bot.close();
  }
}

const citedIds = (answer: Answer) => answer.sources.map((s) => s.id).sort();

describe('digest "new since": by publication, else by when the article entered the corpus', () => {
  it('covers exactly the articles that arrived, dated or not, cites each, and says how many, once', async () => {
    const dir = seedCorpusDir();
    dirs.push(dir);
    // The seeds (four of five without a published date) have been in the folder since January.
    for (const f of readdirSync(dir)) enteredOn(join(dir, f), '2024-01-10T09:00:00Z');
    const before = await digestOf(dir, '2024-06-01T00:00:00Z');
    expect(before.bullets).toEqual([]);
    expect(before.note).toMatch(/^0 new articles on .* since 2024-06-01\. Nothing new/);

    // Two articles arrive on 1 July: one without a date, one published long before.
    enteredOn(writeNews(dir, storyNews('undated-arrival', 0)), '2024-07-01T08:00:00Z');
    enteredOn(
      writeNews(dir, storyNews('old-dated-arrival', 1, { published: '2011-05-01' })),
      '2024-07-01T08:00:00Z',
    );
    const after = await digestOf(dir, '2024-06-01T00:00:00Z');
    expect(citedIds(after)).toEqual(['old-dated-arrival', 'undated-arrival']);
    expect(after.note).toBe(
      '2 new articles on Pakistan–Russia relations since 2024-06-01; 1 has no published date, so it is new by when it entered the corpus.',
    );
    // Every cited article is one of the new ones, and each new one is cited.
    for (const b of after.bullets)
      for (const c of b.citations)
        expect(['old-dated-arrival', 'undated-arrival']).toContain(after.sources[c.source - 1]!.id);

    // The next digest (since the last one) repeats neither.
    const next = await digestOf(dir, '2024-07-02T00:00:00Z');
    expect(next.sources).toEqual([]);
    expect(next.note).toMatch(/^0 new articles/);
  });

  it('on the seeds, --since 2012-10-01 covers all five articles, not only the one with a published date', async () => {
    const dir = seedCorpusDir();
    dirs.push(dir);
    const answer = await digestOf(dir, '2012-10-01T00:00:00Z');
    expect(answer.sources).toHaveLength(5);
    expect(answer.note).toBe(
      '5 new articles on Pakistan–Russia relations since 2012-10-01; 4 have no published date, so they are new by when they entered the corpus.',
    );
    // Each bullet carries its date beside the quote: a relative one resolved, inferred ones marked.
    const tomorrow = answer.bullets.find((b) => b.text.includes('arrival tomorrow'));
    expect(tomorrow).toMatchObject({ date: '2012-10-03', dateKind: 'relative' });
    expect(answer.bullets.some((b) => b.dateKind === 'inferred')).toBe(true);
  });

  it('the rule itself: entered or published at or after the moment; neither record, not new', () => {
    const since = new Date('2024-06-01T00:00:00Z');
    const base = { id: 'a', title: 't', publisher: null, url: null, feed: null, alsoPublishedBy: [] };
    const article = (extra: object) =>
      ({
        ...base,
        published: null,
        fetchedAt: null,
        path: '/nonexistent/a.md',
        paragraphs: [],
        sentences: [],
        text: '',
        ...extra,
      }) as Parameters<typeof isNewSince>[0];
    expect(isNewSince(article({ fetchedAt: '2024-06-02T00:00:00Z' }), since, enteredAt)).toBe(true);
    expect(isNewSince(article({ fetchedAt: '2024-05-02T00:00:00Z' }), since, enteredAt)).toBe(false);
    expect(isNewSince(article({ published: '2024-06-01' }), since, enteredAt)).toBe(true);
    // No published date and no record of entry (no file, not ingested): nothing says it is new.
    expect(isNewSince(article({}), since, enteredAt)).toBe(false);
    expect(enteredAt(article({}))).toBeNull();
  });
});
