/**
 * Ingestion's entry point: a feed URL, a page URL or a local file in; articles in the corpus folder
 * and the live Corpus out, with a report. For URLs it fetches once (with the stored validators, so
 * an unchanged feed costs a 304 and nothing more), tells a feed from a page by what comes back, and
 * keeps the feed's state (validators, failures and back-off) in the store.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticleFile } from '../corpus/corpus-files.js';
import type { Corpus } from '../corpus/corpus.js';
import { FORMAT_NAMES, parserFor } from '../corpus/formats.js';
import { silentLogger, type Logger } from '../log/logger.js';
import type { IngestState } from './ports.js';
import { failedState, succeededState } from './backoff.js';
import { decodeBody } from './charset.js';
import { commit, type IngestContext, warn } from './commit.js';
import { type ParsedFeed, parseFeed, SNIFF_BYTES, sniff } from './feed.js';
import type { Fetcher } from './fetch.js';
import { ingestItem, ingestPage, type ItemSource } from './item.js';
import { urlKey } from './keys.js';
import { KnownArticles } from './known-articles.js';
import { emptyReport, type IngestReport } from './report.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5';

/** New items handled per poll; the rest wait for the next one (the feed is re-downloaded then). */
export const DEFAULT_MAX_ITEMS_PER_POLL = 50;

export interface IngesterOptions {
  corpus: Corpus;
  corpusDir: string;
  state: IngestState;
  fetch: Fetcher;
  logger?: Logger;
  now?: () => Date;
  maxItemsPerPoll?: number;
  /** Largest local file read (the same limit as downloads). */
  maxFileBytes?: number;
}

export interface IngestOptions {
  topic?: string;
  /** A feed from the feeds list: its failures are recorded (back-off) even before its first success. */
  feed?: boolean;
  /** Publisher name to use for this source's articles. */
  publisher?: string;
}

export interface Ingester {
  ingest(target: string, options?: IngestOptions): Promise<IngestReport>;
}

