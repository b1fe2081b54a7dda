/**
 * The real CLI, as separate processes: `ingest` against feeds served on loopback (with
 * BRIEFBOT_ALLOW_PRIVATE_FETCH=1) into a temporary corpus folder holding copies of the seed articles,
 * then `brief`, `ask` and `digest` cite what was ingested; `feeds add|list|remove` edit the list.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import type { IngestReport } from '../../src/ingest/report.js';
import { runCliProcess } from '../support/run-cli.js';
import { type FixtureServer, startFixtureServer } from '../unit/ingest/fixture-server.js';

let server: FixtureServer;
let dir: string;
let env: Record<string, string>;
let before: Date;
let first: Awaited<ReturnType<typeof runCliProcess>>;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-ingest-cli-'));
  cpSync('data/articles', join(dir, 'corpus'), { recursive: true });
  // The seed files were in the corpus long before this ingest: a copy made in the same millisecond
  // as `before` would count as entering the corpus after it (digests' "new since" for undated files).
  const longAgo = new Date(Date.now() - 86_400_000);
  for (const f of readdirSync(join(dir, 'corpus'))) utimesSync(join(dir, 'corpus', f), longAgo, longAgo);
  env = {
    BRIEFBOT_CORPUS_DIR: join(dir, 'corpus'),
    BRIEFBOT_DB: join(dir, 'store.sqlite'),
    // The seed topic, and one on the business news the fixture feeds carry.
    BRIEFBOT_TOPICS: 'test/fixtures/ingest/topics.json',
    BRIEFBOT_FEEDS: join(dir, 'feeds.json'),
    BRIEFBOT_ALLOW_PRIVATE_FETCH: '1',
    BRIEFBOT_FETCH_INFO_URL: 'https://bots.example/briefbot',
  };
  before = new Date();
  // The default per-host gate (1 request a second) is left on here: four requests, about 3 s.
  first = await runCliProcess(['ingest', `${server.base}/rss.xml`, '--topic', 'pakistan-russia'], env);
}, 60_000);
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ingestedIds = () =>
  readdirSync(join(dir, 'corpus', 'ingested'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3));
const answer = (stdout: string): Answer => answerSchema.parse(JSON.parse(stdout));

describe('briefbot ingest', () => {
  it('ingests a feed into the corpus folder and says what it did', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      new RegExp(`^Feed \\(rss\\) ${server.base}/rss\\.xml: 3 new, 0 duplicates folded, 0 already seen\\.\n`),
    );
    expect(first.stdout).toMatch(
      /\n {2}\+ pakistan-and-russia-agree-to-revive-[a-z0-9-]+ {2}Pakistan and Russia agree/,
    );
    expect(first.stdout).toContain(`! ${server.base}/business/trade-delegation: page not fetched (HTTP 404)`);
    expect(ingestedIds()).toHaveLength(3);
    const file = readFileSync(
      join(dir, 'corpus', 'ingested', `${ingestedIds().find((id) => id.startsWith('pakistan-and'))}.md`),
      'utf8',
    );
    expect(file).toMatch(/\ntopics: \["pakistan-russia"\]\n/);
    expect(file).toMatch(/\nfeed: "http:\/\/127\.0\.0\.1:\d+\/rss\.xml"\n/);
    expect(server.hits('/rss.xml')[0]!.headers['user-agent']).toMatch(
      /^briefbot\/\d+\.\d+\.\d+ \(\+https:\/\/bots\.example\/briefbot\)$/,
    );
  });

  it('prints the report as one JSON document with --json, folding the other outlet', async () => {
    const run = await runCliProcess(['ingest', `${server.base}/atom.xml`, '--json'], env);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as IngestReport;
    expect(report.added.map((a) => a.title)).toEqual(['Gazprom opens a liaison office in Karachi']);
    expect(report.folded).toMatchObject([{ reason: 'text', outlet: 'Frontier Times' }]);
    const json = await runCliProcess(['ingest', `${server.base}/feed.json`, '--json'], env);
    expect((JSON.parse(json.stdout) as IngestReport).folded.map((f) => f.reason)).toEqual(['url', 'guid']);
    expect(ingestedIds()).toHaveLength(5);
  });

  it('then `ask` answers from a newly ingested article, quoting it', async () => {
    const run = await runCliProcess(
      ['ask', 'When will the North–South pipeline carry gas to Nawabshah?', '--json'],
      env,
    );
    expect(run.code).toBe(0);
    const a = answer(run.stdout);
    const source = a.sources.find((s) => s.id.startsWith('pakistan-and-russia-agree-to-revive'));
    expect(source?.path).toMatch(/\/ingested\//);
    const quotes = a.bullets.flatMap((b) =>
      b.citations.filter((c) => c.source === source!.n).map((c) => c.quote),
    );
    expect(quotes.join(' ')).toMatch(/end of 2027/);
  });

  it('then `brief` cites newly ingested articles next to the seed articles', async () => {
    const run = await runCliProcess(['brief', 'pakistan-russia-trade', '--json'], env);
    expect(run.code).toBe(0);
    const a = answer(run.stdout);
    const ids = new Set(ingestedIds());
    const cited = new Set(
      a.bullets.flatMap((b) => b.citations.map((c) => a.sources.find((s) => s.n === c.source)!.id)),
    );
    const fresh = [...cited].filter((id) => ids.has(id));
    expect(fresh.length).toBeGreaterThanOrEqual(2);
    expect(cited.size).toBeGreaterThan(fresh.length);
    for (const s of a.sources.filter((src) => ids.has(src.id))) {
      expect(s.url).toMatch(new RegExp(`^${server.base}/`));
      expect(s.published).toMatch(/^2026-03-0\d$/);
    }
  });

  it('then `digest --since` the time before ingesting covers only the ingested articles', async () => {
    const run = await runCliProcess(
      ['digest', 'pakistan-russia', '--since', before.toISOString(), '--json'],
      env,
    );
    expect(run.code).toBe(0);
    const a = answer(run.stdout);
    const ids = new Set(ingestedIds());
    expect(a.sources.length).toBeGreaterThanOrEqual(3);
    for (const s of a.sources) expect(ids.has(s.id)).toBe(true);
  });

  it('adds nothing the second time: the feed answers 304', async () => {
    const downloads = server.downloads.get('/rss.xml');
    const run = await runCliProcess(['ingest', `${server.base}/rss.xml`], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Feed ${server.base}/rss.xml: not modified since the last fetch; nothing new.\n`);
    expect(server.downloads.get('/rss.xml')).toBe(downloads);
    expect(ingestedIds()).toHaveLength(5);
  });

  it('exits 1 naming the URL when the source cannot be used', async () => {
    const bad = await runCliProcess(['ingest', `${server.base}/malformed.xml`], env);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(`${server.base}/malformed.xml: not ingested: malformed XML (line`);
    const refused = await runCliProcess(['ingest', `${server.base}/rss.xml`], {
      ...env,
      BRIEFBOT_ALLOW_PRIVATE_FETCH: '0',
    });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/127\.0\.0\.1 \(loopback\); set BRIEFBOT_ALLOW_PRIVATE_FETCH=1/);
  });

  it('exits 2 on bad usage', async () => {
    expect((await runCliProcess(['ingest'], env)).code).toBe(2);
    const topic = await runCliProcess(['ingest', `${server.base}/rss.xml`, '--topic', 'no-such-topic'], env);
    expect(topic.code).toBe(2);
    expect(topic.stderr).toMatch(
      /Unknown topic "no-such-topic"\. Topics: pakistan-russia, pakistan-russia-trade/,
    );
    const target = await runCliProcess(['ingest', join(dir, 'missing.xml')], env);
    expect(target.code).toBe(2);
    expect(target.stderr).toMatch(/neither an http\(s\) URL nor a file that exists/);
  });
});

describe('briefbot feeds', () => {
  it('adds, lists and removes feeds in the BRIEFBOT_FEEDS file', async () => {
    const add = await runCliProcess(
      ['feeds', 'add', `${server.base}/rss.xml`, '--topic', 'pakistan-russia', '--interval', '30'],
      env,
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^Added .*rss\.xml \(every 30 min\)/);
    expect(
      (await runCliProcess(['feeds', 'add', `${server.base}/atom.xml`, '--publisher', 'Frontier Times'], env))
        .code,
    ).toBe(0);
    const list = await runCliProcess(['feeds', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual({
      feeds: [
        { url: `${server.base}/rss.xml`, topic: 'pakistan-russia', intervalMinutes: 30 },
        { url: `${server.base}/atom.xml`, publisher: 'Frontier Times', intervalMinutes: 60 },
      ],
    });
    expect((await runCliProcess(['feeds', 'remove', `${server.base}/rss.xml`], env)).code).toBe(0);
    const after = JSON.parse(readFileSync(env.BRIEFBOT_FEEDS!, 'utf8'));
    expect(after.feeds.map((f: { url: string }) => f.url)).toEqual([`${server.base}/atom.xml`]);
    const tooOften = await runCliProcess(
      ['feeds', 'add', `${server.base}/feed.json`, '--interval', '1'],
      env,
    );
    expect(tooOften.code).toBe(2);
    expect(tooOften.stderr).toMatch(/intervalMinutes must be at least 5/);
    expect((await runCliProcess(['feeds', 'remove', 'https://nowhere.example/rss'], env)).code).toBe(2);
  });
});
