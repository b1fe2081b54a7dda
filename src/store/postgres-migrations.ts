/**
 * The PostgreSQL schema: the same migrations as migrations.ts (same versions, same names, checked by
 * a unit test), in PostgreSQL's dialect. Append here whenever you append there; never edit a
 * migration that has shipped. Each runs in its own transaction under a transaction-scoped advisory
 * lock (postgres-migrate.ts), so several bot processes starting together apply it once.
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
];
