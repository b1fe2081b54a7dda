/**
 * The web console's log in the SQLite store file (shared SQL and row parsing: ../console-rows.ts).
 */
import type Database from 'better-sqlite3';
import type { Answer } from '../../briefing/answer.js';
import type { ConsoleEntry, ConsoleLog, ConsoleRequest, ConversationSummary } from '../../briefing/ports.js';
import { CREATE, entryOf, LIST_SQL, MAX_ENTRIES, PRUNE_SQL, summaryOf, WEB } from '../console-rows.js';

export function sqliteConsoleLog(db: Database.Database): ConsoleLog {
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
