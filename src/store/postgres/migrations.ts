/**
 * The PostgreSQL schema: the same migrations as sqlite/migrations.ts (same versions, same names, checked by
 * a unit test), in PostgreSQL's dialect. Append here whenever you append there; never edit a
 * migration that has shipped. Each runs in its own transaction under a transaction-scoped advisory
 * lock (postgres/migrate.ts), so several bot processes starting together apply it once.
 * Times are timestamptz; the list columns are jsonb and are still validated with zod when read.
 */
import type { PoolClient } from 'pg';

export interface PostgresMigration {
  version: number;
  name: string;
  up(client: PoolClient): Promise<void>;
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    name: 'threads-and-turns',
    async up(client) {
      await client.query(`
        CREATE TABLE threads (
          platform   text NOT NULL,
          channel    text NOT NULL,
          thread     text NOT NULL,
          topic      text,
          created_at timestamptz NOT NULL,
          updated_at timestamptz NOT NULL,
          PRIMARY KEY (platform, channel, thread)
        );

        CREATE TABLE turns (
          platform text NOT NULL,
          channel  text NOT NULL,
          thread   text NOT NULL,
          seq      integer NOT NULL,
          at       text NOT NULL,
          kind     text NOT NULL,
          question text,
          query    text NOT NULL,
          bullets  jsonb NOT NULL,
          shown    jsonb NOT NULL,
          salient  jsonb NOT NULL,
          PRIMARY KEY (platform, channel, thread, seq),
          FOREIGN KEY (platform, channel, thread)
            REFERENCES threads (platform, channel, thread) ON DELETE CASCADE
        );
      `);
    },
  },
  {
    version: 2,
    name: 'threads-updated-at-index',
    async up(client) {
      await client.query('CREATE INDEX threads_updated_at ON threads (updated_at)');
    },
  },
  {
    version: 3,
    name: 'ingest-state',
    async up(client) {
      await client.query(`
        CREATE TABLE ingest_feeds (
          url             text PRIMARY KEY,
          etag            text,
          last_modified   text,
          failures        integer NOT NULL DEFAULT 0,
          last_error      text,
          last_attempt_at timestamptz,
          last_success_at timestamptz,
          next_attempt_at timestamptz
        );

        CREATE TABLE ingest_seen (
          key        text PRIMARY KEY,
          article_id text NOT NULL,
          feed       text,
          outlet     text,
          seen_at    timestamptz NOT NULL
        );
        CREATE INDEX ingest_seen_article ON ingest_seen (article_id);
      `);
    },
  },
  {
    version: 4,
    name: 'digest-subscriptions-ledger-sightings',
    async up(client) {
      await client.query(`
        CREATE TABLE subscriptions (
          platform        text NOT NULL,
          channel         text NOT NULL,
          topic           text NOT NULL,
          cadence         text NOT NULL CHECK (cadence IN ('daily', 'weekdays', 'weekly')),
          weekday         text CHECK (weekday IN ('sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat')),
          at_time         text NOT NULL,
          time_zone       text NOT NULL,
          announce_empty  boolean NOT NULL DEFAULT false,
          created_at      timestamptz NOT NULL,
          schedule_set_at timestamptz NOT NULL,
          updated_at      timestamptz NOT NULL,
          PRIMARY KEY (platform, channel, topic)
        );

        CREATE TABLE digest_ledger (
          platform      text NOT NULL,
          channel       text NOT NULL,
          topic         text NOT NULL,
          period        text NOT NULL,
          slot_at       timestamptz NOT NULL,
          status        text NOT NULL CHECK (status IN ('posting', 'posted', 'empty', 'failed')),
          covered_since timestamptz,
          covered_until timestamptz NOT NULL,
          articles      integer,
          message_id    text,
          error         text,
          attempts      integer NOT NULL DEFAULT 0,
          claimed_by    text NOT NULL,
          created_at    timestamptz NOT NULL,
          updated_at    timestamptz NOT NULL,
          PRIMARY KEY (platform, channel, topic, period)
        );
        CREATE INDEX digest_ledger_slot ON digest_ledger (platform, channel, topic, slot_at);
        CREATE INDEX digest_ledger_status ON digest_ledger (status, updated_at);

        CREATE TABLE article_sightings (
          article_id text PRIMARY KEY,
          first_seen timestamptz
        );
        CREATE INDEX article_sightings_first_seen ON article_sightings (first_seen);
      `);
    },
  },
  {
    version: 5,
    name: 'digest-ledger-told',
    async up(client) {
      // The sentence keys each posted digest cited (see migrations.ts, version 5).
      await client.query('ALTER TABLE digest_ledger ADD COLUMN told jsonb');
    },
  },
  {
    version: 6,
    name: 'turn-lead',
    async up(client) {
      // The sentence keys each turn's lead cited (see migrations.ts, version 6).
      await client.query('ALTER TABLE turns ADD COLUMN lead jsonb');
    },
  },
];
