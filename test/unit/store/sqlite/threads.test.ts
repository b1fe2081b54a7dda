import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../../src/store/sqlite/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../../../src/store/sqlite/threads.js';
import type { ThreadKey } from '../../../../src/briefing/ports.js';
import { StoreOpenError } from '../../../../src/store/store-open-error.js';
import { describeConversationStore, turn } from '../store-contract.js';

const scratch = mkdtempSync(join(tmpdir(), 'briefbot-sqlite-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let fileCounter = 0;
const freshPath = (name = 'store.sqlite'): string => join(scratch, `case-${++fileCounter}`, name);

const key: ThreadKey = { platform: 'cli', channel: 'local', thread: 't1' };
const T0 = new Date('2026-03-01T08:00:00.000Z');
const LIMITS = { maxTurns: 20, ttlMs: 24 * 60 * 60 * 1000 };

describeConversationStore('SQLite (file)', async ({ threadTtlMs, logger }) => {
  const store = openSqliteStore(freshPath(), { threadTtlMs, logger });
  return sqliteUnderTest(store);
});

describeConversationStore('SQLite (:memory:)', async ({ threadTtlMs, logger }) =>
  sqliteUnderTest(openSqliteStore(':memory:', { threadTtlMs, logger })),
);

function sqliteUnderTest(store: SqliteStore) {
  return {
    store,
    async damageTurn(k: ThreadKey, seq: number) {
      store.db
        .prepare(
          `UPDATE turns SET bullets = '{"not": "a list"', shown = 'not json'
           WHERE platform = ? AND channel = ? AND thread = ? AND seq = ?`,
        )
        .run(k.platform, k.channel, k.thread, seq);
    },
    async countTurnRows() {
      return store.db.prepare('SELECT count(*) FROM turns').pluck().get() as number;
    },
    async countThreads() {
      return store.db.prepare('SELECT count(*) FROM threads').pluck().get() as number;
    },
    async close() {
      store.close();
    },
  };
}

/** Opening must fail with StoreOpenError; returns its message. */
function openFailure(path: string): string {
  try {
    openSqliteStore(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(StoreOpenError);
    return (error as Error).message;
  }
  throw new Error(`opening ${path} unexpectedly succeeded`);
}

describe('openSqliteStore: the file', () => {
  it('creates the file and its folders on first use, in WAL mode with the agreed pragmas', () => {
    const path = join(scratch, 'deep', 'er', 'var', 'briefbot.sqlite');
    expect(existsSync(join(scratch, 'deep'))).toBe(false);
    const store = openSqliteStore(path);
    try {
      expect(existsSync(path)).toBe(true);
      expect(store.path).toBe(path);
      expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(store.db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(store.db.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      store.close();
    }
  });

  it('keeps conversations across close and reopen (a restart)', async () => {
    const path = freshPath();
    const first = openSqliteStore(path);
    await first.appendTurn(key, 'pakistan-russia', turn(null), LIMITS, T0);
    first.close();
    const second = openSqliteStore(path);
    await second.appendTurn(key, null, turn('what about the gas pipeline?'), LIMITS, T0);
    second.close();
    const third = openSqliteStore(path);
    const thread = await third.getThread(key, T0);
    third.close();
    expect(thread?.topic).toBe('pakistan-russia');
    expect(thread?.turns.map((t) => t.question)).toEqual([null, 'what about the gas pipeline?']);
  });

  it('refuses a file of random bytes, naming the file and what to do, in one line', () => {
    const path = freshPath('random.sqlite');
    openSqliteStore(path).close(); // creates the folder
    rmSync(path);
    writeFileSync(path, randomBytes(16 * 1024));
    const message = openFailure(path);
    expect(message).toContain(path);
    expect(message).toMatch(/not a SQLite database/);
    expect(message).toMatch(/move the file aside/i);
    expect(message).not.toContain('\n');
  });

  it('refuses a text file and leaves it untouched', () => {
    const path = freshPath('notes.txt');
    openSqliteStore(path).close();
    rmSync(path);
    const text = 'These are my notes, not a database.\n'.repeat(50);
    writeFileSync(path, text);
    const message = openFailure(path);
    expect(message).toContain(path);
    expect(message).toMatch(/not a SQLite database/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('refuses a truncated real store file', async () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    for (let i = 0; i < 150; i++) {
      await store.appendTurn(
        key,
        'x',
        turn(`question ${i} ${'padding '.repeat(40)}`, { bullets: ['b'.repeat(400)] }),
        { maxTurns: 1000, ttlMs: LIMITS.ttlMs },
        T0,
      );
    }
    store.close(); // checkpoints the WAL into the main file
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const message = openFailure(path);
    expect(message).toContain(path);
    expect(message).toMatch(/damaged/);
  });

  it('refuses a path whose folder cannot be created, naming it', () => {
    const blocker = freshPath('a-file');
    openSqliteStore(blocker).close();
    const path = join(blocker, 'store.sqlite'); // a folder would have to live inside a file
    const message = openFailure(path);
    expect(message).toContain(path);
    expect(message).toMatch(/Cannot create the folder/);
  });
});

describe('two connections on one file', () => {
  it('interleave writes from two stores in one process without losing any', async () => {
    const path = freshPath();
    const a = openSqliteStore(path);
    const b = openSqliteStore(path);
    const shared: ThreadKey = { ...key, thread: 'shared' };
    const limits = { maxTurns: 1000, ttlMs: LIMITS.ttlMs };
    for (let i = 0; i < 100; i++) {
      await a.appendTurn(shared, 'x', turn(`a${i}`), limits, T0);
      await b.appendTurn(shared, 'x', turn(`b${i}`), limits, T0);
      await (i % 2 ? a : b).appendTurn({ ...key, thread: `own${i % 7}` }, 'x', turn(`o${i}`), limits, T0);
    }
    const fromA = await a.getThread(shared, T0);
    const fromB = await b.getThread(shared, T0);
    expect(fromA).toEqual(fromB);
    expect(fromA?.turns.map((t) => t.question)).toEqual(
      Array.from({ length: 100 }, (_, i) => [`a${i}`, `b${i}`]).flat(),
    );
    expect(a.db.pragma('quick_check', { simple: true })).toBe('ok');
    a.close();
    b.close();
  });

  it('two processes opening a new file and writing at once neither fail nor lose a turn', async () => {
    const path = freshPath();
    const worker = fileURLToPath(new URL('../fixtures/append-worker.ts', import.meta.url));
    const count = 300;
    // Both open the new file at once (racing on migrations), then write at once after a "go".
    const children = ['alpha', 'beta'].map((name) =>
      spawn(process.execPath, ['--import', 'tsx', worker, path, name, String(count)], {
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    );
    const results = children.map(
      (child) =>
        new Promise<{ code: number | null; stderr: string }>((done) => {
          let stderr = '';
          child.stderr.on('data', (chunk) => {
            stderr += String(chunk);
          });
          child.on('close', (code) => done({ code, stderr }));
        }),
    );
    const ready = children.map(
      (child) =>
        new Promise<void>((done) => {
          child.stdout.on('data', (chunk) => {
            if (String(chunk).includes('ready')) done();
          });
          child.on('close', () => done());
        }),
    );
    await Promise.all(ready);
    for (const child of children) child.stdin.end('go\n');
    const outcomes = await Promise.all(results);
    for (const result of outcomes) {
      expect(result.stderr).not.toMatch(/SQLITE_BUSY|Error/);
      expect(result.code).toBe(0);
    }
    const store = openSqliteStore(path);
    try {
      const shared = await store.getThread({ platform: 'cli', channel: 'shared', thread: 'both' }, T0);
      const questions = shared?.turns.map((t) => t.question) ?? [];
      expect(questions).toHaveLength(2 * count);
      for (const name of ['alpha', 'beta']) {
        // Each process's own turns arrive complete and in its own order.
        expect(questions.filter((q) => q?.startsWith(name))).toEqual(
          Array.from({ length: count }, (_, i) => `${name} ${i}`),
        );
        const own = await store.getThread({ platform: 'cli', channel: 'own', thread: name }, T0);
        expect(own?.turns).toHaveLength(count);
      }
      const versions = store.db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .pluck()
        .all();
      expect(versions).toEqual(migrations.map((m) => m.version));
      expect(store.db.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      store.close();
    }
    expect(statSync(path).size).toBeGreaterThan(0);
  });
});
