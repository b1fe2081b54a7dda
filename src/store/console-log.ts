/**
 * The web console's conversations as they were shown: each request with its whole Answer, so a
 * reload or another tab re-draws a conversation exactly and continues it (the thread's memory is
 * the ConversationStore's, under the same id). Kept in the same BRIEFBOT_DB, in a table of its own
 * created on first use; a conversation is listed only while its thread lives in `threads`, so
 * thread expiry and the thread cap bound this table too (orphans are deleted as turns are added).
 */
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { z } from 'zod';
import { type Answer, answerSchema } from '../briefing/answer.js';
import type { OpenedStore } from './open-store.js';

/** What the person asked for: `/brief <topic>` (maybe as a timeline) or a question. */
export const consoleRequestSchema = z.object({
  kind: z.enum(['brief', 'ask']),
  text: z.string().max(2000),
  timeline: z.boolean().optional(),
});
export type ConsoleRequest = z.infer<typeof consoleRequestSchema>;

export interface ConsoleEntry {
  at: string;
  request: ConsoleRequest;
  answer: Answer;
}

export interface ConversationSummary {
  thread: string;
  /** The first request's words. */
  title: string;
  turns: number;
  updatedAt: string;
}

export interface ConsoleLog {
  append(thread: string, request: ConsoleRequest, answer: Answer, now: Date): Promise<void>;
  /** Live conversations, most recently updated first. */
  list(limit: number): Promise<ConversationSummary[]>;
  /** A live conversation's entries in order, or null. */
  get(thread: string): Promise<ConsoleEntry[] | null>;
}

/** Web threads live under this platform and channel (request-schemas.ts webThreadKey). */
const WEB = { platform: 'web', channel: 'web' };
/** Entries kept per conversation: the thread itself keeps fewer turns, this is what is re-drawn. */
const MAX_ENTRIES = 100;

const CREATE = `CREATE TABLE IF NOT EXISTS console_turns (
  thread  TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  at      TEXT NOT NULL,
  request TEXT NOT NULL,
  answer  TEXT NOT NULL,
  PRIMARY KEY (thread, seq)
)`;

/** A stored row back into an entry; a damaged row is skipped rather than breaking the page. */
function entryOf(row: { at: unknown; request: unknown; answer: unknown }): ConsoleEntry | null {
  try {
    const request = consoleRequestSchema.safeParse(JSON.parse(String(row.request)));
    const answer = answerSchema.safeParse(JSON.parse(String(row.answer)));
    if (!request.success || !answer.success) return null;
    return { at: String(row.at), request: request.data, answer: answer.data };
  } catch {
    return null;
  }
}

function summaryOf(row: Record<string, unknown>): ConversationSummary | null {
  const first = entryOf({ at: row.updated_at, request: row.request, answer: row.answer });
  if (!first) return null;
  return {
    thread: String(row.thread),
    title: first.request.text,
    turns: Number(row.turns),
    updatedAt: String(row.updated_at),
  };
}

const LIST_SQL = (param: (n: number) => string) => `
  SELECT c.thread AS thread, count(*) AS turns, max(c.at) AS updated_at,
         (SELECT f.request FROM console_turns f WHERE f.thread = c.thread ORDER BY f.seq LIMIT 1) AS request,
         (SELECT f.answer FROM console_turns f WHERE f.thread = c.thread ORDER BY f.seq LIMIT 1) AS answer
  FROM console_turns c
  JOIN threads t ON t.platform = ${param(1)} AND t.channel = ${param(2)} AND t.thread = c.thread
  GROUP BY c.thread
  ORDER BY max(c.at) DESC, c.thread
  LIMIT ${param(3)}`;

const PRUNE_SQL = (param: (n: number) => string) => `
  DELETE FROM console_turns WHERE thread NOT IN
    (SELECT thread FROM threads WHERE platform = ${param(1)} AND channel = ${param(2)})`;

