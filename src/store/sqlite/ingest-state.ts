/**
 * The ingest state (src/ingest/ports.ts) in the SQLite store file: tables from migration 3,
 * "ingest-state"; postgres/ingest-state.ts is the twin.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { IngestState, SeenItem } from '../../ingest/ports.js';
import { FEED_COLUMNS as COLUMNS, parseFeedRow, parseSeenRow } from '../ingest-rows.js';

/** Ingest state in the SQLite store file (the connection the store opened and migrated). */
export function sqliteIngestState(db: BetterSqlite3.Database): IngestState {
  const selectFeed = db.prepare<[string]>(`SELECT ${COLUMNS} FROM ingest_feeds WHERE url = ?`);
  const selectFeeds = db.prepare(`SELECT ${COLUMNS} FROM ingest_feeds ORDER BY url`);
  const upsertFeed = db.prepare(
    `INSERT INTO ingest_feeds (${COLUMNS})
     VALUES (@url, @etag, @lastModified, @failures, @lastError, @lastAttemptAt, @lastSuccessAt, @nextAttemptAt)
     ON CONFLICT (url) DO UPDATE SET
       etag = excluded.etag, last_modified = excluded.last_modified, failures = excluded.failures,
       last_error = excluded.last_error, last_attempt_at = excluded.last_attempt_at,
       last_success_at = excluded.last_success_at, next_attempt_at = excluded.next_attempt_at`,
  );
  const deleteFeed = db.prepare<[string]>('DELETE FROM ingest_feeds WHERE url = ?');
  const selectSeen = db.prepare<[string]>(
    'SELECT key, article_id, feed, outlet, seen_at FROM ingest_seen WHERE key = ?',
  );
  const insertSeen = db.prepare(
    `INSERT INTO ingest_seen (key, article_id, feed, outlet, seen_at)
     VALUES (@key, @articleId, @feed, @outlet, @seenAt)
     ON CONFLICT (key) DO NOTHING`,
  );
  const rememberAll = db.transaction((items: readonly SeenItem[]) => {
    for (const item of items) insertSeen.run({ ...item });
  });

  return {
    async feed(url) {
      const row = selectFeed.get(url);
      return row === undefined ? null : parseFeedRow(row);
    },
    async feeds() {
      return selectFeeds.all().map(parseFeedRow);
    },
    async saveFeed(state) {
      upsertFeed.run({ ...state });
    },
    async forgetFeed(url) {
      deleteFeed.run(url);
    },
    async lookup(keys) {
      for (const key of keys) {
        const row = selectSeen.get(key);
        if (row !== undefined) return parseSeenRow(row);
      }
      return null;
    },
    async remember(items) {
      if (items.length > 0) rememberAll.immediate(items);
    },
  };
}
