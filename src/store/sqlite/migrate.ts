/**
 * Applies SQLite migrations at open. Each one runs in its own BEGIN IMMEDIATE transaction that
 * re-checks `schema_migrations` after taking the write lock, so concurrent openers of one file apply
 * each migration exactly once and a failure leaves the file at the last good version.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from '../../log/logger.js';
import { assertMigrationList, latestVersion, type MigrationOutcome } from '../migration-list.js';
import { StoreOpenError } from '../store-open-error.js';
import type { SqliteMigration } from './migrations.js';

export interface MigrateOptions {
  /** Names the store in error messages. */
  file: string;
  now: () => Date;
  logger: Logger;
}

export function applySqliteMigrations(
  db: BetterSqlite3.Database,
  list: readonly SqliteMigration[],
  opts: MigrateOptions,
): MigrationOutcome {
  assertMigrationList(list);
  const latest = latestVersion(list);
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version    INTEGER PRIMARY KEY,
      name       TEXT NOT NULL,
      applied_at TEXT NOT NULL
    ) STRICT`);
  }).immediate();

  const currentVersion = (): number =>
    (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  const from = currentVersion();
  if (from > latest) {
    throw new StoreOpenError(
      `The store ${opts.file} has schema version ${from}, newer than this briefbot knows (${latest}). ` +
        'Run a newer briefbot, or move the file aside to start fresh.',
    );
  }

  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of list) {
    if (migration.version <= from) continue;
    const apply = db.transaction(() => {
      // Another process may have applied it while we waited for the write lock.
      if (isApplied.get(migration.version) !== undefined) return false;
      migration.up(db);
      record.run(migration.version, migration.name, opts.now().toISOString());
      return true;
    });
    let applied: boolean;
    try {
      applied = apply.immediate();
    } catch (error) {
      throw new StoreOpenError(
        `Cannot upgrade the store ${opts.file} to schema version ${migration.version} (${migration.name}): ` +
          `${(error as Error).message}. The file stays at the version before it; move it aside to start fresh.`,
        { cause: error },
      );
    }
    if (applied) {
      opts.logger.info(
        { store: opts.file, version: migration.version, migration: migration.name },
        'store migration applied',
      );
    }
  }
  return { from, to: currentVersion() };
}
