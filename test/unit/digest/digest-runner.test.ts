/**
 * The digest runner with an injected clock, a real briefing service over a real corpus folder, and
 * real stores: exactly-once across ticks, instances, processes' connections and restarts; catch-up;
 * what is new; retries. Nothing waits for real time and no cron fires.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../../src/app/open-core.js';
import { answerSchema } from '../../../src/briefing/answer.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { createCorpusWatch } from '../../../src/corpus/corpus-watch.js';
import { parseArticleFile } from '../../../src/corpus/corpus-files.js';
import { createDigestRunner, type DigestRunnerOptions } from '../../../src/digest/digest-runner.js';
import { DigestPostError } from '../../../src/digest/poster.js';
import type { SubscriptionSpec } from '../../../src/digest/subscription.js';
import type { DigestStore } from '../../../src/digest/ports.js';
import { digestStoreFor } from '../../../src/store/open-store.js';
import { openStore } from '../../../src/store/open-store.js';
import {
  citedIds,
  logRecorder,
  manualClock,
  pipelineNews,
  recordingPoster,
  recordingSleep,
  seedCorpusDir,
  storyNews,
  writeNews,
} from './fixtures.js';

const dirs: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const KARACHI: SubscriptionSpec = {
  platform: 'slack',
  channel: 'C-NEWS',
  topic: 'pakistan-russia',
  cadence: { kind: 'daily' },
  time: '08:00',
  timeZone: 'Asia/Karachi',
  announceEmpty: false,
};

/** Briefbot over a fresh copy of the seeds, with the digest tables on a store file of its own. */
async function setUp(start = '2026-03-01T00:00:00Z') {
  const corpusDir = seedCorpusDir();
  dirs.push(corpusDir);
  const dbFile = join(corpusDir, '..', `${corpusDir.split('/').at(-1)}.sqlite`);
  dirs.push(dbFile, `${dbFile}-wal`, `${dbFile}-shm`);
  const clock = manualClock(start);
  const bot = await openBriefbot({ corpusDir, db: dbFile, now: clock.now });
  closers.push(() => bot.close());
  const store = digestStoreFor(bot.store);
  // As at start-up: the seeds are the baseline, known before tracking began.
  await store.recordSeen(
    bot.corpus.articles().map((a) => a.id),
    clock.now(),
    { baseline: true },
  );
  const poster = recordingPoster();
  const sleep = recordingSleep();
  const log = logRecorder();
  const runner = (extra: Partial<DigestRunnerOptions> = {}) =>
    createDigestRunner({
      store,
      api: bot.api,
      articles: () => bot.corpus.articles(),
      poster,
      clock: clock.now,
      sleep,
      logger: log,
      ...extra,
    });
  const watch = createCorpusWatch({
    dir: corpusDir,
    corpus: bot.corpus,
    watch: false,
    intervalMs: 0,
    beforeAdd: (articles) =>
      store.recordSeen(
        articles.map((a) => a.id),
        clock.now(),
      ),
  });
  await watch.start();
  closers.push(() => watch.stop());
  return { bot, store, clock, poster, sleep, log, runner, corpusDir, dbFile, watch };
}

