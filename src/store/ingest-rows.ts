/**
 * Ingest state rows (tables from migration 3, "ingest-state") as either database returns them,
 * parsed with zod on the way out, so a hand-edited row is reported, not trusted.
 */
import { z } from 'zod';
import type { FeedState, SeenItem } from '../ingest/ports.js';

/** The ingest_feeds columns, in the order both stores select and insert them. */
export const FEED_COLUMNS =
  'url, etag, last_modified, failures, last_error, last_attempt_at, last_success_at, next_attempt_at';

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
