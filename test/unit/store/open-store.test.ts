import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isPostgresTarget, openStore } from '../../../src/store/open-store.js';
import { StoreOpenError } from '../../../src/store/store-open-error.js';

const scratch = mkdtempSync(join(tmpdir(), 'briefbot-open-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('openStore', () => {
  it('tells PostgreSQL URLs from file paths', () => {
    expect(isPostgresTarget('postgres://u@h/db')).toBe(true);
    expect(isPostgresTarget('postgresql://u@h:5433/db?sslmode=require')).toBe(true);
    expect(isPostgresTarget('POSTGRES://u@h/db')).toBe(true);
    expect(isPostgresTarget('var/briefbot.sqlite')).toBe(false);
    expect(isPostgresTarget('/srv/postgres/briefbot.sqlite')).toBe(false);
    expect(isPostgresTarget(':memory:')).toBe(false);
  });

  it('opens a SQLite file for a path, creating it', async () => {
    const path = join(scratch, 'var', 'briefbot.sqlite');
    const store = await openStore(path);
    try {
      expect(store.kind).toBe('sqlite');
      const key = { platform: 'cli', channel: 'local', thread: 't' };
      await store.appendTurn(
        key,
        'x',
        { at: 'a', kind: 'brief', question: null, query: 'x', bullets: [], shown: [], salient: [] },
        { maxTurns: 3, ttlMs: 60_000 },
        new Date(0),
      );
      expect((await store.getThread(key, new Date(0)))?.topic).toBe('x');
    } finally {
      await store.close();
    }
  });

  it('rejects with StoreOpenError for an unusable target of either kind', async () => {
    await expect(openStore(join(scratch, 'var', 'briefbot.sqlite', 'nested.sqlite'))).rejects.toThrow(
      StoreOpenError,
    );
    await expect(openStore('postgres://nobody@127.0.0.1:1/none')).rejects.toThrow(StoreOpenError);
  });
});