describe('digest runner: when digests run', () => {
  it('a daily 08:00 Asia/Karachi digest runs at 03:00 UTC, once, with what arrived that day', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('wire-0301', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    const runner = t.runner();

    expect(await runner.runDue(t.clock.set('2026-03-01T02:59:59Z'))).toEqual([]);
    const runs = await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(runs).toMatchObject([{ status: 'posted', period: '2026-03-01' }]);
    expect(t.poster.posted).toHaveLength(1);
    const { target, answer } = t.poster.posted[0]!;
    expect(target).toEqual({ platform: 'slack', channel: 'C-NEWS' });
    answerSchema.parse(answer);
    expect(answer.kind).toBe('digest');
    expect(answer.bullets.length).toBeGreaterThan(0);
    expect(citedIds(answer)).toEqual(['wire-0301']);
    expect(answer.note).toMatch(/^1 new article on/);

    // A duplicate tick, the same minute or later that day, posts nothing.
    expect(await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'))).toEqual([]);
    expect(await runner.runDue(t.clock.set('2026-03-01T18:00:00Z'))).toEqual([]);
    // A second scheduler instance on the same store sees the period taken.
    expect(await t.runner().runDue(t.clock.now())).toMatchObject([{ status: 'taken' }]);
    expect(t.poster.posted).toHaveLength(1);
    expect(await t.store.getDigest({ ...KARACHI, period: '2026-03-01' })).toMatchObject({
      status: 'posted',
      messageId: 'm1',
      articles: 1,
      attempts: 1,
    });
  });

  it('a subscription made after its time starts the next day, not at once', async () => {
    const t = await setUp('2026-03-01T05:00:00Z');
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('late', { fetchedAt: '2026-03-01T04:00:00Z' }));
    await t.watch.rescan();
    const runner = t.runner();
    expect(await runner.runDue(t.clock.set('2026-03-01T06:00:00Z'))).toEqual([]);
    expect(await runner.runDue(t.clock.set('2026-03-02T03:00:00Z'))).toMatchObject([
      { status: 'posted', period: '2026-03-02' },
    ]);
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['late']);
  });

  it('a missed run is caught up once, with everything since the last digest', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    const runner = t.runner();
    writeNews(t.corpusDir, pipelineNews('day1', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(t.poster.posted).toHaveLength(1);

    // The bot is down from 2 to 5 March; news keeps arriving (ingested with fetchedAt).
    writeNews(t.corpusDir, storyNews('day2', 0, { fetchedAt: '2026-03-02T09:00:00Z' }));
    writeNews(t.corpusDir, storyNews('day3', 1, { fetchedAt: '2026-03-03T09:00:00Z' }));
    writeNews(t.corpusDir, storyNews('day4', 2, { fetchedAt: '2026-03-04T09:00:00Z' }));
    t.clock.set('2026-03-05T10:00:00Z');
    await t.watch.rescan();
    const restarted = t.runner();
    const runs = await restarted.runDue(t.clock.now());
    expect(runs).toMatchObject([{ status: 'posted', period: '2026-03-05' }]);
    expect(t.poster.posted).toHaveLength(2);
    expect(citedIds(t.poster.posted[1]!.answer)).toEqual(['day2', 'day3', 'day4']);
    // Not once per missed day: the 2nd, 3rd and 4th were never separately posted.
    for (const day of ['2026-03-02', '2026-03-03', '2026-03-04']) {
      expect(await t.store.getDigest({ ...KARACHI, period: day })).toBeNull();
    }
    expect(await restarted.runDue(t.clock.set('2026-03-05T10:01:00Z'))).toEqual([]);
    expect(t.poster.posted).toHaveLength(2);
  });
});

