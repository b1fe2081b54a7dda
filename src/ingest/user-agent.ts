/**
 * The User-Agent every ingestion request sends: the name and version, and where a publisher can
 * read what briefbot fetches and how often (docs/ingest.md), as crawlers are expected to say.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Where the README and docs/ingest.md live; operators of a fork can point elsewhere. */
export const DEFAULT_INFO_URL = 'https://github.com/briefbot/briefbot/blob/main/docs/ingest.md';

function version(): string {
  try {
    // src/ingest/ and dist/ingest/ are both two folders below package.json.
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
  } catch {
    return 'dev';
  }
}

export function userAgent(infoUrl: string = DEFAULT_INFO_URL): string {
  return `briefbot/${version()} (+${infoUrl})`;
}