export function createIngester(options: IngesterOptions): Ingester {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const maxItems = options.maxItemsPerPoll ?? DEFAULT_MAX_ITEMS_PER_POLL;
  const maxFileBytes = options.maxFileBytes ?? 5 * 1024 * 1024;
  const known = new KnownArticles(options.corpus);

  const context = (report: IngestReport): IngestContext => ({
    corpus: options.corpus,
    corpusDir: options.corpusDir,
    state: options.state,
    fetch: options.fetch,
    logger,
    now,
    known,
    report,
  });

  async function ingestFeed(
    ctx: IngestContext,
    feed: ParsedFeed,
    feedUrl: string | null,
    o: IngestOptions,
  ): Promise<boolean> {
    ctx.report.kind = 'feed';
    ctx.report.format = feed.format;
    const src: ItemSource = {
      feedUrl,
      feedTitle: feed.title,
      publisher: o.publisher ?? null,
      topics: o.topic ? [o.topic] : [],
    };
    let handled = 0;
    for (const item of feed.items) {
      if (handled >= maxItems) {
        warn(
          ctx,
          feedUrl ?? ctx.report.source,
          `more than ${maxItems} new items: the rest are taken on the next poll`,
        );
        return false;
      }
      try {
        if ((await ingestItem(ctx, item, src)) === 'new') handled++;
      } catch (err) {
        // One bad item (a store hiccup, a disk error) must not lose the others.
        warn(ctx, item.link ?? feedUrl ?? ctx.report.source, `item failed: ${(err as Error).message}`);
        handled++;
      }
    }
    return true;
  }

  async function ingestUrl(url: string, o: IngestOptions, report: IngestReport): Promise<void> {
    const ctx = context(report);
    const key = urlKey(url);
    // A page ingested before is not fetched again.
    if (key && !o.feed) {
      const seen = await options.state.lookup([key]);
      if (seen) {
        report.kind = 'page';
        report.alreadySeen++;
        return;
      }
    }
    const prior = await options.state.feed(url);
    const keepState = o.feed === true || prior !== null;
    const failed = async (message: string) => {
      report.failed = message;
      warn(ctx, url, message);
      if (keepState) await options.state.saveFeed(failedState(prior, url, message, now()));
    };

    const res = await options.fetch({
      url,
      accept: FEED_ACCEPT,
      etag: prior?.etag ?? null,
      lastModified: prior?.lastModified ?? null,
    });
    if (!res.ok) return failed(res.message);
    if (res.status === 304) {
      report.kind = 'feed';
      report.notModified = true;
      await options.state.saveFeed(succeededState(prior, url, res, now()));
      return;
    }
    const type = sniff(res.body.subarray(0, SNIFF_BYTES).toString('latin1'), res.contentType);
    if (type === 'xml-feed' || type === 'json-feed') {
      const decoded = decodeBody(res.body, res.contentType, type === 'json-feed' ? 'json' : 'xml');
      if (decoded.warning) warn(ctx, url, decoded.warning);
      const parsed = parseFeed(decoded.text, type, res.url);
      if (!parsed.ok) return failed(parsed.reason);
      const complete = await ingestFeed(ctx, parsed.feed, url, o);
      // An incomplete pass must download the feed again next time, not get a 304.
      const validators = complete ? res : { etag: null, lastModified: null };
      await options.state.saveFeed(succeededState(await options.state.feed(url), url, validators, now()));
      return;
    }
    if (type === 'html' && !o.feed) {
      report.kind = 'page';
      const decoded = decodeBody(res.body, res.contentType, 'html');
      if (decoded.warning) warn(ctx, res.url, decoded.warning);
      await ingestPage(ctx, decoded.text, res.url, itemSource(o), url, key ? [key] : []);
      return;
    }
    const what = type === 'html' ? 'an HTML page' : `"${res.contentType ?? 'no content type'}"`;
    return failed(`not a feed (got ${what})`);
  }

  async function ingestFile(path: string, o: IngestOptions, report: IngestReport): Promise<void> {
    const ctx = context(report);
    report.kind = 'file';
    let bytes: Buffer;
    try {
      const size = (await stat(path)).size;
      if (size > maxFileBytes) {
        report.failed = `file is over the ${maxFileBytes / 1024 / 1024} MB limit`;
        warn(ctx, path, report.failed);
        return;
      }
      bytes = await readFile(path);
    } catch (err) {
      report.failed = `cannot read file: ${(err as Error).message}`;
      warn(ctx, path, report.failed);
      return;
    }
    const ext = extname(path).toLowerCase();
    const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
    const type = sniff(head, null);
    // A file the corpus reads is an article file, but for a .json one that is a JSON Feed: that
    // extension is both, and the feed is what the user means to ingest.
    if (parserFor(path) && !(ext === '.json' && type === 'json-feed')) {
      const parsed = parseArticleFile(path, bytes);
      for (const w of parsed.warnings) warn(ctx, w.path, w.message);
      if (parsed.articles.length === 0) report.failed = 'no article in the file';
      for (const raw of parsed.articles) {
        const k = urlKey(raw.url);
        const keys = k ? [k] : [];
        if (keys.length > 0 && (await options.state.lookup(keys))) {
          report.alreadySeen++;
          continue;
        }
        await commit(ctx, {
          title: raw.title,
          body: raw.body,
          publisher: o.publisher ?? raw.publisher,
          published: raw.published,
          url: raw.url,
          feed: null,
          topics: o.topic ? [o.topic] : [],
          keys,
        });
      }
      return;
    }
    if (type === 'xml-feed' || type === 'json-feed') {
      const decoded = decodeBody(bytes, null, type === 'json-feed' ? 'json' : 'xml');
      if (decoded.warning) warn(ctx, path, decoded.warning);
      const parsed = parseFeed(decoded.text, type, pathToFileURL(path).href);
      if (!parsed.ok) {
        report.failed = parsed.reason;
        warn(ctx, path, parsed.reason);
        return;
      }
      await ingestFeed(ctx, parsed.feed, null, o);
      return;
    }
    if (type === 'html' || ext === '.html' || ext === '.htm') {
      const decoded = decodeBody(bytes, null, 'html');
      if (decoded.warning) warn(ctx, path, decoded.warning);
      await ingestPage(ctx, decoded.text, null, itemSource(o), path, []);
      return;
    }
    report.failed = `not a feed, an HTML page or an article file (${FORMAT_NAMES})`;
    warn(ctx, path, report.failed);
  }

  return {
    async ingest(target, o = {}) {
      const report = emptyReport(target);
      known.sync();
      if (/^https?:\/\//i.test(target)) await ingestUrl(target, o, report);
      else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
        report.failed = 'only http and https URLs (or a local file) can be ingested';
        warn(context(report), target, report.failed);
      } else await ingestFile(target, o, report);
      logger.info(
        {
          source: target,
          added: report.added.length,
          folded: report.folded.length,
          alreadySeen: report.alreadySeen,
          warnings: report.warnings.length,
          notModified: report.notModified,
          failed: report.failed,
        },
        'ingest: done',
      );
      return report;
    },
  };
}

function itemSource(o: IngestOptions): ItemSource {
  return { feedUrl: null, feedTitle: null, publisher: o.publisher ?? null, topics: o.topic ? [o.topic] : [] };
}
