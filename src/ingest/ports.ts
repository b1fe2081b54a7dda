/**
 * What feed ingestion must remember between polls and restarts — per feed, the HTTP validators
 * (ETag, Last-Modified) and failure/back-off bookkeeping; per item, every URL or GUID key already
 * ingested and the article it became. Defined here, beside the ingester and poller that use it;
 * src/store/sqlite/ingest-state.ts and src/store/postgres/ingest-state.ts implement it.
 */

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
