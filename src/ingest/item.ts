/**
 * One feed item or one page -> a candidate article. Keys seen before end it early (re-polls add
 * nothing); otherwise the article page is fetched and its main text extracted, falling back to the
 * text the feed carries when the page cannot be fetched or holds no article.
 */
import { decodeBody } from './charset.js';
import { type Candidate, commit, fold, type IngestContext, warn } from './commit.js';
import { type ExtractedPage, extractArticle } from './extract.js';
import type { FeedItem } from './feed.js';
import { feedDate } from './feed-date.js';
import { htmlToParagraphs, plainText } from './html-text.js';
import { guidKey, urlKey, urlOfKey } from './keys.js';
import { normalizeUrl } from './normalize-url.js';

export const HTML_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5';

export interface ItemSource {
  feedUrl: string | null;
  feedTitle: string | null;
  /** From the feeds list: overrides what the page or feed says. */
  publisher: string | null;
  topics: string[];
}

/**
 * True when the keys are known: recorded in the ingest state (any new keys are added to it), or an
 * article in the corpus has the URL (folded). Either way the item is done.
 */
async function alreadyKnown(ctx: IngestContext, keys: string[], c: Candidate): Promise<boolean> {
  if (keys.length === 0) return false;
  const hit = await ctx.state.lookup(keys);
  if (hit) {
    const at = ctx.now().toISOString();
    await ctx.state.remember(
      keys.map((key) => ({ key, articleId: hit.articleId, feed: c.feed, outlet: null, seenAt: at })),
    );
    if (hit.feed !== c.feed && ctx.corpus.get(hit.articleId)) {
      // First seen through another source: a duplicate across feeds, not a re-poll.
      const reason = hit.key.startsWith('guid:') ? 'guid' : 'url';
      ctx.report.folded.push({ id: hit.articleId, url: c.url, reason, outlet: null });
    } else ctx.report.alreadySeen++;
    return true;
  }
  for (const key of keys) {
    const url = urlOfKey(key);
    const id = url ? ctx.known.idForUrl(url) : undefined;
    if (id) {
      await fold(ctx, id, c, keys, 'url');
      return true;
    }
  }
  return false;
}

/** Ingests a feed item; returns 'seen' when nothing had to be fetched. */
export async function ingestItem(
  ctx: IngestContext,
  item: FeedItem,
  src: ItemSource,
): Promise<'seen' | 'new'> {
  // The item key comes first: on a re-poll it is found before keys another feed recorded, so the
  // item counts as already seen here rather than as a duplicate again.
  const itemKey =
    src.feedUrl && (item.guid || item.link) ? `item:${src.feedUrl}#${item.guid ?? item.link}` : null;
  const keys = [itemKey, urlKey(item.link), guidKey(item.guid, src.feedUrl)].filter(
    (k): k is string => k !== null,
  );
  const base: Candidate = {
    title: item.title ? plainText(item.title) : '',
    body: '',
    publisher: src.publisher,
    published: isoDay(item.published),
    url: item.link ? normalizeUrl(item.link) : null,
    feed: src.feedUrl,
    topics: src.topics,
    keys,
  };
  if (await alreadyKnown(ctx, keys, base)) return 'seen';

  let page: ExtractedPage | null = null;
  if (item.link) {
    const read = await readPage(ctx, item.link);
    if (read.finalUrl) {
      const more = pageKeys(read.finalUrl, read.page?.canonical ?? null).filter((k) => !keys.includes(k));
      if (more.length > 0) {
        const c = { ...base, url: normalizeUrl(read.finalUrl), keys: [...keys, ...more] };
        if (await alreadyKnown(ctx, c.keys, c)) return 'new';
        keys.push(...more);
        base.url = c.url;
      }
    }
    if (read.page) page = read.page;
    else warn(ctx, item.link, `${read.reason}; using the text in the feed`);
  }

  const paragraphs = page?.paragraphs ?? feedParagraphs(item);
  if (paragraphs.length === 0) {
    warn(ctx, item.link ?? src.feedUrl ?? '(feed)', 'no article text on the page or in the feed: skipped');
    return 'new';
  }
  await commit(ctx, {
    ...base,
    title: base.title || page?.title || paragraphs[0]!.slice(0, 120),
    body: paragraphs.join('\n\n'),
    publisher: src.publisher ?? page?.siteName ?? src.feedTitle ?? hostOf(base.url),
    published: base.published ?? isoDay(feedDate(page?.publishedTime ?? null)),
    keys,
  });
  return 'new';
}

