/**
 * The PostgreSQL the store tests run against (BRIEFBOT_TEST_PG_URL, or the trust-auth server on
 * 127.0.0.1:5432, database `test`), and scratch schemas that are dropped after the file's tests, so
 * each store starts from an empty database and a run leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import { redactUrl } from '../../../src/store/postgres/threads.js';

export const pgUrl = process.env.BRIEFBOT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether the server answers; when it does not, says which tests are skipped and why. */
export async function postgresReachable(tests: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (error) {
    console.warn(
      `Skipping the PostgreSQL ${tests} tests: cannot reach ${redactUrl(pgUrl)} (${(error as Error).message}). ` +
        'Set BRIEFBOT_TEST_PG_URL to a server to run them.',
    );
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A maker of schema names unique to this run (`prefix_pid_random_n`), each dropped after the file. */
export function scratchSchemas(prefix: string): () => string {
  const run = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  const made: string[] = [];
  afterAll(async () => {
    if (made.length === 0) return;
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    try {
      for (const schema of made) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });
  return () => {
    const name = `${run}_${made.length + 1}`;
    made.push(name);
    return name;
  };
}
