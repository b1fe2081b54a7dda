import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log/logger.js';
import { migrations, type SqliteMigration } from '../../../src/store/sqlite/migrations.js';
import { postgresMigrations } from '../../../src/store/postgres/migrations.js';
import { applySqliteMigrations } from '../../../src/store/sqlite/migrate.js';
import { openSqliteStore } from '../../../src/store/sqlite/threads.js';
import { StoreOpenError } from '../../../src/store/store-open-error.js';
import { recordingLogger } from './store-contract.js';

const scratch = mkdtempSync(join(tmpdir(), 'briefbot-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;
const freshPath = (): string => join(scratch, `store-${++counter}.sqlite`);
const fixedClock = () => new Date('2026-01-01T00:00:00.000Z');
const T0 = new Date('2026-03-01T08:00:00.000Z');
const key = { platform: 'slack', channel: 'C1', thread: '17.1' };

/** Reads schema_migrations straight from a file, without the store code. */
function recorded(path: string): { version: number; name: string }[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
      version: number;
      name: string;
    }[];
  } finally {
    db.close();
  }
}

/** A store file as the first release wrote it (schema version 1), built by hand, with one thread. */
function writeVersion1Store(path: string): void {
  const db = new Database(path);
  db.exec(`
    CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
    INSERT INTO schema_migrations VALUES (1, 'threads-and-turns', '2025-12-01T00:00:00.000Z');
    CREATE TABLE threads (
      platform TEXT NOT NULL, channel TEXT NOT NULL, thread TEXT NOT NULL, topic TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
      PRIMARY KEY (platform, channel, thread)) STRICT;
    CREATE TABLE turns (
      platform TEXT NOT NULL, channel TEXT NOT NULL, thread TEXT NOT NULL, seq INTEGER NOT NULL,
      at TEXT NOT NULL, kind TEXT NOT NULL, question TEXT, query TEXT NOT NULL,
      bullets TEXT NOT NULL, shown TEXT NOT NULL, salient TEXT NOT NULL,
      PRIMARY KEY (platform, channel, thread, seq),
      FOREIGN KEY (platform, channel, thread) REFERENCES threads (platform, channel, thread) ON DELETE CASCADE
    ) STRICT;
    INSERT INTO threads VALUES ('slack', 'C1', '17.1', 'pakistan-russia', '2026-03-01T07:00:00.000Z', '2026-03-01T07:30:00.000Z');
    INSERT INTO turns VALUES ('slack', 'C1', '17.1', 1, '2026-03-01T07:00:00.000Z', 'brief', NULL, 'pakistan russia',
      '["Putin postponed his visit."]', '["dawn-2012#3"]', '["Putin"]');
    INSERT INTO turns VALUES ('slack', 'C1', '17.1', 2, '2026-03-01T07:30:00.000Z', 'answer', 'why did he cancel?',
      'why did he cancel putin', '["Talks on the pipeline stalled."]', '["dawn-2012#7", "tribune-2012#2"]', '[]');
  `);
  db.close();
}

describe('the migration lists', () => {
  it('run 1, 2, 3, ... and the PostgreSQL list mirrors the SQLite list', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(postgresMigrations.map((m) => [m.version, m.name])).toEqual(
      migrations.map((m) => [m.version, m.name]),
    );
  });

  it('a list with a gap is refused before anything runs', () => {
    const db = new Database(':memory:');
    const broken: SqliteMigration[] = [migrations[0]!, { version: 3, name: 'skips-two', up() {} }];
    expect(() =>
      applySqliteMigrations(db, broken, { file: 'x', now: fixedClock, logger: silentLogger }),
    ).toThrow(/version 3, expected 2/);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'threads'").pluck().get()).toBe(0);
    db.close();
  });
});

