/**
 * The app as every eval opens it: as the CLI opens it (offline writer), with an in-memory store,
 * no index cache, no background preparation and a fixed clock, so runs are deterministic. A set
 * without a topics file gets an empty one, removed again on close.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Briefbot, openBriefbot } from '../src/app/open-core.js';
import { silentLogger } from '../src/log/logger.js';

export async function openEvalBot(
  corpusDir: string,
  topicsPath: string | null,
  now: Date,
): Promise<Briefbot> {
  const scratch = topicsPath ? null : mkdtempSync(join(tmpdir(), 'briefbot-eval-'));
  const topics = topicsPath ?? join(scratch!, 'topics.json');
  if (scratch) writeFileSync(topics, '{ "topics": [] }\n');
  try {
    const bot = await openBriefbot({
      corpusDir,
      topicsPath: topics,
      db: ':memory:',
      indexCache: null,
      prepareArticles: 0,
      logger: silentLogger,
      now: () => new Date(now),
    });
    return scratch ? removingOnClose(bot, scratch) : bot;
  } catch (err) {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    throw err;
  }
}

/** The bot, whose close also removes `dir` (a scratch folder it was opened over), even if closing fails. */
export function removingOnClose(bot: Briefbot, dir: string): Briefbot {
  return {
    ...bot,
    close: async () => {
      try {
        await bot.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
