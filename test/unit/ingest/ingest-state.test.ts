/**
 * The ingest state on SQLite and on PostgreSQL (the local server, or BRIEFBOT_TEST_PG_URL; skipped
 * with a message when none answers), held to the same behaviour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { blankFeedState, failedState, succeededState } from '../../../src/ingest/backoff.js';
import type { IngestState, SeenItem } from '../../../src/ingest/ports.js';
import { silentLogger } from '../../../src/log/logger.js';
import { IngestStateRowError } from '../../../src/store/ingest-rows.js';
import { ingestStateFor } from '../../../src/store/open-store.js';
import { openPostgresStore } from '../../../src/store/postgres/threads.js';
import { applySqliteMigrations } from '../../../src/store/sqlite/migrate.js';
import { migrations } from '../../../src/store/sqlite/migrations.js';
import { openSqliteStore } from '../../../src/store/sqlite/threads.js';
import { pgUrl, postgresReachable, scratchSchemas } from '../store/postgres-scratch.js';

const url = pgUrl;
const freshSchema = scratchSchemas('briefbot_ingest');
const pgAvailable = await postgresReachable('ingest-state');

type Opened = { state: IngestState; damage(): Promise<void>; close(): Promise<void> };

const T0 = new Date('2026-03-07T08:00:00.000Z');
const seen = (key: string, articleId: string, extra: Partial<SeenItem> = {}): SeenItem => ({
  key,
  articleId,
  feed: 'https://a.example/rss',
  outlet: null,
  seenAt: T0.toISOString(),
  ...extra,
});

function describeIngestState(name: string, open: () => Promise<Opened>) {
  describe(`${name}: ingest state`, () => {
    it('keeps feed validators and failures, and forgets a feed on request', async () => {
      const o = await open();
      try {
        const feed = 'https://a.example/rss';
        expect(await o.state.feed(feed)).toBeNull();
        const ok = succeededState(
          null,
          feed,
          { etag: '"v1"', lastModified: 'Mon, 02 Mar 2026 10:00:00 GMT' },
          T0,
        );
        await o.state.saveFeed(ok);
        expect(await o.state.feed(feed)).toEqual(ok);
        const failed = failedState(ok, feed, 'HTTP 503', new Date(T0.getTime() + 60_000));
        await o.state.saveFeed(failed);
        expect(await o.state.feed(feed)).toEqual({
          ...ok,
          failures: 1,
          lastError: 'HTTP 503',
          lastAttemptAt: '2026-03-07T08:01:00.000Z',
          nextAttemptAt: '2026-03-07T08:06:00.000Z',
        });
        await o.state.saveFeed(blankFeedState('https://b.example/atom'));
        expect((await o.state.feeds()).map((f) => f.url)).toEqual([feed, 'https://b.example/atom']);
        await o.state.forgetFeed(feed);
        expect(await o.state.feed(feed)).toBeNull();
      } finally {
        await o.close();
      }
    });

    it('remembers keys once: the first article a key named stays its article', async () => {
      const o = await open();
      try {
        await o.state.remember([seen('url:https://a.example/1', 'art-1'), seen('guid:tag:a,1', 'art-1')]);
        await o.state.remember([
          seen('url:https://a.example/1', 'art-2', { outlet: 'B' }),
          seen('text:abc', 'art-2'),
        ]);
        expect(await o.state.lookup(['url:https://a.example/1'])).toEqual(
          seen('url:https://a.example/1', 'art-1'),
        );
        expect((await o.state.lookup(['nope', 'text:abc', 'guid:tag:a,1']))?.articleId).toBe('art-2');
        expect((await o.state.lookup(['guid:tag:a,1', 'text:abc']))?.key).toBe('guid:tag:a,1');
        expect(await o.state.lookup(['nope'])).toBeNull();
        expect(await o.state.lookup([])).toBeNull();
        await o.state.remember([]);
      } finally {
        await o.close();
      }
    });

    it('reports a damaged row instead of trusting it', async () => {
      const o = await open();
      try {
        await o.damage();
        await expect(o.state.feeds()).rejects.toBeInstanceOf(IngestStateRowError);
      } finally {
        await o.close();
      }
    });
  });
}

describeIngestState('SQLite', async () => {
  const store = openSqliteStore(':memory:');
  return {
    state: ingestStateFor(store),
    damage: async () => {
      store.db.prepare("INSERT INTO ingest_feeds (url, failures) VALUES ('https://x.example/', -4)").run();
    },
    close: async () => store.close(),
  };
});

describe.skipIf(!pgAvailable)('PostgreSQL', () => {
  describeIngestState('PostgreSQL', async () => {
    const schema = freshSchema();
    const store = await openPostgresStore(url, { schema });
    return {
      state: ingestStateFor(store),
      damage: async () => {
        await store.pool.query("INSERT INTO ingest_feeds (url, failures) VALUES ('https://x.example/', -4)");
      },
      close: () => store.close(),
    };
  });
});

describe('migration 3 (ingest-state)', () => {
  it('upgrades a store file of the version before it, keeping its conversations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-ingest-migration-'));
    try {
      const path = join(dir, 'v2.sqlite');
      const db = new Database(path);
      const before = migrations.filter((m) => m.version < 3);
      applySqliteMigrations(db, before, { file: path, now: () => T0, logger: silentLogger });
      db.exec(`INSERT INTO threads VALUES ('slack', 'C1', '17.1', 'pakistan-russia', '2026-03-07T07:00:00.000Z', '2026-03-07T07:30:00.000Z');
        INSERT INTO turns VALUES ('slack', 'C1', '17.1', 1, '2026-03-07T07:00:00.000Z', 'brief', NULL, 'pakistan russia', '["One."]', '["a#1"]', '[]');`);
      db.close();

      const store = openSqliteStore(path);
      try {
        const versions = store.db
          .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
          .all();
        expect(versions).toContainEqual({ version: 3, name: 'ingest-state' });
        const thread = await store.getThread({ platform: 'slack', channel: 'C1', thread: '17.1' }, T0);
        expect(thread?.turns.map((t) => t.bullets)).toEqual([['One.']]);
        const state = ingestStateFor(store);
        await state.remember([seen('url:https://a.example/1', 'art-1')]);
        expect((await state.lookup(['url:https://a.example/1']))?.articleId).toBe('art-1');
      } finally {
        store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
