/**
 * A briefbot with a temporary corpus folder (copies of the seed articles) and store, and an
 * ingester over it that fetches from the loopback fixture server — the same objects the CLI and
 * `npm start` build, with the per-host gate at 0 ms so tests do not wait a second per request.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefbot, openBriefbot } from '../../../src/app/open-core.js';
import { createFetcher, type Fetcher } from '../../../src/ingest/fetch.js';
import { createHostGate } from '../../../src/ingest/host-gate.js';
import { createIngester, type Ingester, type IngesterOptions } from '../../../src/ingest/ingester.js';
import { ingestStateFor } from '../../../src/store/open-store.js';
import type { IngestState } from '../../../src/ingest/ports.js';

export const REPO = join(import.meta.dirname, '../../..');

export interface Setup {
  dir: string;
  corpusDir: string;
  db: string;
  bot: Briefbot;
  state: IngestState;
  ingester: Ingester;
  /** Opens the same folder and store again, as a restarted process would. */
  reopen(): Promise<Setup>;
  close(): Promise<void>;
}

export function testFetcher(allowPrivate = true): Fetcher {
  return createFetcher({
    userAgent: 'briefbot/test (+https://docs.example/ingest)',
    gate: createHostGate({ intervalMs: 0 }),
    allowPrivate,
    timeoutMs: 5000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
  });
}

async function open(
  dir: string,
  over: Partial<IngesterOptions>,
  fetch: Fetcher,
  owned: boolean,
): Promise<Setup> {
  const corpusDir = join(dir, 'corpus');
  const db = join(dir, 'store.sqlite');
  const bot = await openBriefbot({ corpusDir, db, topicsPath: join(REPO, 'data/topics.json') });
  const state = ingestStateFor(bot.store);
  const ingester = createIngester({ corpus: bot.corpus, corpusDir, state, fetch, ...over });
  return {
    dir,
    corpusDir,
    db,
    bot,
    state,
    ingester,
    reopen: async () => {
      await bot.close();
      return open(dir, over, fetch, owned);
    },
    close: async () => {
      await bot.close();
      if (owned) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function setUp(
  over: Partial<IngesterOptions> = {},
  fetch: Fetcher = testFetcher(),
): Promise<Setup> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-ingest-'));
  cpSync(join(REPO, 'data/articles'), join(dir, 'corpus'), { recursive: true });
  // The seed files were there long before any ingest a test runs (digests date undated files by
  // when they entered the corpus: their modification time).
  const longAgo = new Date(Date.now() - 86_400_000);
  for (const f of readdirSync(join(dir, 'corpus'))) utimesSync(join(dir, 'corpus', f), longAgo, longAgo);
  return open(dir, over, fetch, true);
}
