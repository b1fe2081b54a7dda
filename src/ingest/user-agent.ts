/**
 * The User-Agent every ingestion request sends: the name and version, and where a publisher can
 * read what briefbot fetches and how often (docs/ingest.md), as crawlers are expected to say.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * briefbot has no public home page to name, and a made-up URL would mislead a publisher: without
 * BRIEFBOT_FETCH_INFO_URL the agent says what it is in words, and operators are asked to set a URL
 * (their own copy of docs/ingest.md, or a contact page).
 */
export const DEFAULT_INFO_URL: string | undefined = undefined;

function version(): string {
  try {
    // src/ingest/ and dist/ingest/ are both two folders below package.json.
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return z.object({ version: z.string() }).parse(JSON.parse(text)).version;
  } catch {
    return 'dev';
  }
}

export function userAgent(infoUrl: string | undefined = DEFAULT_INFO_URL): string {
  return infoUrl ? `briefbot/${version()} (+${infoUrl})` : `briefbot/${version()} (news briefing bot)`;
}
