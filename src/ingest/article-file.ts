/**
 * Ingested articles on disk: Markdown with front matter in the corpus format (load-corpus.ts reads it back
 * like any other article, and the cleaner runs then), written to a hidden temporary file in the same
 * folder, flushed, and renamed into place — a crash leaves either no article or a whole one, never
 * half of one (the loader skips hidden files, so a leftover temporary file is never read).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawArticle } from '../corpus/article.js';
import { parseFrontMatter } from '../corpus/formats.js';
import { parseArticleFile } from '../corpus/corpus-files.js';

/** Sub-folder of the corpus folder that ingestion writes to (and only it). */
export const INGESTED_FOLDER = 'ingested';

export interface ArticleFile {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  fetchedAt: string;
  feed: string | null;
  alsoPublishedBy: string[];
  topics: string[];
  /** Paragraphs separated by blank lines. */
  body: string;
}

const quote = (v: string | null): string => (v === null ? 'null' : JSON.stringify(v));

export function renderArticleFile(a: ArticleFile): string {
  const lines = [
    '---',
    `id: ${quote(a.id)}`,
    `title: ${quote(a.title)}`,
    `publisher: ${quote(a.publisher)}`,
    `published: ${quote(a.published)}`,
    `url: ${quote(a.url)}`,
    `fetchedAt: ${quote(a.fetchedAt)}`,
    `feed: ${quote(a.feed)}`,
    `alsoPublishedBy: [${a.alsoPublishedBy.map((o) => JSON.stringify(o)).join(', ')}]`,
  ];
  if (a.topics.length > 0) lines.push(`topics: [${a.topics.map((t) => JSON.stringify(t)).join(', ')}]`);
  lines.push('---', a.body.trim(), '');
  return lines.join('\n');
}

/** A stable, readable, file-name-safe id: a slug of the title and a hash of the article's key. */
export function articleId(title: string, key: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
  return `${slug || 'article'}-${hash}`;
}

export type WriteOutcome = { ok: true; path: string; raw: RawArticle } | { ok: false; reason: string };

/**
 * Writes `a` to <corpusDir>/ingested/<id>.md atomically and returns the article as the loader will
 * read it. What is written is parsed first: a file the corpus could not load is never written.
 */
export async function writeArticleFile(corpusDir: string, a: ArticleFile): Promise<WriteOutcome> {
  const folder = join(corpusDir, INGESTED_FOLDER);
  const path = join(folder, `${a.id}.md`);
  const bytes = Buffer.from(renderArticleFile(a), 'utf8');
  const check = parseArticleFile(path, bytes);
  const raw = check.articles[0];
  if (!raw || check.articles.length !== 1) {
    return {
      ok: false,
      reason: check.warnings.map((w) => w.message).join('; ') || 'the file would not load',
    };
  }
  await mkdir(folder, { recursive: true });
  const tmp = join(folder, `.${a.id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    return { ok: false, reason: `cannot write ${path}: ${(err as Error).message}` };
  }
  await syncFolder(folder);
  return { ok: true, path, raw };
}

/** The rename is durable once the folder's entry is on disk too (best effort: not every OS allows it). */
async function syncFolder(folder: string): Promise<void> {
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Directories cannot be opened for sync on some platforms; the rename itself is still atomic.
  }
}

/** Reads back an article file ingestion wrote (to add an outlet to its alsoPublishedBy). */
export async function readArticleFile(path: string): Promise<ArticleFile | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  const parsed = parseArticleFile(path, bytes);
  const raw = parsed.articles[0];
  if (!raw || parsed.articles.length !== 1 || raw.fetchedAt === null) return null;
  const front = parseFrontMatter(bytes.toString('utf8'));
  const topics = front.ok && Array.isArray(front.data.topics) ? front.data.topics : [];
  return {
    id: raw.id,
    title: raw.title,
    publisher: raw.publisher,
    published: raw.published,
    url: raw.url,
    fetchedAt: raw.fetchedAt,
    feed: raw.feed,
    alsoPublishedBy: raw.alsoPublishedBy,
    topics: topics.filter((t): t is string => typeof t === 'string'),
    body: raw.body,
  };
}
