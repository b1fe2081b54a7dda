/**
 * The web console's log (ConsoleLog, src/briefing/ports.ts) as both databases keep it: one table of
 * its own in the same BRIEFBOT_DB, created on first use; a conversation is listed only while its
 * thread lives in `threads`, so thread expiry and the thread cap bound this table too (orphans are
 * deleted as turns are added). The SQL here is the same in both dialects but for the parameters.
 */
import { answerSchema } from '../briefing/answer.js';
import { type ConsoleEntry, consoleRequestSchema, type ConversationSummary } from '../briefing/ports.js';

/** Web threads live under this platform and channel (request-schemas.ts webThreadKey). */
export const WEB = { platform: 'web', channel: 'web' };
/** Entries kept per conversation: the thread itself keeps fewer turns, this is what is re-drawn. */
export const MAX_ENTRIES = 100;

export const CREATE = `CREATE TABLE IF NOT EXISTS console_turns (
  thread  TEXT NOT NULL,
  seq     INTEGER NOT NULL,
  at      TEXT NOT NULL,
  request TEXT NOT NULL,
  answer  TEXT NOT NULL,
  PRIMARY KEY (thread, seq)
)`;

/** A stored row back into an entry; a damaged row is skipped rather than breaking the page. */
export function entryOf(row: { at: unknown; request: unknown; answer: unknown }): ConsoleEntry | null {
  try {
    const request = consoleRequestSchema.safeParse(JSON.parse(String(row.request)));
    const answer = answerSchema.safeParse(JSON.parse(String(row.answer)));
    if (!request.success || !answer.success) return null;
    return { at: String(row.at), request: request.data, answer: answer.data };
  } catch {
    return null;
  }
}

export function summaryOf(row: Record<string, unknown>): ConversationSummary | null {
  const first = entryOf({ at: row.updated_at, request: row.request, answer: row.answer });
  if (!first) return null;
  return {
    thread: String(row.thread),
    title: first.request.text,
    turns: Number(row.turns),
    updatedAt: String(row.updated_at),
  };
}

export const LIST_SQL = (param: (n: number) => string) => `
  SELECT c.thread AS thread, count(*) AS turns, max(c.at) AS updated_at,
         (SELECT f.request FROM console_turns f WHERE f.thread = c.thread ORDER BY f.seq LIMIT 1) AS request,
         (SELECT f.answer FROM console_turns f WHERE f.thread = c.thread ORDER BY f.seq LIMIT 1) AS answer
  FROM console_turns c
  JOIN threads t ON t.platform = ${param(1)} AND t.channel = ${param(2)} AND t.thread = c.thread
  GROUP BY c.thread
  ORDER BY max(c.at) DESC, c.thread
  LIMIT ${param(3)}`;

export const PRUNE_SQL = (param: (n: number) => string) => `
  DELETE FROM console_turns WHERE thread NOT IN
    (SELECT thread FROM threads WHERE platform = ${param(1)} AND channel = ${param(2)})`;
