/**
 * The web console's log on the PostgreSQL pool of the store (shared SQL and row parsing:
 * ../console-rows.ts); the table is created on first use.
 */
import type pg from 'pg';
import type { ConsoleEntry, ConsoleLog, ConversationSummary } from '../../briefing/ports.js';
import { CREATE, entryOf, LIST_SQL, MAX_ENTRIES, PRUNE_SQL, summaryOf, WEB } from '../console-rows.js';

export function postgresConsoleLog(pool: pg.Pool): ConsoleLog {
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
