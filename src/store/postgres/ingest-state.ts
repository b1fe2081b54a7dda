/**
 * The PostgreSQL twin of sqlite/ingest-state.ts: the same IngestState (src/ingest/ports.ts) over the
 * store's pool (tables from postgres migration 3, "ingest-state"). Instants are timestamptz and come
 * back as ISO strings.
 */
import type pg from 'pg';
import type { IngestState } from '../../ingest/ports.js';
import { FEED_COLUMNS as COLUMNS, parseFeedRow, parseSeenRow } from '../ingest-rows.js';

/** timestamptz columns arrive as Date; the port speaks ISO-8601 text. */
function isoColumns(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = v instanceof Date ? v.toISOString() : v;
  return out;
}

export function postgresIngestState(pool: pg.Pool): IngestState {
  return {
    async feed(url) {
      const found = await pool.query(`SELECT ${COLUMNS} FROM ingest_feeds WHERE url = $1`, [url]);
      const row = found.rows[0];
      return row === undefined ? null : parseFeedRow(isoColumns(row));
    },
    async feeds() {
      const found = await pool.query(`SELECT ${COLUMNS} FROM ingest_feeds ORDER BY url`);
      return found.rows.map((row) => parseFeedRow(isoColumns(row)));
    },
    async saveFeed(s) {
      await pool.query(
        `INSERT INTO ingest_feeds (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (url) DO UPDATE SET
           etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified, failures = EXCLUDED.failures,
           last_error = EXCLUDED.last_error, last_attempt_at = EXCLUDED.last_attempt_at,
           last_success_at = EXCLUDED.last_success_at, next_attempt_at = EXCLUDED.next_attempt_at`,
        [
          s.url,
          s.etag,
          s.lastModified,
          s.failures,
          s.lastError,
          s.lastAttemptAt,
          s.lastSuccessAt,
          s.nextAttemptAt,
        ],
      );
    },
    async forgetFeed(url) {
      await pool.query('DELETE FROM ingest_feeds WHERE url = $1', [url]);
    },
    async lookup(keys) {
      if (keys.length === 0) return null;
      const found = await pool.query(
        'SELECT key, article_id, feed, outlet, seen_at FROM ingest_seen WHERE key = ANY($1::text[])',
        [[...keys]],
      );
      // The first key in the caller's order wins, as in SQLite.
      for (const key of keys) {
        const row = found.rows.find((r: { key: string }) => r.key === key);
        if (row !== undefined) return parseSeenRow(isoColumns(row));
      }
      return null;
    },
    async remember(items) {
      if (items.length === 0) return;
      await pool.query(
        `INSERT INTO ingest_seen (key, article_id, feed, outlet, seen_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[])
         ON CONFLICT (key) DO NOTHING`,
        [
          items.map((i) => i.key),
          items.map((i) => i.articleId),
          items.map((i) => i.feed),
          items.map((i) => i.outlet),
          items.map((i) => i.seenAt),
        ],
      );
    },
  };
}
