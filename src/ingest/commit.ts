/**
 * The last step of ingesting one article: check it against the corpus by text, then either fold it
 * into the article it duplicates (recording the other outlet) or write it to the corpus folder, add
 * it to the live Corpus (searchable at once) and remember its keys in the ingest state.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import type { Article, RawArticle } from '../corpus/article.js';
import { buildArticle } from '../corpus/build-article.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Logger } from '../log/logger.js';
import type { IngestState, SeenItem } from './ports.js';
import { articleId, INGESTED_FOLDER, readArticleFile, writeArticleFile } from './article-file.js';
import type { Fetcher } from './fetch.js';
import type { KnownArticles } from './known-articles.js';
import { storyText } from './near-duplicate.js';
import type { FoldedDuplicate, IngestReport } from './report.js';

export interface IngestContext {
  corpus: Corpus;
  corpusDir: string;
  state: IngestState;
  fetch: Fetcher;
  logger: Logger;
  now: () => Date;
  known: KnownArticles;
  report: IngestReport;
}

export interface Candidate {
  title: string;
  body: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  feed: string | null;
  topics: string[];
  /** De-duplication keys (url:…, guid:…) to record against the article. */
  keys: string[];
}

export function warn(ctx: IngestContext, url: string, message: string): void {
  ctx.report.warnings.push({ url, message });
  ctx.logger.warn({ url }, `ingest: ${message}`);
}

function seen(
  ctx: IngestContext,
  keys: readonly string[],
  articleId: string,
  c: Candidate,
  outlet: string | null,
): SeenItem[] {
  const at = ctx.now().toISOString();
  return [...new Set(keys)].map((key) => ({ key, articleId, feed: c.feed, outlet, seenAt: at }));
}

/** Ingests one candidate article. */
export async function commit(ctx: IngestContext, c: Candidate): Promise<void> {
  const label = c.url ?? c.feed ?? c.title;
  const fetchedAt = ctx.now().toISOString();
  const primary = c.keys.find((k) => k.startsWith('url:')) ?? c.keys.find((k) => k.startsWith('guid:'));
  const id = articleId(c.title, primary ?? `text:${c.title}\n${c.body}`);
  // The text as the corpus will hold it (cleaned at load), for comparing with what is there.
  const draft: RawArticle = {
    id,
    title: c.title,
    publisher: c.publisher,
    published: c.published,
    url: c.url,
    fetchedAt,
    feed: c.feed,
    alsoPublishedBy: [],
    path: '',
    body: c.body,
  };
  const built = buildArticle(draft);
  if (built.sentences.length === 0) {
    warn(ctx, label, 'no text left after cleaning: skipped');
    return;
  }
  // Duplicates are decided on what the item says: a short text is only the same with its title.
  const story = storyText(c.title, built.text);
  const textKey = `text:${createHash('sha256').update(story).digest('hex').slice(0, 32)}`;
  const keys = [...c.keys, textKey];

  if (ctx.corpus.get(id)) {
    // Same key, same article: written before (the state was lost, or a file came in twice).
    await ctx.state.remember(seen(ctx, keys, id, c, null));
    ctx.report.alreadySeen++;
    return;
  }
  // The very same text under another key, then near-identical text: the same story elsewhere.
  const sameText = await ctx.state.lookup([textKey]);
  const duplicate =
    sameText && ctx.corpus.get(sameText.articleId) ? { id: sameText.articleId } : ctx.known.text.find(story);
  if (duplicate) {
    await fold(ctx, duplicate.id, c, keys, 'text');
    return;
  }

  const written = await writeArticleFile(ctx.corpusDir, { ...c, id, fetchedAt, alsoPublishedBy: [] });
  if (!written.ok) {
    warn(ctx, label, `not saved: ${written.reason}`);
    return;
  }
  const article = buildArticle(written.raw);
  ctx.corpus.add(article);
  ctx.known.track(article);
  await ctx.state.remember(seen(ctx, keys, id, c, c.publisher));
  ctx.report.added.push({
    id,
    title: article.title,
    publisher: article.publisher,
    published: article.published,
    url: article.url,
    path: article.path,
  });
  ctx.logger.info({ id, url: c.url, feed: c.feed, path: article.path }, 'ingest: article added');
}

/**
 * Records `c` as another copy of article `targetId`. A copy from another outlet (same text) adds
 * that outlet to alsoPublishedBy: in the file when ingestion wrote it, otherwise (a hand-placed
 * file, which ingestion never rewrites) in the live corpus and the ingest state only.
 */
export async function fold(
  ctx: IngestContext,
  targetId: string,
  c: Candidate,
  keys: readonly string[],
  reason: FoldedDuplicate['reason'],
): Promise<void> {
  const target = ctx.corpus.get(targetId);
  if (!target) return;
  const outlet = reason === 'text' ? c.publisher : null;
  const added = outlet !== null && outlet !== target.publisher && !target.alsoPublishedBy.includes(outlet);
  if (added) await addOutlet(ctx, target, outlet);
  await ctx.state.remember(seen(ctx, keys, targetId, c, outlet));
  ctx.report.folded.push({ id: targetId, url: c.url, reason, outlet: added ? outlet : null });
  ctx.logger.info({ id: targetId, url: c.url, reason, outlet }, 'ingest: duplicate folded');
}

async function addOutlet(ctx: IngestContext, target: Article, outlet: string): Promise<void> {
  const alsoPublishedBy = [...target.alsoPublishedBy, outlet];
  const file = resolve(target.path);
  const ours = resolve(ctx.corpusDir, INGESTED_FOLDER);
  const rel = relative(ours, file);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
    const current = await readArticleFile(file);
    if (current && current.id === target.id) {
      const written = await writeArticleFile(ctx.corpusDir, { ...current, alsoPublishedBy });
      if (written.ok) {
        const article = buildArticle(written.raw);
        ctx.corpus.add(article);
        ctx.known.track(article);
        return;
      }
      warn(
        ctx,
        target.url ?? target.path,
        `could not record the other outlet in the file: ${written.reason}`,
      );
    }
  }
  const updated: Article = { ...target, alsoPublishedBy };
  ctx.corpus.add(updated);
  ctx.known.track(updated);
}
