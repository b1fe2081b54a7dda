/**
 * The SQLite schema, as an ordered list of migrations. SQL lives in TypeScript so the build needs no
 * file copying. The PostgreSQL twin is postgres/migrations.ts: keep the two lists parallel (same
 * versions, same names; a unit test checks it).
 *
 * To change the schema, APPEND a migration; never edit or reorder one that has shipped, because
 * existing store files have already recorded it in `schema_migrations` and will not run it again.
 *   1. Add `{ version: <last + 1>, name: 'kebab-case-what', up(db) { db.exec(`...`); } }` at the end.
 *   2. Add the same version and name to postgresMigrations, in PostgreSQL's dialect.
 *   3. Add a test that opens a store file of the previous version and finds its data kept.
 * Each migration runs in its own BEGIN IMMEDIATE transaction together with its schema_migrations row
 * (sqlite/migrate.ts), so a failure leaves the file at the previous version and two processes
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
  {
    version: 3,
    name: 'ingest-state',
    up(db) {
      // Feed ingestion (src/store/sqlite/ingest-state.ts): validators and failures per feed, and every
      // URL/GUID key already ingested, so re-polling adds nothing new.
      db.exec(`
        CREATE TABLE ingest_feeds (
          url             TEXT PRIMARY KEY,
          etag            TEXT,
          last_modified   TEXT,
          failures        INTEGER NOT NULL DEFAULT 0,
          last_error      TEXT,
          last_attempt_at TEXT,
          last_success_at TEXT,
          next_attempt_at TEXT
        ) STRICT;

        CREATE TABLE ingest_seen (
          key        TEXT PRIMARY KEY, -- 'url:<normalised url>' or 'guid:<scope>#<guid>'
          article_id TEXT NOT NULL,
          feed       TEXT,
          outlet     TEXT,
          seen_at    TEXT NOT NULL
        ) STRICT;
        CREATE INDEX ingest_seen_article ON ingest_seen (article_id);
      `);
    },
  },
  {
    version: 4,
    name: 'digest-subscriptions-ledger-sightings',
    up(db) {
      // Scheduled digests (src/store/sqlite/digests.ts). The ledger's primary key is what makes
      // a digest exactly-once: a period is claimed by inserting its row before anything is posted.
      // It is keyed by channel and topic, not by subscription, so unsubscribing and subscribing
      // again keeps the history of what the channel was already sent.
      db.exec(`
        CREATE TABLE subscriptions (
          platform        TEXT NOT NULL,
          channel         TEXT NOT NULL,
          topic           TEXT NOT NULL,
          cadence         TEXT NOT NULL CHECK (cadence IN ('daily', 'weekdays', 'weekly')),
          weekday         TEXT CHECK (weekday IN ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')),
          at_time         TEXT NOT NULL,
          time_zone       TEXT NOT NULL,
          announce_empty  INTEGER NOT NULL DEFAULT 0,
          created_at      TEXT NOT NULL,
          schedule_set_at TEXT NOT NULL,
          updated_at      TEXT NOT NULL,
          PRIMARY KEY (platform, channel, topic)
        ) STRICT;

        CREATE TABLE digest_ledger (
          platform      TEXT NOT NULL,
          channel       TEXT NOT NULL,
          topic         TEXT NOT NULL,
          period        TEXT NOT NULL,
          slot_at       TEXT NOT NULL,
          status        TEXT NOT NULL CHECK (status IN ('posting', 'posted', 'empty', 'failed')),
          covered_since TEXT,
          covered_until TEXT NOT NULL,
          articles      INTEGER,
          message_id    TEXT,
          error         TEXT,
          attempts      INTEGER NOT NULL DEFAULT 0,
          claimed_by    TEXT NOT NULL,
          created_at    TEXT NOT NULL,
          updated_at    TEXT NOT NULL,
          PRIMARY KEY (platform, channel, topic, period)
        ) STRICT;
        CREATE INDEX digest_ledger_slot ON digest_ledger (platform, channel, topic, slot_at);
        CREATE INDEX digest_ledger_status ON digest_ledger (status, updated_at);

        CREATE TABLE article_sightings (
          article_id TEXT PRIMARY KEY,
          first_seen TEXT -- NULL: in the corpus before sightings were kept
        ) STRICT;
        CREATE INDEX article_sightings_first_seen ON article_sightings (first_seen);
      `);
    },
  },
  {
    version: 5,
    name: 'digest-ledger-told',
    up(db) {
      // What each posted digest told its channel: the sentence keys (`articleId#index`) it cites, as a
      // JSON array on its ledger row. On the row, not in a table of its own, so the keys are written
      // by the same statement that marks the digest 'posted' (a failed or empty digest never has
      // any), and they share the ledger's channel-and-topic key. NULL: none kept (older rows, rows
      // past the last 30 posted digests: src/store/sqlite/digests.ts).
      db.exec('ALTER TABLE digest_ledger ADD COLUMN told TEXT;');
    },
  },
  {
    version: 6,
    name: 'turn-lead',
    up(db) {
      // The sentence keys (`articleId#index`) each turn's lead cited, as a JSON array: a follow-up
      // ("who said that?", "what prompted that?") is about the sentence the last answer rested on.
      // NULL: not kept (turns written before this version), read as none.
      db.exec('ALTER TABLE turns ADD COLUMN lead TEXT;');
    },
  },
];
