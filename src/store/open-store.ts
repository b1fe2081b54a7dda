/**
 * Picks the store for a target: a postgres:// (or postgresql://) URL opens PostgreSQL, anything else
 * is a SQLite file path. main.ts and the CLI pass BRIEFBOT_DB here; nothing else needs to know which.
 */
import type { Logger } from '../log.js';
import { openPostgresStore, type PostgresStore } from './postgres-store.js';
import { openSqliteStore, type SqliteStore } from './sqlite-store.js';

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
