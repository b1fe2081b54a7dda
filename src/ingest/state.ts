/**
 * The IngestState for whichever store is open: the SQLite file's connection or the PostgreSQL pool
 * (both migrated with the ingest tables at open).
 */
import type { OpenedStore } from '../store/open-store.js';
import { type IngestState, sqliteIngestState } from '../store/ingest-state.js';
import { postgresIngestState } from '../store/postgres-ingest-state.js';

export function ingestStateFor(store: OpenedStore): IngestState {
  return store.kind === 'sqlite' ? sqliteIngestState(store.db) : postgresIngestState(store.pool);
}
