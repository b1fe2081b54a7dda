/**
 * The PostgreSQL store against the local server (BRIEFBOT_TEST_PG_URL, or the trust-auth server on
 * 127.0.0.1:5432, database `test`). Each run works in its own schema, dropped afterwards. Skipped,
 * with a message saying why, when no server answers.
 */
import { describe, expect, it } from 'vitest';
import type { ThreadKey } from '../../../../src/briefing/ports.js';
import { silentLogger } from '../../../../src/log/logger.js';
import { openStore } from '../../../../src/store/open-store.js';
import { postgresMigrations } from '../../../../src/store/postgres/migrations.js';
import { openPostgresStore, type PostgresStore, redactUrl } from '../../../../src/store/postgres/threads.js';
import { StoreOpenError } from '../../../../src/store/store-open-error.js';
import { pgUrl, postgresReachable, scratchSchemas } from '../postgres-scratch.js';
import { describeConversationStore, turn } from '../store-contract.js';

const url = pgUrl;
/** A new schema name per store, so each test starts from an empty database. */
const freshSchema = scratchSchemas('briefbot_test');
const available = await postgresReachable('store');

const T0 = new Date('2026-03-01T08:00:00.000Z');
const LIMITS = { maxTurns: 1000, ttlMs: 24 * 60 * 60 * 1000 };

function postgresUnderTest(store: PostgresStore) {
  return {
    store,
    async damageTurn(k: ThreadKey, seq: number) {
      await store.pool.query(
        `UPDATE turns SET bullets = '{"not": "a list"}'::jsonb, shown = '[1, 2]'::jsonb
         WHERE platform = $1 AND channel = $2 AND thread = $3 AND seq = $4`,
        [k.platform, k.channel, k.thread, seq],
      );
    },
    async countTurnRows() {
      const result = await store.pool.query<{ n: string }>('SELECT count(*) AS n FROM turns');
      return Number(result.rows[0]?.n);
    },
    async countThreads() {
      const result = await store.pool.query<{ n: string }>('SELECT count(*) AS n FROM threads');
      return Number(result.rows[0]?.n);
    },
    close: () => store.close(),
  };
}

describe.skipIf(!available)('PostgreSQL store', () => {
  describeConversationStore('PostgreSQL', async ({ threadTtlMs, logger }) =>
    postgresUnderTest(await openPostgresStore(url, { threadTtlMs, logger, schema: freshSchema() })),
  );

  it('keeps its tables in the given schema and records the migrations there', async () => {
    const schema = freshSchema();
    const store = await openPostgresStore(url, { schema });
    try {
      const tables = await store.pool.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['schema_migrations', 'threads', 'turns']),
      );
      const versions = await store.pool.query('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(versions.rows).toEqual(postgresMigrations.map((m) => ({ version: m.version, name: m.name })));
    } finally {
      await store.close();
    }
  });

  it('several processes opening at once apply each migration once', async () => {
    const schema = freshSchema();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresStore(url, { schema, maxConnections: 2 })),
    );
    try {
      const versions = await stores[0]!.pool.query('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows.map((r) => r.version)).toEqual(postgresMigrations.map((m) => m.version));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('concurrent appends to one thread from two stores lose nothing and number turns uniquely', async () => {
    const schema = freshSchema();
    const a = await openPostgresStore(url, { schema });
    const b = await openPostgresStore(url, { schema });
    const key: ThreadKey = { platform: 'discord', channel: 'g1', thread: 'shared' };
    try {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).appendTurn(key, 'x', turn(`q${i}`), LIMITS, T0)),
      );
      const thread = await a.getThread(key, T0);
      expect(thread?.turns).toHaveLength(40);
      expect(new Set(thread?.turns.map((t) => t.question)).size).toBe(40);
      const seqs = await a.pool.query('SELECT seq FROM turns ORDER BY seq');
      expect(seqs.rows.map((r) => r.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps the thread cap when two stores start threads at once', async () => {
    const schema = freshSchema();
    const a = await openPostgresStore(url, { schema });
    const b = await openPostgresStore(url, { schema });
    const capped = { ...LIMITS, maxThreads: 10 };
    try {
      await Promise.all(
        Array.from({ length: 120 }, (_, i) =>
          (i % 2 ? a : b).appendTurn(
            { platform: 'web', channel: 'web', thread: `t${i}` },
            null,
            turn(`q${i}`),
            capped,
            new Date(T0.getTime() + i),
          ),
        ),
      );
      const count = await a.pool.query<{ n: string }>('SELECT count(*) AS n FROM threads');
      expect(Number(count.rows[0]?.n)).toBe(10);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps conversations across close and reopen, and openStore picks PostgreSQL for a URL', async () => {
    const schema = freshSchema();
    const key: ThreadKey = { platform: 'cli', channel: 'local', thread: 't1' };
    const first = await openStore(url, { pgSchema: schema });
    expect(first.kind).toBe('postgres');
    await first.appendTurn(key, 'pakistan-russia', turn(null), LIMITS, T0);
    await first.close();
    const second = await openStore(url, { pgSchema: schema });
    const thread = await second.getThread(key, T0);
    await second.close();
    expect(thread?.topic).toBe('pakistan-russia');
    expect(thread?.turns).toHaveLength(1);
  });

  it('refuses a database from a newer briefbot, naming it', async () => {
    const schema = freshSchema();
    const store = await openPostgresStore(url, { schema });
    await store.pool.query("INSERT INTO schema_migrations VALUES (99, 'from-the-future', now())");
    await store.close();
    const failure = openPostgresStore(url, { schema, logger: silentLogger });
    await expect(failure).rejects.toThrow(StoreOpenError);
    await expect(failure).rejects.toThrow(
      `schema version 99, newer than this briefbot knows (${postgresMigrations.length})`,
    );
    await expect(failure).rejects.toThrow(redactUrl(url));
  });
});

describe('PostgreSQL store: failures that need no server', () => {
  it('an unreachable server is one StoreOpenError naming the URL without its password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const failure = openPostgresStore('postgres://bot:s3cret@127.0.0.1:1/briefbot');
    await expect(failure).rejects.toThrow(StoreOpenError);
    await expect(failure).rejects.toThrow('postgres://bot:***@127.0.0.1:1/briefbot');
    await expect(failure).rejects.not.toThrow(/s3cret/);
  });

  it('a schema name that is not a plain identifier is refused', async () => {
    await expect(openPostgresStore(url, { schema: 'x"; DROP TABLE y; --' })).rejects.toThrow(StoreOpenError);
  });
});
