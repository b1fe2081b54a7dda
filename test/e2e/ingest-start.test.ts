/**
 * `npm start`'s own start(): with a feeds list configured, the poller's first tick ingests the feeds
 * served on loopback, the articles are served by the HTTP API at once, and /healthz reports each
 * feed — the failing one with its error and back-off.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/app/config.js';
import type { PollerHealth } from '../../src/ingest/poller.js';
import { silentLogger } from '../../src/log/logger.js';
import { type Running, start } from '../../src/app/compose.js';
import { type FixtureServer, startFixtureServer } from '../unit/ingest/fixture-server.js';

let server: FixtureServer;
let dir: string;
let running: Running;

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'briefbot-ingest-start-'));
  cpSync('data/articles', join(dir, 'corpus'), { recursive: true });
  const feeds = join(dir, 'feeds.json');
  writeFileSync(
    feeds,
    JSON.stringify({
      feeds: [
        { url: `${server.base}/rss.xml`, topic: 'pakistan-russia', intervalMinutes: 60 },
        { url: `${server.base}/malformed.xml`, intervalMinutes: 60 },
      ],
    }),
  );
  const env = parseEnv({
    BRIEFBOT_CORPUS_DIR: join(dir, 'corpus'),
    BRIEFBOT_DB: join(dir, 'store.sqlite'),
    BRIEFBOT_FEEDS: feeds,
    BRIEFBOT_ALLOW_PRIVATE_FETCH: '1',
    BRIEFBOT_FETCH_HOST_INTERVAL_MS: '0',
    BRIEFBOT_INDEX_CACHE: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
  });
  running = await start(env, silentLogger);
});
afterAll(async () => {
  await running?.stop();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function health(): Promise<{ ok: boolean; details: { feeds: PollerHealth } }> {
  const res = await fetch(new URL('healthz', running.url!));
  return (await res.json()) as { ok: boolean; details: { feeds: PollerHealth } };
}

describe('feed polling in the running bot', () => {
  it('polls the listed feeds at start and reports each in /healthz', async () => {
    let feeds = (await health()).details.feeds;
    for (
      let i = 0;
      i < 100 && (feeds.details.length < 2 || feeds.details.some((d) => d.status === 'pending'));
      i++
    ) {
      await delay(100);
      feeds = (await health()).details.feeds;
    }
    expect(feeds).toMatchObject({ feeds: 2, failing: 1, listError: null });
    const [rss, broken] = feeds.details;
    expect(rss).toMatchObject({ url: `${server.base}/rss.xml`, status: 'ok', failures: 0, lastError: null });
    expect(broken).toMatchObject({ url: `${server.base}/malformed.xml`, status: 'failing', failures: 1 });
    expect(broken!.lastError).toMatch(/^malformed XML \(line \d+/);
    // Backed off: the next try is the feed's interval away, not sooner.
    expect(Date.parse(broken!.nextAttemptAt!)).toBeGreaterThan(Date.now() + 59 * 60_000);
  });

  it('serves the ingested articles through the HTTP API without a restart', async () => {
    const ids = readdirSync(join(dir, 'corpus', 'ingested')).map((f) => f.replace(/\.md$/, ''));
    expect(ids).toHaveLength(3);
    const pipeline = ids.find((id) => id.startsWith('pakistan-and-russia-agree'))!;
    const res = await fetch(new URL(`api/sources/${pipeline}`, running.url!));
    expect(res.status).toBe(200);
    const source = (await res.json()) as { title: string; publisher: string; paragraphs: string[] };
    expect(source.title).toBe('Pakistan and Russia agree to revive the North–South gas pipeline');
    expect(source.publisher).toBe('The Karachi Ledger');
    expect(source.paragraphs.join(' ')).toMatch(/end of 2027/);
  });
});
