/**
 * The ConversationStore over PostgreSQL (`pg` Pool), for when one bot runs as several processes on
 * several machines. Same semantics as the SQLite store; same migrations in PostgreSQL's dialect.
 */
import pg from 'pg';
import type { ConversationStore, Thread, ThreadKey } from '../../briefing/ports.js';
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
import { type RawTurnRow, turnsFromRows } from '../turn-row.js';
import { applyPostgresMigrations, inTransaction, quoteIdent } from './migrate.js';
import { postgresMigrations } from './migrations.js';

export interface PostgresStoreOptions extends ThreadStoreOptions {
  /** Keep the tables in this schema (created if missing) instead of the server's default one. */
  schema?: string;
  /** Most connections the pool opens. */
  maxConnections?: number;
}

export interface PostgresStore extends ConversationStore {
  readonly kind: 'postgres';
  /** The connection URL with any password removed, for messages. */
  readonly target: string;
  /** The pool, for store modules that own tables added through postgres/migrations.ts. */
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5000;

export async function openPostgresStore(
  url: string,
  opts: PostgresStoreOptions = {},
): Promise<PostgresStore> {
  const logger = opts.logger ?? silentLogger;
  const threadTtlMs = threadTtlOf(opts);
  const target = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: opts.maxConnections ?? 10,
    ...(opts.schema ? { options: `-c search_path=${quoteIdent(opts.schema)}` } : {}),
  });
  // An idle connection dropped by the server must be logged, not crash the process.
  pool.on('error', (error) => logger.warn({ store: target, err: error.message }, 'store connection lost'));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreOpenError(
      `Cannot connect to the store ${target}: ${(error as Error).message}. ` +
        'Check that PostgreSQL is running and the URL (host, port, user, database) is right.',
      { cause: error },
    );
  }
  try {
    await applyPostgresMigrations(pool, postgresMigrations, {
      target,
      logger,
      now: opts.now ?? (() => new Date()),
      ...(opts.schema ? { schema: opts.schema } : {}),
    });
  } catch (error) {
    await pool.end().catch(() => undefined);
    if (error instanceof StoreOpenError) throw error;
    throw new StoreOpenError(`Cannot open the store ${target}: ${(error as Error).message}.`, {
      cause: error,
    });
  }
  return conversationStore(pool, target, threadTtlMs, logger);
}

/** postgres://user:secret@host/db -> postgres://user:***@host/db, so messages never carry secrets. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

interface ThreadRow {
  topic: string | null;
  created_at: Date;
  updated_at: Date;
  expired: boolean;
}

const KEY = 'platform = $1 AND channel = $2 AND thread = $3';
/** pg_advisory_xact_lock key serialising thread creation (an arbitrary constant: "bbthread"). */
const NEW_THREAD_LOCK = '7089074264696773';

