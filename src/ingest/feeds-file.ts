/**
 * The feeds list (BRIEFBOT_FEEDS, a JSON file): which feeds to poll, how often, under which topic.
 * Validated with zod; a missing file is an empty list. `feeds add|remove` rewrite it atomically
 * (temporary file, then rename), so the running poller never reads half a file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { normalizeUrl } from './normalize-url.js';

export const DEFAULT_INTERVAL_MINUTES = 60;

export const feedEntrySchema = z.object({
  url: z
    .string()
    .url('must be a URL')
    .refine((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://'),
  topic: z.string().min(1).max(100).optional(),
  intervalMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(5, 'must be at least 5 (be polite to publishers)')
    .max(7 * 24 * 60, 'must be at most a week (10080)')
    .default(DEFAULT_INTERVAL_MINUTES),
  publisher: z.string().min(1).max(300).optional(),
});

export type FeedEntry = z.infer<typeof feedEntrySchema>;

export const feedsFileSchema = z.object({ feeds: z.array(feedEntrySchema) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.feeds.forEach((f, i) => {
    const key = normalizeUrl(f.url) ?? f.url;
    if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['feeds', i, 'url'], message: 'listed twice' });
    seen.add(key);
  });
});

export type FeedsLoad = { ok: true; feeds: FeedEntry[]; missing: boolean } | { ok: false; message: string };

export async function loadFeedsFile(path: string): Promise<FeedsLoad> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, feeds: [], missing: true };
    return { ok: false, message: `Cannot read the feeds file ${path}: ${(err as Error).message}` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `The feeds file ${path} is not valid JSON: ${(err as Error).message}` };
  }
  const parsed = feedsFileSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'} ${i.message}`);
    return {
      ok: false,
      message: `The feeds file ${path} is invalid: ${issues.join('; ')}. Expected {"feeds": [{"url": "https://...", "topic": "slug", "intervalMinutes": 60}]}.`,
    };
  }
  return { ok: true, feeds: parsed.data.feeds, missing: false };
}

export async function saveFeedsFile(path: string, feeds: readonly FeedEntry[]): Promise<void> {
  const text = `${JSON.stringify({ feeds }, null, 2)}\n`;
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.feeds.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, text, { flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Adds a feed, or replaces the entry with the same (normalised) URL. */
export function withFeed(
  feeds: readonly FeedEntry[],
  entry: FeedEntry,
): { feeds: FeedEntry[]; replaced: boolean } {
  const key = normalizeUrl(entry.url);
  const i = feeds.findIndex((f) => normalizeUrl(f.url) === key);
  if (i < 0) return { feeds: [...feeds, entry], replaced: false };
  return { feeds: feeds.map((f, j) => (j === i ? entry : f)), replaced: true };
}

export function withoutFeed(
  feeds: readonly FeedEntry[],
  url: string,
): { feeds: FeedEntry[]; removed: boolean } {
  const key = normalizeUrl(url);
  const kept = feeds.filter((f) => normalizeUrl(f.url) !== key);
  return { feeds: kept, removed: kept.length !== feeds.length };
}
