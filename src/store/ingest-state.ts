/**
 * Ingest state: what feed ingestion must remember between polls and restarts — per feed, the HTTP
 * validators (ETag, Last-Modified) and failure/back-off bookkeeping; per item, every URL or GUID key
 * already ingested and the article it became. This is the port and its SQLite implementation (tables
 * from migration 3, "ingest-state"); postgres-ingest-state.ts is the twin. Rows are parsed with zod
 * on the way out, so a hand-edited row is reported, not trusted.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

export interface FeedState {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** Consecutive failed polls; 0 after a success. */
  failures: number;
  lastError: string | null;
  /** ISO-8601 UTC instants. */
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Not polled before this instant (the interval, or a back-off after failures). */
  nextAttemptAt: string | null;
}

/** One key (a normalised URL or a GUID) that has become, or was folded into, an article. */
export interface SeenItem {
  key: string;
  articleId: string;
  feed: string | null;
  /** The outlet that carried it under this key (recorded for folded duplicates). */
  outlet: string | null;
  seenAt: string;
}

export interface IngestState {
  feed(url: string): Promise<FeedState | null>;
  feeds(): Promise<FeedState[]>;
  saveFeed(state: FeedState): Promise<void>;
  forgetFeed(url: string): Promise<void>;
  /** The first of `keys` already seen, in the order given, or null. */
  lookup(keys: readonly string[]): Promise<SeenItem | null>;
  /** Records keys; a key already recorded keeps its first article (idempotent re-polls). */
  remember(items: readonly SeenItem[]): Promise<void>;
}

const iso = z.string().min(1);

export const feedRowSchema = z.object({
  url: z.string().min(1),
  etag: z.string().nullable(),
  last_modified: z.string().nullable(),
  failures: z.number().int().min(0),
  last_error: z.string().nullable(),
  last_attempt_at: iso.nullable(),
  last_success_at: iso.nullable(),
  next_attempt_at: iso.nullable(),
});

export const seenRowSchema = z.object({
  key: z.string().min(1),
  article_id: z.string().min(1),
  feed: z.string().nullable(),
  outlet: z.string().nullable(),
  seen_at: iso,
});

export function feedFromRow(row: z.infer<typeof feedRowSchema>): FeedState {
  return {
    url: row.url,
    etag: row.etag,
    lastModified: row.last_modified,
    failures: row.failures,
    lastError: row.last_error,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    nextAttemptAt: row.next_attempt_at,
  };
}

export function seenFromRow(row: z.infer<typeof seenRowSchema>): SeenItem {
  return {
    key: row.key,
    articleId: row.article_id,
    feed: row.feed,
    outlet: row.outlet,
    seenAt: row.seen_at,
  };
}

/** A row that does not parse is a damaged store: say which table, never guess a value. */
export class IngestStateRowError extends Error {
  override name = 'IngestStateRowError';
}

function parseRow<T>(schema: z.ZodType<T>, row: unknown, table: string): T {
  const parsed = schema.safeParse(row);
  if (!parsed.success) {
    throw new IngestStateRowError(
      `damaged row in ${table}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}

export function parseFeedRow(row: unknown): FeedState {
  return feedFromRow(parseRow(feedRowSchema, row, 'ingest_feeds'));
}

export function parseSeenRow(row: unknown): SeenItem {
  return seenFromRow(parseRow(seenRowSchema, row, 'ingest_seen'));
}

/** Ingest state in the SQLite store file (the connection the store opened and migrated). */
export function sqliteIngestState(db: BetterSqlite3.Database): IngestState {
  const COLUMNS =
    'url, etag, last_modified, failures, last_error, last_attempt_at, last_success_at, next_attempt_at';
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