function conversationStore(
  pool: pg.Pool,
  target: string,
  threadTtlMs: number,
  logger: Logger,
): PostgresStore {
  const keyValues = (key: ThreadKey): string[] => [key.platform, key.channel, key.thread];

  /** Reads a thread (with whether it is idle past `cutoff`) and its turns on one client. */
  async function readThread(
    client: pg.PoolClient,
    key: ThreadKey,
    cutoff: Date,
  ): Promise<{ thread: Thread; expired: boolean } | null> {
    const found = await client.query<ThreadRow>(
      `SELECT topic, created_at, updated_at, updated_at < $4 AS expired FROM threads WHERE ${KEY}`,
      [...keyValues(key), cutoff],
    );
    const row = found.rows[0];
    if (!row) return null;
    const rows = await client.query<RawTurnRow>(
      `SELECT seq, at, kind, question, query, bullets, shown, salient, lead FROM turns WHERE ${KEY} ORDER BY seq`,
      keyValues(key),
    );
    const turns = turnsFromRows(rows.rows, false, { store: target, key }, logger);
    const thread: Thread = {
      key: { platform: key.platform, channel: key.channel, thread: key.thread },
      topic: row.topic,
      turns,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
    return { thread, expired: row.expired };
  }

  async function withClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      return await work(client);
    } finally {
      client.release();
    }
  }

  return {
    kind: 'postgres',
    target,
    pool,
    async getThread(key, now) {
      const cutoff = expiryCutoff(threadTtlMs, now);
      return withClient(async (client) => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        let read: Awaited<ReturnType<typeof readThread>>;
        try {
          read = await readThread(client, key, cutoff);
        } finally {
          await client.query('COMMIT');
        }
        if (!read) return null;
        if (!read.expired) return read.thread;
        // The condition is re-checked by the DELETE: another process may have just refreshed it.
        const deleted = await client.query(`DELETE FROM threads WHERE ${KEY} AND updated_at < $4`, [
          ...keyValues(key),
          cutoff,
        ]);
        if (deleted.rowCount) return null;
        return (await readThread(client, key, cutoff))?.thread ?? null;
      });
    },
    async appendTurn(key, topic, turn, limits, now) {
      assertLimits(limits);
      const values = keyValues(key);
      return withClient((client) =>
        inTransaction(client, async () => {
          // An expired thread is a new conversation: its old turns and topic must not leak into it.
          await client.query(`DELETE FROM threads WHERE ${KEY} AND updated_at < $4`, [
            ...values,
            expiryCutoff(limits.ttlMs, now),
          ]);
          const exists = await client.query(`SELECT 1 FROM threads WHERE ${KEY}`, values);
          // New threads are made one at a time across processes, so each eviction below counts the
          // others' (committed) threads and the cap holds however many processes write.
          if (exists.rowCount === 0)
            await client.query('SELECT pg_advisory_xact_lock($1)', [NEW_THREAD_LOCK]);
          // The upsert locks the thread row, so concurrent appends to one thread take turns here.
          await client.query(
            `INSERT INTO threads (platform, channel, thread, topic, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5)
             ON CONFLICT (platform, channel, thread) DO UPDATE
               SET topic = coalesce(EXCLUDED.topic, threads.topic), updated_at = EXCLUDED.updated_at`,
            [...values, topic, now],
          );
          if (exists.rowCount === 0) {
            // The least recently updated threads beyond the cap, never the one just written.
            await client.query(
              `DELETE FROM threads WHERE (platform, channel, thread) IN (
                 SELECT platform, channel, thread FROM threads WHERE NOT (${KEY})
                 ORDER BY updated_at, platform, channel, thread
                 LIMIT greatest(0, (SELECT count(*) FROM threads) - $4))`,
              [...values, limits.maxThreads ?? DEFAULT_MAX_THREADS],
            );
          }
          await client.query(
            `INSERT INTO turns (platform, channel, thread, seq, at, kind, question, query, bullets, shown, salient, lead)
             SELECT $1, $2, $3, coalesce(max(seq), 0) + 1, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10::jsonb, $11::jsonb
             FROM turns WHERE ${KEY}`,
            [
              ...values,
              turn.at,
              turn.kind,
              turn.question,
              turn.query,
              JSON.stringify(turn.bullets),
              JSON.stringify(turn.shown),
              JSON.stringify(turn.salient),
              turn.lead ? JSON.stringify(turn.lead) : null,
            ],
          );
          await client.query(
            `DELETE FROM turns WHERE ${KEY} AND seq NOT IN (
               SELECT seq FROM turns WHERE ${KEY} ORDER BY seq DESC LIMIT $4)`,
            [...values, limits.maxTurns],
          );
          const read = await readThread(client, key, expiryCutoff(limits.ttlMs, now));
          return read!.thread;
        }),
      );
    },
    async expireThreads(ttlMs, now) {
      assertTtl(ttlMs);
      const deleted = await pool.query('DELETE FROM threads WHERE updated_at < $1', [
        expiryCutoff(ttlMs, now),
      ]);
      return deleted.rowCount ?? 0;
    },
    async close() {
      await pool.end();
    },
  };
}
