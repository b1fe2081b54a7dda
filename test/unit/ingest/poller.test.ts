import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS } from '../../../src/ingest/backoff.js';
import { type FeedEntry, loadFeedsFile } from '../../../src/ingest/feeds-file.js';
import { createFeedPoller } from '../../../src/ingest/poller.js';
import { recordingLogger } from '../store/store-contract.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';
import { type Setup, setUp } from './setup.js';

const MIN = 60_000;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server.close();
});

/** A store, ingester and poller that all read one movable clock. */
async function rig(feeds: () => FeedEntry[]) {
  let t = Date.parse('2026-03-07T08:00:00.000Z');
  const now = () => new Date(t);
  const s: Setup = await setUp({ now });
  const logger = recordingLogger();
  const poller = createFeedPoller({
    feeds: async () => ({ ok: true, feeds: feeds() }),
    ingester: s.ingester,
    state: s.state,
    now,
    logger,
  });
  const polled = async () => (await poller.tick()).map((r) => new URL(r.source).pathname);
  return { s, poller, logger, polled, advance: (ms: number) => (t += ms), close: () => s.close() };
}

const feed = (path: string, intervalMinutes: number, extra: Partial<FeedEntry> = {}): FeedEntry => ({
  url: `${server.base}${path}`,
  intervalMinutes,
  ...extra,
});

describe('createFeedPoller', () => {
  it('polls each feed when its own interval has passed, and a re-poll costs a 304', async () => {
    const r = await rig(() => [feed('/rss.xml', 60), feed('/atom.xml', 15)]);
    try {
      expect(r.poller.health().details).toEqual([]);
      expect(await r.polled()).toEqual(['/rss.xml', '/atom.xml']);
      expect(await r.polled()).toEqual([]);
      r.advance(14 * MIN);
      expect(await r.polled()).toEqual([]);
      r.advance(1 * MIN);
      const reports = await r.poller.tick();
      expect(reports.map((x) => [new URL(x.source).pathname, x.notModified])).toEqual([['/atom.xml', true]]);
      r.advance(45 * MIN);
      expect(await r.polled()).toEqual(['/rss.xml', '/atom.xml']);
      const health = r.poller.health();
      expect(health).toMatchObject({ feeds: 2, failing: 0, listError: null });
      expect(health.details.map((d) => d.status)).toEqual(['ok', 'ok']);
      expect(health.details[1]!.nextAttemptAt).toBe('2026-03-07T09:15:00.000Z');
    } finally {
      await r.close();
    }
  });

  it('passes the topic and publisher of a listed feed to the articles it brings', async () => {
    const r = await rig(() => [
      feed('/feed.json', 60, { topic: 'pakistan-russia', publisher: 'Gwadar Gazette Online' }),
    ]);
    try {
      const [report] = await r.poller.tick();
      const steel = r.s.bot.corpus.get(report!.added[0]!.id)!;
      expect(steel.publisher).toBe('Gwadar Gazette Online');
      expect(steel.fetchedAt).toBe('2026-03-07T08:00:00.000Z');
    } finally {
      await r.close();
    }
  });

  it('backs a failing feed off exponentially, reports it in health and logs it with the URL', async () => {
    const r = await rig(() => [feed('/malformed.xml', 5), feed('/atom.xml', 5)]);
    try {
      expect(await r.polled()).toEqual(['/malformed.xml', '/atom.xml']);
      r.advance(5 * MIN);
      expect(await r.polled()).toEqual(['/malformed.xml', '/atom.xml']);
      // Second failure: 2 x 5 min before the next try, while the healthy feed keeps its 5 minutes.
      r.advance(5 * MIN);
      expect(await r.polled()).toEqual(['/atom.xml']);
      r.advance(5 * MIN);
      expect(await r.polled()).toEqual(['/malformed.xml', '/atom.xml']);
      const failing = r.poller.health().details[0]!;
      expect(failing).toMatchObject({ url: `${server.base}/malformed.xml`, status: 'failing', failures: 3 });
      expect(failing.lastError).toMatch(/^malformed XML/);
      expect(Date.parse(failing.nextAttemptAt!) - Date.parse('2026-03-07T08:15:00.000Z')).toBe(
        4 * BACKOFF_BASE_MS,
      );
      expect(r.poller.health().failing).toBe(1);
      const warned = r.logger.entries.filter((e) => e.msg === 'feeds: poll failed; backing off');
      expect(warned).toHaveLength(3);
      expect(warned[2]!.obj).toMatchObject({ feed: `${server.base}/malformed.xml`, failures: 3 });
    } finally {
      await r.close();
    }
  });

  it('picks up feeds added to the list between ticks', async () => {
    const list = [feed('/rss.xml', 60)];
    const r = await rig(() => list);
    try {
      expect(await r.polled()).toEqual(['/rss.xml']);
      list.push(feed('/atom.xml', 60));
      expect(await r.polled()).toEqual(['/atom.xml']);
      expect(r.poller.health().details.map((d) => d.status)).toEqual(['ok', 'ok']);
    } finally {
      await r.close();
    }
  });

  it('does not run two ticks at once', async () => {
    const r = await rig(() => [feed('/rss.xml', 60)]);
    try {
      const [a, b] = await Promise.all([r.poller.tick(), r.poller.tick()]);
      expect(a).toBe(b);
      expect(a).toHaveLength(1);
    } finally {
      await r.close();
    }
  });

  it('polls nothing and says why when the feeds list is invalid', async () => {
    const s = await setUp();
    try {
      const path = join(s.dir, 'feeds.json');
      writeFileSync(path, JSON.stringify({ feeds: [{ url: 'ftp://x.example/feed', intervalMinutes: 1 }] }));
      const logger = recordingLogger();
      const poller = createFeedPoller({
        feeds: () => loadFeedsFile(path),
        ingester: s.ingester,
        state: s.state,
        logger,
      });
      expect(await poller.tick()).toEqual([]);
      expect(poller.health().listError).toMatch(/feeds\.0\.url must start with http/);
      expect(poller.health().listError).toMatch(/feeds\.0\.intervalMinutes must be at least 5/);
      expect(logger.entries.some((e) => e.level === 'error')).toBe(true);
    } finally {
      await s.close();
    }
  });
});
