/**
 * Applies PostgreSQL migrations at open. Every step takes the same transaction-scoped advisory lock,
 * so concurrent openers queue up; each migration re-checks `schema_migrations` under the lock and
 * commits together with its row, so a failure leaves the database at the last good version.
 */
import type { Pool, PoolClient } from 'pg';
import type { Logger } from '../../log/logger.js';
import { assertMigrationList, latestVersion, type MigrationOutcome } from '../migration-list.js';
import { StoreOpenError } from '../store-open-error.js';
import type { PostgresMigration } from './migrations.js';

export interface PostgresMigrateOptions {
  /** Names the database in error messages (password removed). */
  target: string;
  /** Schema to create and migrate; it is first on the pool's search_path. */
  schema?: string;
  now: () => Date;
  logger: Logger;
}

const LOCK = "SELECT pg_advisory_xact_lock(hashtext('briefbot:schema-migrations'))";

export async function applyPostgresMigrations(
  pool: Pool,
  list: readonly PostgresMigration[],
  opts: PostgresMigrateOptions,
): Promise<MigrationOutcome> {
  assertMigrationList(list);
  const latest = latestVersion(list);
  const client = await pool.connect();
  try {
    await inTransaction(client, async () => {
      await client.query(LOCK);
      if (opts.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(opts.schema)}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version    integer PRIMARY KEY,
        name       text NOT NULL,
        applied_at timestamptz NOT NULL
      )`);
    });
    const currentVersion = async (): Promise<number> =>
      (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]
        ?.v ?? 0;
    const from = await currentVersion();
    if (from > latest) {
      throw new StoreOpenError(
        `The store ${opts.target} has schema version ${from}, newer than this briefbot knows (${latest}). ` +
          'Run a newer briefbot, or point the store at another database or schema.',
      );
    }
    for (const migration of list) {
      if (migration.version <= from) continue;
      let applied: boolean;
      try {
        applied = await inTransaction(client, async () => {
          await client.query(LOCK);
          const done = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [
            migration.version,
          ]);
          if (done.rowCount) return false;
          await migration.up(client);
          await client.query(
            'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
            [migration.version, migration.name, opts.now()],
          );
          return true;
        });
      } catch (error) {
        throw new StoreOpenError(
          `Cannot upgrade the store ${opts.target} to schema version ${migration.version} (${migration.name}): ` +
            `${(error as Error).message}. The database stays at the version before it.`,
          { cause: error },
        );
      }
      if (applied) {
        opts.logger.info(
          { store: opts.target, version: migration.version, migration: migration.name },
          'store migration applied',
        );
      }
    }
    return { from, to: await currentVersion() };
  } finally {
    client.release();
  }
}

/** Runs `work` in BEGIN/COMMIT on one client, rolling back on any error. */
export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Schema names come from configuration; only plain identifiers are accepted, then quoted. */
export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new StoreOpenError(`"${name}" is not a usable PostgreSQL schema name: use letters, digits and _.`);
  }
  return `"${name}"`;
}