/** A page given directly (a page URL, an HTML file): extracted, or refused with a warning. */
export async function ingestPage(
  ctx: IngestContext,
  html: string,
  pageUrl: string | null,
  src: ItemSource,
  label: string,
  /** Keys the page is also known by (the URL asked for, before redirects). */
  alsoKeys: readonly string[],
): Promise<void> {
  const extracted = extractArticle(html);
  if (!extracted.ok) {
    warn(ctx, label, `${extracted.reason}: skipped`);
    return;
  }
  const page = extracted.page;
  const canonical = pageUrl ? canonicalOf(pageUrl, page.canonical) : absoluteCanonical(page.canonical);
  const url = pageUrl ? normalizeUrl(pageUrl) : canonical;
  const own = pageUrl ? pageKeys(pageUrl, page.canonical) : canonical ? [`url:${canonical}`] : [];
  const keys = [...new Set([...alsoKeys, ...own])];
  const c: Candidate = {
    title: page.title || page.paragraphs[0]!.slice(0, 120),
    body: page.paragraphs.join('\n\n'),
    publisher: src.publisher ?? page.siteName ?? hostOf(url),
    published: isoDay(feedDate(page.publishedTime)),
    url,
    feed: null,
    topics: src.topics,
    keys,
  };
  if (await alreadyKnown(ctx, keys, c)) return;
  await commit(ctx, c);
}

type PageRead =
  | { page: ExtractedPage; finalUrl: string; reason?: undefined }
  | { page: null; finalUrl: string | null; reason: string };

async function readPage(ctx: IngestContext, url: string): Promise<PageRead> {
  const res = await ctx.fetch({ url, accept: HTML_ACCEPT });
  if (!res.ok) return { page: null, finalUrl: null, reason: `page not fetched (${res.message})` };
  if (res.status === 304) return { page: null, finalUrl: res.url, reason: 'page not modified' };
  const type = (res.contentType ?? '').toLowerCase();
  if (type !== '' && !type.includes('html')) {
    return { page: null, finalUrl: res.url, reason: `not an HTML page (${type.split(';')[0]})` };
  }
  const decoded = decodeBody(res.body, res.contentType, 'html');
  if (decoded.warning) warn(ctx, res.url, decoded.warning);
  const extracted = extractArticle(decoded.text);
  if (!extracted.ok) return { page: null, finalUrl: res.url, reason: extracted.reason };
  return { page: extracted.page, finalUrl: res.url };
}

/** Keys for a fetched page: its final URL and, on the same host, its canonical URL. */
function pageKeys(finalUrl: string, canonical: string | null): string[] {
  const keys = [urlKey(finalUrl)];
  const c = canonicalOf(finalUrl, canonical);
  if (c) keys.push(`url:${c}`);
  return [...new Set(keys.filter((k): k is string => k !== null))];
}

/**
 * The canonical URL, normalised, when it is on the page's own host: a page cannot claim another
 * site's URL (and so have that site's article folded into it).
 */
function canonicalOf(pageUrl: string, canonical: string | null): string | null {
  if (!canonical) return null;
  const c = normalizeUrl(canonical, pageUrl);
  if (!c) return null;
  return new URL(c).hostname === new URL(pageUrl).hostname.toLowerCase() ? c : null;
}

function absoluteCanonical(canonical: string | null): string | null {
  if (!canonical || !/^https?:\/\//i.test(canonical)) return null;
  return normalizeUrl(canonical);
}

/** The text a feed carries for an item: full content, else plain content, else the summary. */
export function feedParagraphs(item: FeedItem): string[] {
  if (item.contentHtml) {
    const p = htmlToParagraphs(item.contentHtml);
    if (p.length > 0) return p;
  }
  if (item.contentText) {
    const p = item.contentText
      .split(/\n\s*\n/)
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (p.length > 0) return p;
  }
  return item.summaryHtml ? htmlToParagraphs(item.summaryHtml) : [];
}

function isoDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