describe('opening old store files', () => {
  it('brings an empty (version 0) file to the current version and records every step', () => {
    const path = freshPath();
    writeFileSync(path, ''); // what `touch` leaves behind
    const log = recordingLogger();
    openSqliteStore(path, { logger: log, now: fixedClock }).close();
    expect(recorded(path)).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
    expect(log.entries.filter((e) => e.msg === 'store migration applied')).toHaveLength(migrations.length);
  });

  it('upgrades a version-1 file: data kept, the new version recorded, its index present', async () => {
    const path = freshPath();
    writeVersion1Store(path);
    const store = openSqliteStore(path, { now: fixedClock });
    try {
      const thread = await store.getThread(key, T0);
      expect(thread).toEqual({
        key,
        topic: 'pakistan-russia',
        createdAt: '2026-03-01T07:00:00.000Z',
        updatedAt: '2026-03-01T07:30:00.000Z',
        turns: [
          {
            at: '2026-03-01T07:00:00.000Z',
            kind: 'brief',
            question: null,
            query: 'pakistan russia',
            bullets: ['Putin postponed his visit.'],
            shown: ['dawn-2012#3'],
            salient: ['Putin'],
          },
          {
            at: '2026-03-01T07:30:00.000Z',
            kind: 'answer',
            question: 'why did he cancel?',
            query: 'why did he cancel putin',
            bullets: ['Talks on the pipeline stalled.'],
            shown: ['dawn-2012#7', 'tribune-2012#2'],
            salient: [],
          },
        ],
      });
      const rows = store.db
        .prepare('SELECT version, applied_at FROM schema_migrations ORDER BY version')
        .all();
      // Version 1 keeps its date; every later migration was applied now, in order.
      expect(rows).toEqual([
        { version: 1, applied_at: '2025-12-01T00:00:00.000Z' },
        ...migrations.slice(1).map((m) => ({ version: m.version, applied_at: '2026-01-01T00:00:00.000Z' })),
      ]);
      const index = store.db.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'threads'",
      );
      expect(index.pluck().all()).toContain('threads_updated_at');
    } finally {
      store.close();
    }
  });

  it('opening a current file again changes nothing', () => {
    const path = freshPath();
    openSqliteStore(path, { now: fixedClock }).close();
    const log = recordingLogger();
    openSqliteStore(path, { logger: log, now: () => new Date('2030-01-01T00:00:00.000Z') }).close();
    expect(log.entries.filter((e) => e.msg === 'store migration applied')).toHaveLength(0);
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT DISTINCT applied_at FROM schema_migrations').pluck().all()).toEqual([
      '2026-01-01T00:00:00.000Z',
    ]);
    db.close();
  });

  it('refuses a file from a newer briefbot, naming the file, and leaves it as it was', () => {
    const path = freshPath();
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare(
      "INSERT INTO schema_migrations VALUES (99, 'from-the-future', '2031-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    let message = '';
    try {
      openSqliteStore(path).close();
    } catch (error) {
      expect(error).toBeInstanceOf(StoreOpenError);
      message = (error as Error).message;
    }
    expect(message).toContain(path);
    expect(message).toContain(`schema version 99, newer than this briefbot knows (${migrations.length})`);
    expect(recorded(path).map((r) => r.version)).toEqual([...migrations.map((m) => m.version), 99]);
  });
});

describe('appending a migration (what the digest and ingest work will do)', () => {
  const withSubscriptions: SqliteMigration[] = [
    ...migrations,
    {
      version: migrations.length + 1,
      name: 'appended-for-test',
      up(db) {
        db.exec('CREATE TABLE appended_for_test (channel TEXT NOT NULL, topic TEXT NOT NULL) STRICT');
      },
    },
  ];

  it('applies only the new migration to a current file, once', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    await store.appendTurn(
      key,
      'x',
      { at: 'a', kind: 'brief', question: null, query: 'q', bullets: [], shown: [], salient: [] },
      { maxTurns: 5, ttlMs: 1000 },
      T0,
    );
    const first = applySqliteMigrations(store.db, withSubscriptions, {
      file: path,
      now: fixedClock,
      logger: silentLogger,
    });
    const second = applySqliteMigrations(store.db, withSubscriptions, {
      file: path,
      now: fixedClock,
      logger: silentLogger,
    });
    expect(first).toEqual({ from: migrations.length, to: migrations.length + 1 });
    expect(second).toEqual({ from: migrations.length + 1, to: migrations.length + 1 });
    expect((await store.getThread(key, T0))?.turns).toHaveLength(1);
    store.close();
    expect(recorded(path).at(-1)).toEqual({ version: migrations.length + 1, name: 'appended-for-test' });
  });

  it('a failing migration is rolled back whole and leaves the previous version', () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    const failing: SqliteMigration[] = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'half-done',
        up(db) {
          db.exec('CREATE TABLE ledger (id TEXT PRIMARY KEY) STRICT');
          db.exec('CREATE TABLE threads (oops TEXT)'); // already exists: fails
        },
      },
    ];
    expect(() =>
      applySqliteMigrations(store.db, failing, { file: path, now: fixedClock, logger: silentLogger }),
    ).toThrow(StoreOpenError);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).not.toContain('ledger');
    store.close();
    expect(recorded(path).map((r) => r.version)).toEqual(migrations.map((m) => m.version));
  });
});
