/**
 * The embedded ConversationStore: one SQLite file (better-sqlite3), shared safely by several
 * processes through WAL mode, a 5 s busy timeout and BEGIN IMMEDIATE write transactions. Opening
 * checks the file and applies migrations; any problem is one StoreOpenError that names the file.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { ConversationStore, Thread, ThreadKey, ThreadLimits, Turn } from '../../briefing/ports.js';
import { silentLogger, type Logger } from '../../log/logger.js';
import { StoreOpenError } from '../store-open-error.js';
import {
  assertLimits,
  assertTtl,
  DEFAULT_MAX_THREADS,
  expiryCutoff,
  threadTtlOf,
  type ThreadStoreOptions,
} from '../thread-rules.js';
import { encodeTurnLists, type RawTurnRow, turnsFromRows } from '../turn-row.js';
import { applySqliteMigrations } from './migrate.js';
import { migrations } from './migrations.js';

export type SqliteStoreOptions = ThreadStoreOptions;

export interface SqliteStore extends ConversationStore {
  readonly kind: 'sqlite';
  /** The absolute file path, or ":memory:". */
  readonly path: string;
  /** The open connection, for store modules that own tables added through sqlite/migrations.ts. */
  readonly db: Database.Database;
  close(): void;
}

const BUSY_TIMEOUT_MS = 5000;

interface ThreadRow {
  topic: string | null;
  created_at: string;
  updated_at: string;
}

export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const logger = opts.logger ?? silentLogger;
  const threadTtlMs = threadTtlOf(opts);
  const inMemory = path === ':memory:' || path === '';
  const file = inMemory ? ':memory:' : resolve(path);

  const db = openChecked(file, inMemory);
  try {
    applySqliteMigrations(db, migrations, { file, logger, now: opts.now ?? (() => new Date()) });
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`Cannot open the store ${file}: ${describe(error)}. ${ADVICE}`, {
      cause: error,
    });
  }
  return conversationStore(db, file, threadTtlMs, logger);
}

const ADVICE = 'Move the file aside (or delete it) to start fresh with an empty store.';

/** Opens the file, refuses anything that is not a healthy SQLite database, and sets the pragmas. */
function openChecked(file: string, inMemory: boolean): Database.Database {
  if (!inMemory) {
    const dir = dirname(file);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new StoreOpenError(
        `Cannot create the folder ${dir} for the store ${file}: ${(error as Error).message}. ` +
          'Choose a store path in a writable folder.',
        { cause: error },
      );
    }
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Before anything writes: a damaged file must be refused, not "repaired" by our first write.
    const problems = (db.pragma('quick_check(3)') as { quick_check: string }[]).map((r) => r.quick_check);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new Error(`the database is damaged (quick_check: ${problems.join('; ')})`);
    }
    if (!inMemory) {
      const mode = switchToWal(db);
      if (mode !== 'wal') throw new Error(`cannot switch to WAL mode (journal_mode is ${String(mode)})`);
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db?.close();
    throw new StoreOpenError(`Cannot open the store ${file}: ${describe(error)}. ${ADVICE}`, {
      cause: error,
    });
  }
}

/**
 * Switches a connection to WAL. Two processes opening one new file at once may both ask: SQLite
 * answers the second SQLITE_BUSY at once, without its busy handler (which could deadlock there),
 * so the switch is retried until the busy timeout, 10 ms apart.
 */
function switchToWal(db: Database.Database): unknown {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      return db.pragma('journal_mode = WAL', { simple: true });
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
      Atomics.wait(WAIT_CELL, 0, 0, WAL_RETRY_MS);
    }
  }
}

const WAL_RETRY_MS = 10;
/** A cell nothing writes: Atomics.wait on it sleeps the thread for the timeout. */
const WAIT_CELL = new Int32Array(new SharedArrayBuffer(4));

