/**
 * Picks the store for a target: a postgres:// (or postgresql://) URL opens PostgreSQL, anything else
 * is a SQLite file path. main.ts and the CLI pass BRIEFBOT_DB here; nothing else needs to know which.
 * The other ports an open store serves (digest tables, ingest state, console log) are had here too,
 * on the same connection, so only this file names both implementations.
 */
import type { ConsoleLog } from '../briefing/ports.js';
import type { DigestStore } from '../digest/ports.js';
import type { IngestState } from '../ingest/ports.js';
import type { Logger } from '../log/logger.js';
import { postgresConsoleLog } from './postgres/console-log.js';
import { createPostgresDigestStore } from './postgres/digests.js';
import { postgresIngestState } from './postgres/ingest-state.js';
import { openPostgresStore, type PostgresStore } from './postgres/threads.js';
import { sqliteConsoleLog } from './sqlite/console-log.js';
import { createSqliteDigestStore } from './sqlite/digests.js';
import { sqliteIngestState } from './sqlite/ingest-state.js';
import { openSqliteStore, type SqliteStore } from './sqlite/threads.js';

export interface OpenStoreOptions {
  logger?: Logger;
  /** How long an idle thread lives for getThread. */
  threadTtlMs?: number;
  /** Clock for bookkeeping at open (migration timestamps). */
  now?: () => Date;
  /** PostgreSQL only: keep the tables in this schema. */
  pgSchema?: string;
}

export type OpenedStore = SqliteStore | PostgresStore;

export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Opens (creating and migrating as needed) the store; failures are StoreOpenError with one message. */
export async function openStore(target: string, opts: OpenStoreOptions = {}): Promise<OpenedStore> {
  const { pgSchema, ...common } = opts;
  if (isPostgresTarget(target)) {
    return openPostgresStore(target, { ...common, ...(pgSchema ? { schema: pgSchema } : {}) });
  }
  return openSqliteStore(target, common);
}

/** The digest tables of an open store, on the same connection. */
export function digestStoreFor(store: OpenedStore, logger?: Logger): DigestStore {
  return store.kind === 'sqlite'
    ? createSqliteDigestStore(store.db, logger)
    : createPostgresDigestStore(store.pool, logger);
}

/** The ingest state of an open store (both are migrated with the ingest tables at open). */
export function ingestStateFor(store: OpenedStore): IngestState {
  return store.kind === 'sqlite' ? sqliteIngestState(store.db) : postgresIngestState(store.pool);
}

/** The web console's log of an open store. */
export function consoleLogFor(store: OpenedStore): ConsoleLog {
  return store.kind === 'sqlite' ? sqliteConsoleLog(store.db) : postgresConsoleLog(store.pool);
}
