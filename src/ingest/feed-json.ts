/**
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1), validated with zod. Unknown fields are
 * ignored; an item that does not fit the schema is dropped, the rest kept.
 */
import { z } from 'zod';
import type { FeedItem, FeedParse } from './feed.js';
import { feedDate } from './feed-date.js';
import { absoluteHttpUrl } from './normalize-url.js';

const optionalText = z.string().optional().catch(undefined);

const authorSchema = z.object({ name: z.string().optional() });

const itemSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: optionalText,
  external_url: optionalText,
  title: optionalText,
  content_html: optionalText,
  content_text: optionalText,
  summary: optionalText,
  date_published: optionalText,
  date_modified: optionalText,
  author: authorSchema.optional().catch(undefined),
  authors: z.array(authorSchema).optional().catch(undefined),
});

const feedSchema = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?$/, 'not a JSON Feed version URL'),
  title: z.string(),
  home_page_url: optionalText,
  items: z.array(z.unknown()),
});

export function parseJsonFeed(text: string, base: string): FeedParse {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, reason: `malformed JSON Feed (${(err as Error).message})` };
  }
  const feed = feedSchema.safeParse(value);
  if (!feed.success) {
    const issues = feed.error.issues.map((i) => `${i.path.join('.') || 'feed'}: ${i.message}`).join('; ');
    return { ok: false, reason: `not a valid JSON Feed (${issues})` };
  }
  const items: FeedItem[] = [];
  for (const raw of feed.data.items) {
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) continue;
    const item = parsed.data;
    const names = [item.author, ...(item.authors ?? [])]
      .map((a) => a?.name)
      .filter((n): n is string => Boolean(n));
    items.push({
      guid: item.id,
      link: absoluteHttpUrl(item.url, base) ?? absoluteHttpUrl(item.external_url, base),
      title: item.title ?? null,
      published: feedDate(item.date_published ?? item.date_modified ?? null),
      author: names.length > 0 ? [...new Set(names)].join(', ') : null,
      contentHtml: item.content_html ?? null,
      contentText: item.content_text ?? null,
      summaryHtml: item.summary ? `<p>${escapeHtml(item.summary)}</p>` : null,
    });
  }
  return {
    ok: true,
    feed: {
      format: 'json-feed',
      title: feed.data.title,
      link: absoluteHttpUrl(feed.data.home_page_url, base),
      items,
    },
  };
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