/** SQLite's own words, prefixed with what they mean for the person reading the message. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return `it is not a SQLite database (${message})`;
  if (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
    return `the database is damaged (${message})`;
  if (typeof code === 'string' && code.startsWith('SQLITE_CANTOPEN'))
    return `the file cannot be opened (${message})`;
  return message;
}

function conversationStore(
  db: Database.Database,
  file: string,
  threadTtlMs: number,
  logger: Logger,
): SqliteStore {
  const KEY = 'platform = @platform AND channel = @channel AND thread = @thread';
  const selectThread = db.prepare<ThreadKey, ThreadRow>(
    `SELECT topic, created_at, updated_at FROM threads WHERE ${KEY}`,
  );
  const selectTurns = db.prepare<ThreadKey, RawTurnRow>(
    `SELECT seq, at, kind, question, query, bullets, shown, salient, lead FROM turns WHERE ${KEY} ORDER BY seq`,
  );
  const deleteIfIdle = db.prepare<ThreadKey & { cutoff: string }>(
    `DELETE FROM threads WHERE ${KEY} AND updated_at < @cutoff`,
  );
  const deleteAllIdle = db.prepare<{ cutoff: string }>('DELETE FROM threads WHERE updated_at < @cutoff');
  const upsertThread = db.prepare<ThreadKey & { topic: string | null; now: string }>(
    `INSERT INTO threads (platform, channel, thread, topic, created_at, updated_at)
     VALUES (@platform, @channel, @thread, @topic, @now, @now)
     ON CONFLICT (platform, channel, thread) DO UPDATE
       SET topic = coalesce(excluded.topic, threads.topic), updated_at = excluded.updated_at`,
  );
  const nextSeq = db
    .prepare<ThreadKey, number>(`SELECT coalesce(max(seq), 0) + 1 FROM turns WHERE ${KEY}`)
    .pluck();
  const insertTurn = db.prepare(
    `INSERT INTO turns (platform, channel, thread, seq, at, kind, question, query, bullets, shown, salient, lead)
     VALUES (@platform, @channel, @thread, @seq, @at, @kind, @question, @query, @bullets, @shown, @salient, @lead)`,
  );
  const trimTurns = db.prepare<ThreadKey & { keep: number }>(
    `DELETE FROM turns WHERE ${KEY} AND seq NOT IN (
       SELECT seq FROM turns WHERE ${KEY} ORDER BY seq DESC LIMIT @keep)`,
  );

  // The least recently updated threads beyond the cap, never the one just written.
  const evictOldest = db.prepare<ThreadKey & { max: number }>(
    `DELETE FROM threads WHERE rowid IN (
       SELECT rowid FROM threads WHERE NOT (${KEY}) ORDER BY updated_at, rowid
       LIMIT max(0, (SELECT count(*) FROM threads) - @max))`,
  );

  const keyParams = (key: ThreadKey): ThreadKey => ({
    platform: key.platform,
    channel: key.channel,
    thread: key.thread,
  });

  /** Reads a thread and its turns from one snapshot; damaged turns are logged and left out. */
  const readThread = db.transaction((key: ThreadKey): Thread | null => {
    const row = selectThread.get(keyParams(key));
    if (!row) return null;
    const turns = turnsFromRows(selectTurns.all(keyParams(key)), true, { store: file, key }, logger);
    return {
      key: keyParams(key),
      topic: row.topic,
      turns,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });

  const append = db.transaction(
    (key: ThreadKey, topic: string | null, turn: Turn, limits: ThreadLimits, now: Date): Thread => {
      const params = keyParams(key);
      // An expired thread is a new conversation: its old turns and topic must not leak into it.
      deleteIfIdle.run({ ...params, cutoff: expiryCutoff(limits.ttlMs, now).toISOString() });
      const isNew = selectThread.get(params) === undefined;
      upsertThread.run({ ...params, topic, now: now.toISOString() });
      if (isNew) evictOldest.run({ ...params, max: limits.maxThreads ?? DEFAULT_MAX_THREADS });
      insertTurn.run({
        ...params,
        seq: nextSeq.get(params),
        at: turn.at,
        kind: turn.kind,
        question: turn.question,
        query: turn.query,
        ...encodeTurnLists(turn),
      });
      trimTurns.run({ ...params, keep: limits.maxTurns });
      return readThread(key)!;
    },
  );

  return {
    kind: 'sqlite',
    path: file,
    db,
    async getThread(key, now) {
      const thread = readThread(key);
      if (!thread) return null;
      const cutoff = expiryCutoff(threadTtlMs, now).toISOString();
      if (thread.updatedAt >= cutoff) return thread;
      // Re-checked under the write lock: another process may have just refreshed the thread.
      const deleted = db
        .transaction(() => deleteIfIdle.run({ ...keyParams(key), cutoff }).changes)
        .immediate();
      return deleted > 0 ? null : readThread(key);
    },
    async appendTurn(key, topic, turn, limits, now) {
      assertLimits(limits);
      return append.immediate(key, topic, turn, limits, now);
    },
    async expireThreads(ttlMs, now) {
      assertTtl(ttlMs);
      const cutoff = expiryCutoff(ttlMs, now).toISOString();
      return db.transaction(() => deleteAllIdle.run({ cutoff }).changes).immediate();
    },
    close() {
      if (db.open) db.close();
    },
  };
}