describe('digest runner: what is new', () => {
  it('an article file added while running appears in the next digest and only that one', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    const runner = t.runner();
    // Nothing new on the 1st: the seeds are the baseline. Nothing is posted.
    expect(await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    expect(t.poster.posted).toHaveLength(0);

    // A file without any date is dropped into the folder at noon on the 1st.
    t.clock.set('2026-03-01T07:00:00Z');
    writeNews(t.corpusDir, pipelineNews('dropped-in'));
    const report = await t.watch.rescan();
    expect(report.added).toEqual(['dropped-in']);
    expect(t.bot.corpus.get('dropped-in')).toBeDefined();

    await runner.runDue(t.clock.set('2026-03-02T03:00:00Z'));
    expect(t.poster.posted).toHaveLength(1);
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['dropped-in']);

    // The day after: nothing new; the article is not repeated.
    expect(await runner.runDue(t.clock.set('2026-03-03T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    expect(t.poster.posted).toHaveLength(1);
  });

  it('a digest after new articles arrive covers exactly the new ones, dated or not, cites each, once', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    const runner = t.runner();
    expect(await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    // One without any date, one published years before it arrived.
    t.clock.set('2026-03-01T07:00:00Z');
    writeNews(t.corpusDir, storyNews('arrived-undated', 0));
    writeNews(t.corpusDir, storyNews('arrived-old', 1, { published: '2019-04-01' }));
    expect((await t.watch.rescan()).added.sort()).toEqual(['arrived-old', 'arrived-undated']);

    await runner.runDue(t.clock.set('2026-03-02T03:00:00Z'));
    expect(t.poster.posted).toHaveLength(1);
    const answer = t.poster.posted[0]!.answer;
    expect(citedIds(answer)).toEqual(['arrived-old', 'arrived-undated']);
    expect(answer.note).toMatch(
      /^2 new articles on .* since \S+; 1 has no published date, so it is new by when it entered the corpus\.$/,
    );
    expect(await runner.runDue(t.clock.set('2026-03-03T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    expect(t.poster.posted).toHaveLength(1);
  });

  it('an article ingestion put straight into the live corpus is news once, even when the watcher sees its file later', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    const runner = t.runner();
    // Ingestion: the file is written and the article added to the live corpus at once.
    const path = writeNews(t.corpusDir, pipelineNews('ingested', { fetchedAt: '2026-03-01T02:00:00Z' }));
    const raw = parseArticleFile(path, readFileSync(path)).articles[0]!;
    t.bot.corpus.add(buildArticle(raw));
    await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(t.poster.posted.map((p) => citedIds(p.answer))).toEqual([['ingested']]);
    // The folder watcher finds the file only afterwards; that is not a second arrival.
    t.clock.set('2026-03-01T09:00:00Z');
    expect((await t.watch.rescan()).updated).toEqual(['ingested']);
    expect(await runner.runDue(t.clock.set('2026-03-02T03:00:00Z'))).toMatchObject([{ status: 'empty' }]);
    expect(t.poster.posted).toHaveLength(1);
  });

  it('nothing new posts a one-line "nothing new" when the subscription asks for it', async () => {
    const t = await setUp();
    await t.store.upsertSubscription({ ...KARACHI, announceEmpty: true }, t.clock.now());
    await t.runner().runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(t.poster.posted).toHaveLength(1);
    const answer = t.poster.posted[0]!.answer;
    expect(answer.bullets).toEqual([]);
    expect(answer.sources).toEqual([]);
    expect(answer.note).toContain('Nothing new');
  });

  it('an article dated inside the window is new even without an arrival time; one dated earlier is not', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('dated-today', { published: '2026-03-01' }));
    writeNews(t.corpusDir, pipelineNews('dated-old', { published: '2026-02-20' }));
    // Loaded as the baseline (present before sightings were kept), so only their dates count.
    await t.watch.stop();
    const fresh = await openBriefbot({ corpusDir: t.corpusDir, db: ':memory:' });
    closers.push(() => fresh.close());
    const store = digestStoreFor(fresh.store);
    await store.recordSeen(
      fresh.corpus.articles().map((a) => a.id),
      t.clock.now(),
      { baseline: true },
    );
    await store.upsertSubscription(KARACHI, new Date('2026-02-28T00:00:00Z'));
    const runner = createDigestRunner({
      store,
      api: fresh.api,
      articles: () => fresh.corpus.articles(),
      poster: t.poster,
      clock: t.clock.now,
    });
    await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['dated-today']);
  });

  it('a channel that unsubscribes and subscribes again keeps its history', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('before', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    await t.runner().runDue(t.clock.set('2026-03-01T03:00:00Z'));
    await t.store.removeSubscription(KARACHI);
    await t.store.upsertSubscription(KARACHI, t.clock.set('2026-03-01T04:00:00Z'));
    writeNews(t.corpusDir, storyNews('after', 3, { fetchedAt: '2026-03-01T05:00:00Z' }));
    await t.watch.rescan();
    await t.runner().runDue(t.clock.set('2026-03-02T03:00:00Z'));
    expect(t.poster.posted.map((p) => citedIds(p.answer))).toEqual([['before'], ['after']]);
  });
});

describe('digest runner: exactly once', () => {
  it('a restart between "posting" and "posted" does not post again, and reports the digest as stuck', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('crash-day', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    // The first process posts, then dies before recording it: its post never returns.
    let reached = 0;
    const dying = createDigestRunner({
      store: t.store,
      api: t.bot.api,
      articles: () => t.bot.corpus.articles(),
      clock: t.clock.now,
      poster: {
        post: () => {
          reached++;
          return new Promise(() => {});
        },
      },
    });
    void dying.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    await waitFor(() => reached === 1);

    // The restarted process: its own connection to the same store file.
    const reopened = await openStore(t.dbFile);
    closers.push(() => reopened.close());
    const store = digestStoreFor(reopened);
    const log = logRecorder();
    const restarted = createDigestRunner({
      store,
      api: t.bot.api,
      articles: () => t.bot.corpus.articles(),
      poster: t.poster,
      clock: t.clock.now,
      logger: log,
    });
    expect(await restarted.runDue(t.clock.set('2026-03-01T03:01:00Z'))).toMatchObject([{ status: 'taken' }]);
    expect(await restarted.runDue(t.clock.set('2026-03-01T09:00:00Z'))).toEqual([]);
    expect(t.poster.posted).toHaveLength(0);

    expect((await restarted.health(t.clock.set('2026-03-01T03:05:00Z'))).stuck).toHaveLength(0);
    const health = await restarted.health(t.clock.set('2026-03-01T03:11:00Z'));
    expect(health.stuck).toMatchObject([{ channel: 'C-NEWS', period: '2026-03-01', status: 'posting' }]);

    // The next day posts normally, and does not repeat what the stuck digest may have posted.
    writeNews(t.corpusDir, pipelineNews('next-day', { fetchedAt: '2026-03-01T12:00:00Z' }));
    await t.watch.rescan();
    await restarted.runDue(t.clock.set('2026-03-02T03:00:00Z'));
    expect(t.poster.posted.map((p) => citedIds(p.answer))).toEqual([['next-day']]);
  });

  it('two scheduler instances on two connections to one SQLite file post once', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    await t.store.upsertSubscription({ ...KARACHI, channel: 'C-OTHER', announceEmpty: true }, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('race', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    const second = await openStore(t.dbFile);
    closers.push(() => second.close());
    const a = t.runner({ instanceId: 'a' });
    const b = t.runner({ instanceId: 'b', store: digestStoreFor(second) });
    const now = t.clock.set('2026-03-01T03:00:00Z');
    const [ra, rb] = await Promise.all([a.runDue(now), b.runDue(now)]);
    const statuses = [...ra, ...rb].map((r) => r.status).sort();
    expect(statuses).toEqual(['posted', 'posted', 'taken', 'taken']);
    expect(t.poster.posted.map((p) => p.target.channel).sort()).toEqual(['C-NEWS', 'C-OTHER']);
  });
});

describe('digest runner: failures', () => {
  it('a failed post is retried after 1 s, 5 s and 25 s, then recorded failed and logged with channel and reason', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('unlucky', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    t.poster.failWith(new Error('slack is down (503)'));
    const runs = await t.runner().runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(runs).toMatchObject([{ status: 'failed', error: 'slack is down (503)' }]);
    expect(t.sleep.pauses).toEqual([1000, 5000, 25000]);
    expect(await t.store.getDigest({ ...KARACHI, period: '2026-03-01' })).toMatchObject({
      status: 'failed',
      attempts: 4,
      error: 'slack is down (503)',
    });
    const logged = t.log.lines.find((l) => l.level === 'error');
    expect(logged?.obj).toMatchObject({
      channel: 'C-NEWS',
      topic: 'pakistan-russia',
      reason: 'slack is down (503)',
    });
    expect(logged?.msg).toContain('C-NEWS');
    const health = await t.runner().health(t.clock.set('2026-03-01T12:00:00Z'));
    expect(health.failed.map((f) => f.period)).toEqual(['2026-03-01']);

    // Not lost: the next digest starts from the last one delivered, so it carries the news.
    t.poster.failWith(null);
    writeNews(t.corpusDir, pipelineNews('lucky', { fetchedAt: '2026-03-01T10:00:00Z' }));
    await t.watch.rescan();
    await t.runner().runDue(t.clock.set('2026-03-02T03:00:00Z'));
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['lucky', 'unlucky']);
  });

  it('a post that fails twice then works is posted once, after two pauses', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('flaky', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    t.poster.failWith(new Error('timeout'), 2);
    await t.runner().runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(t.sleep.pauses).toEqual([1000, 5000]);
    expect(t.poster.posted).toHaveLength(1);
    expect(await t.store.getDigest({ ...KARACHI, period: '2026-03-01' })).toMatchObject({
      status: 'posted',
      attempts: 3,
    });
  });

  it('a permanent failure (unknown channel) is not retried', async () => {
    const t = await setUp();
    await t.store.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('nowhere', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    t.poster.failWith(new DigestPostError('channel_not_found', true));
    await t.runner().runDue(t.clock.set('2026-03-01T03:00:00Z'));
    expect(t.sleep.pauses).toEqual([]);
    expect(await t.store.getDigest({ ...KARACHI, period: '2026-03-01' })).toMatchObject({
      status: 'failed',
      attempts: 1,
    });
  });

  it('subscriptions of a platform that is not connected wait, with one warning', async () => {
    const t = await setUp();
    await t.store.upsertSubscription({ ...KARACHI, platform: 'discord', channel: '42' }, t.clock.now());
    const runner = t.runner({ platforms: () => ['slack'] });
    await runner.runDue(t.clock.set('2026-03-01T03:00:00Z'));
    await runner.runDue(t.clock.set('2026-03-01T03:01:00Z'));
    expect(t.poster.posted).toHaveLength(0);
    expect(
      await t.store.getDigest({
        platform: 'discord',
        channel: '42',
        topic: 'pakistan-russia',
        period: '2026-03-01',
      }),
    ).toBeNull();
    expect(t.log.lines.filter((l) => l.level === 'warn' && l.msg?.includes('not connected'))).toHaveLength(1);
  });
});

const pgUrl = process.env.BRIEFBOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    console.warn(`Skipping the PostgreSQL digest runner test: ${(error as Error).message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
const pgAvailable = await pgReachable();

describe.skipIf(!pgAvailable)('digest runner on PostgreSQL', () => {
  it('two scheduler instances on two pools to one database post once', async () => {
    const t = await setUp();
    const schema = `briefbot_runner_${process.pid}_${randomBytes(3).toString('hex')}`;
    const one = await openStore(pgUrl, { pgSchema: schema });
    const two = await openStore(pgUrl, { pgSchema: schema });
    closers.push(async () => {
      await one.close();
      await two.close();
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await c.end();
    });
    const storeOne: DigestStore = digestStoreFor(one);
    await storeOne.recordSeen(
      t.bot.corpus.articles().map((a) => a.id),
      t.clock.now(),
      { baseline: true },
    );
    await storeOne.upsertSubscription(KARACHI, t.clock.now());
    writeNews(t.corpusDir, pipelineNews('pg-race', { fetchedAt: '2026-03-01T01:00:00Z' }));
    await t.watch.rescan();
    const a = t.runner({ store: storeOne, instanceId: 'a' });
    const b = t.runner({ store: digestStoreFor(two), instanceId: 'b' });
    const now = t.clock.set('2026-03-01T03:00:00Z');
    const results = await Promise.all([a.runDue(now), b.runDue(now), a.runDue(now), b.runDue(now)]);
    expect(results.flat().filter((r) => r.status === 'posted')).toHaveLength(1);
    expect(t.poster.posted).toHaveLength(1);
    expect(citedIds(t.poster.posted[0]!.answer)).toEqual(['pg-race']);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!condition()) throw new Error('condition not reached');
}
