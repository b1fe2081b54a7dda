/**
 * The SQLite schema, as an ordered list of migrations. SQL lives in TypeScript so the build needs no
 * file copying. The PostgreSQL twin is postgres-migrations.ts: keep the two lists parallel (same
 * versions, same names; a unit test checks it).
 *
 * To change the schema, APPEND a migration; never edit or reorder one that has shipped, because
 * existing store files have already recorded it in `schema_migrations` and will not run it again.
 *   1. Add `{ version: <last + 1>, name: 'kebab-case-what', up(db) { db.exec(`...`); } }` at the end.
 *   2. Add the same version and name to postgresMigrations, in PostgreSQL's dialect.
 *   3. Add a test that opens a store file of the previous version and finds its data kept.
 * Each migration runs in its own BEGIN IMMEDIATE transaction together with its schema_migrations row
 * (sqlite-migrate.ts), so a failure leaves the file at the previous version and two processes
 * opening the same file apply it once. `up` must be synchronous and use only `db` (no I/O, no clock).
 * Tables are STRICT; times are ISO-8601 UTC text (Date.toISOString), so they compare as text.
 * Later issues append here: subscriptions, the digest ledger, ingest state.
 */
import type BetterSqlite3 from 'better-sqlite3';

export interface SqliteMigration {
  /** 1, 2, 3, ... without gaps, in list order. */
  version: number;
  /** Short kebab-case description, recorded with the version. */
  name: string;
  up(db: BetterSqlite3.Database): void;
}

export const migrations: readonly SqliteMigration[] = [
  {
    version: 1,
    name: 'threads-and-turns',
    up(db) {
      db.exec(`
        CREATE TABLE threads (
          platform   TEXT NOT NULL,
          channel    TEXT NOT NULL,
          thread     TEXT NOT NULL,
          topic      TEXT,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (platform, channel, thread)
        ) STRICT;

        CREATE TABLE turns (
          platform TEXT NOT NULL,
          channel  TEXT NOT NULL,
          thread   TEXT NOT NULL,
          seq      INTEGER NOT NULL,
          at       TEXT NOT NULL,
          kind     TEXT NOT NULL,
          question TEXT,
          query    TEXT NOT NULL,
          bullets  TEXT NOT NULL, -- JSON array of strings
          shown    TEXT NOT NULL, -- JSON array of sentence keys
          salient  TEXT NOT NULL, -- JSON array of strings
          PRIMARY KEY (platform, channel, thread, seq),
          FOREIGN KEY (platform, channel, thread)
            REFERENCES threads (platform, channel, thread) ON DELETE CASCADE
        ) STRICT;
      `);
    },
  },
  {
    version: 2,
    name: 'threads-updated-at-index',
    up(db) {
      // expireThreads and the expiry check scan by last update.
      db.exec('CREATE INDEX threads_updated_at ON threads (updated_at);');
    },
  },
];

/** The newest schema version this build knows. */
export function latestVersion(list: readonly { version: number }[]): number {
  return list.at(-1)?.version ?? 0;
}

/** A migration list that is not 1, 2, 3, ... is a programming error, caught at open. */
export function assertMigrationList(list: readonly { version: number; name: string }[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `migration "${migration.name}" has version ${migration.version}, expected ${index + 1}: versions must run 1, 2, 3, ... in order`,
      );
    }
  });
}