function sqliteLog(db: Database.Database): ConsoleLog {
  db.exec(CREATE);
  const q = () => '?';
  const next = db.prepare<[string], { seq: number | null }>(
    'SELECT max(seq) AS seq FROM console_turns WHERE thread = ?',
  );
  const insert = db.prepare(
    'INSERT INTO console_turns (thread, seq, at, request, answer) VALUES (?, ?, ?, ?, ?)',
  );
  const trim = db.prepare('DELETE FROM console_turns WHERE thread = ? AND seq <= ?');
  const prune = db.prepare(PRUNE_SQL(q));
  const list = db.prepare(LIST_SQL(q));
  const live = db.prepare('SELECT 1 FROM threads WHERE platform = ? AND channel = ? AND thread = ?');
  const entries = db.prepare('SELECT at, request, answer FROM console_turns WHERE thread = ? ORDER BY seq');
  const append = db.transaction((thread: string, request: ConsoleRequest, answer: Answer, at: string) => {
    const seq = (next.get(thread)?.seq ?? 0) + 1;
    insert.run(thread, seq, at, JSON.stringify(request), JSON.stringify(answer));
    trim.run(thread, seq - MAX_ENTRIES);
    prune.run(WEB.platform, WEB.channel);
  });
  return {
    async append(thread, request, answer, now) {
      append(thread, request, answer, now.toISOString());
    },
    async list(limit) {
      const rows = list.all(WEB.platform, WEB.channel, limit) as Record<string, unknown>[];
      return rows.map(summaryOf).filter((s): s is ConversationSummary => s !== null);
    },
    async get(thread) {
      if (!live.get(WEB.platform, WEB.channel, thread)) return null;
      const rows = entries.all(thread) as { at: unknown; request: unknown; answer: unknown }[];
      return rows.map(entryOf).filter((e): e is ConsoleEntry => e !== null);
    },
  };
}

function postgresLog(pool: pg.Pool): ConsoleLog {
  const p = (n: number) => `$${n}`;
  let ready: Promise<unknown> | null = null;
  const ensure = () => (ready ??= pool.query(CREATE));
  return {
    async append(thread, request, answer, now) {
      await ensure();
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ seq: number | null }>(
          'SELECT max(seq) AS seq FROM console_turns WHERE thread = $1',
          [thread],
        );
        const seq = Number(rows[0]?.seq ?? 0) + 1;
        await client.query(
          'INSERT INTO console_turns (thread, seq, at, request, answer) VALUES ($1, $2, $3, $4, $5)',
          [thread, seq, now.toISOString(), JSON.stringify(request), JSON.stringify(answer)],
        );
        await client.query('DELETE FROM console_turns WHERE thread = $1 AND seq <= $2', [
          thread,
          seq - MAX_ENTRIES,
        ]);
        await client.query(PRUNE_SQL(p), [WEB.platform, WEB.channel]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async list(limit) {
      await ensure();
      const { rows } = await pool.query(LIST_SQL(p), [WEB.platform, WEB.channel, limit]);
      return (rows as Record<string, unknown>[])
        .map(summaryOf)
        .filter((s): s is ConversationSummary => s !== null);
    },
    async get(thread) {
      await ensure();
      const live = await pool.query(
        'SELECT 1 FROM threads WHERE platform = $1 AND channel = $2 AND thread = $3',
        [WEB.platform, WEB.channel, thread],
      );
      if (live.rowCount === 0) return null;
      const { rows } = await pool.query(
        'SELECT at, request, answer FROM console_turns WHERE thread = $1 ORDER BY seq',
        [thread],
      );
      return (rows as { at: unknown; request: unknown; answer: unknown }[])
        .map(entryOf)
        .filter((e): e is ConsoleEntry => e !== null);
    },
  };
}

export function consoleLogFor(store: OpenedStore): ConsoleLog {
  return store.kind === 'sqlite' ? sqliteLog(store.db) : postgresLog(store.pool);
}
