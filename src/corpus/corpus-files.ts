/**
 * The corpus folder, file by file: the one walk of the folder (every file with the size and
 * modification time that key its cached articles) and the one way to turn a file into articles
 * (format by extension, size and encoding checks, metadata validation, cleaning). The loader, the
 * index cache, the build pool's workers and the folder watcher all go through here, so a file is
 * read, skipped and warned about in the same words wherever it is met.
 */
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  type Article,
  type ArticleMeta,
  articleMetaSchema,
  type LoadWarning,
  type RawArticle,
} from './article.js';
import { buildArticle } from './build-article.js';
import { parserFor, UNSUPPORTED_TYPE } from './formats.js';

/** Files larger than this are not articles (or not ones anybody should brief from). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * A link whose target is outside the corpus folder is skipped: the folder is what the operator chose
 * to publish, and a link (`passwd.txt -> /etc/passwd`) must not widen it.
 */
export const LINK_OUTSIDE = 'link points outside the corpus folder: skipped';

export interface LoadResult {
  articles: RawArticle[];
  warnings: LoadWarning[];
}

export interface CorpusFile {
  full: string;
  /** Path inside the corpus folder, with "/" separators: the cache's key for the file. */
  rel: string;
  /** The path as shown (displayPath). */
  shown: string;
  /** -1 (both) when the file vanished between the walk and its stat: reading it says why. */
  size: number;
  mtimeMs: number;
}

/** How a path is shown: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

/** Whether real path `path` is `root` or below it (both already through realpath). */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

export interface ListOptions {
  /** Throw when `dir` itself cannot be read (the watcher keeps its articles), instead of warning. */
  throwIfUnreadable?: boolean;
}

/**
 * Every non-hidden file below `dir`, following links, each real folder once (a link back to a
 * parent must not loop forever), sorted by path, each with its stat; a folder that cannot be read,
 * a broken link or a link leading out of `dir` is a warning. Synchronous on purpose: 100,000 stats
 * through the thread pool take several times longer than in line, at start-up and on every rescan.
 */
export function listCorpusFiles(
  dir: string,
  options: ListOptions = {},
): { files: CorpusFile[]; warnings: LoadWarning[] } {
  const warnings: LoadWarning[] = [];
  const found: string[] = [];
  const seen = new Set<string>();
  let root: string | null = null;
  try {
    root = realpathSync(dir);
  } catch {
    // Reported (or thrown) by the walk as an unreadable folder.
  }
  const walk = (folder: string, top: boolean): void => {
    let entries: Dirent[];
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (err) {
      if (top && options.throwIfUnreadable) throw err;
      warnings.push({ path: displayPath(folder), message: `cannot read folder: ${(err as Error).message}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: ReturnType<typeof statSync>;
        let real: string;
        try {
          real = realpathSync(full);
          target = statSync(full);
        } catch {
          // A missing target or a loop of links (ELOOP).
          warnings.push({ path: displayPath(full), message: 'broken link: skipped' });
          continue;
        }
        if (root !== null && !isInside(root, real)) {
          warnings.push({ path: displayPath(full), message: LINK_OUTSIDE });
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) walk(full, false);
      else if (isFile) found.push(full);
    }
  };
  walk(dir, true);
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: CorpusFile[] = [];
  const paths = pathsUnder(dir);
  for (const full of found) {
    const info = statSync(full, { throwIfNoEntry: false });
    const rel = paths.rel(full);
    files.push({
      full,
      rel,
      shown: paths.shown(full, rel),
      size: info?.size ?? -1,
      mtimeMs: info?.mtimeMs ?? -1,
    });
  }
  return { files, warnings };
}

/**
 * Paths of files under `dir` relative to it and as shown, worked out per folder rather than per
 * file where the path functions would give the same (100,000 files: a third of a second saved).
 */
function pathsUnder(dir: string): {
  rel: (full: string) => string;
  shown: (full: string, rel: string) => string;
} {
  const base = join(dir, sep);
  const rel = (full: string): string =>
    sep === '/' && full.startsWith(base) ? full.slice(base.length) : relative(dir, full).split(sep).join('/');
  // displayPath(full) is the folder's shown path plus `rel`, for a folder inside the working
  // directory (relative), the working directory itself (just `rel`) or one outside it (absolute).
  const abs = resolve(dir);
  const fromCwd = relative(process.cwd(), abs);
  const outside = fromCwd.startsWith('..') || isAbsolute(fromCwd);
  const shown = (full: string, r: string): string => {
    if (sep !== '/' || !full.startsWith(base)) return displayPath(full);
    if (fromCwd === '') return r;
    return outside ? `${abs === '/' ? '' : abs}/${r}` : `${fromCwd}/${r}`;
  };
  return { rel, shown };
}

/** Why a file is skipped before it is read (type, size); null when it is to be read. */
export function skipReason(file: CorpusFile): string | null {
  if (parserFor(file.full) === undefined) return UNSUPPORTED_TYPE;
  if (file.size > MAX_FILE_BYTES) return tooLarge(file.size);
  return null;
}

/**
 * Parses one file's bytes (for loading, ingestion and the file watcher). Articles without an id
 * get the file stem, plus the record's line (JSONL) or place (JSON array) for files holding several.
 */
export function parseArticleFile(path: string, bytes: Buffer): LoadResult {
  const shown = displayPath(path);
  const warn = (message: string): LoadResult => ({ articles: [], warnings: [{ path: shown, message }] });
  const parse = parserFor(path);
  if (!parse) return warn(UNSUPPORTED_TYPE);
  if (bytes.length > MAX_FILE_BYTES) return warn(tooLarge(bytes.length));
  if (bytes.includes(0)) return warn('binary file (contains NUL bytes): skipped');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return warn('not valid UTF-8 text: skipped (save the file as UTF-8)');
  }
  if (text.trim() === '') return warn('empty file: skipped');

  const outcome = parse(text);
  const warnings: LoadWarning[] = outcome.problems.map((message) => ({
    path: shown,
    message: `${message}: skipped`,
  }));
  const stem = basename(path, extname(path));
  const articles: RawArticle[] = [];
  for (const record of outcome.records) {
    const at = record.where ? `${record.where}: ` : '';
    const meta = articleMetaSchema.safeParse(record.meta);
    if (!meta.success) {
      const issues = meta.error.issues.map((x) => `${x.path.join('.') || 'metadata'}: ${x.message}`);
      warnings.push({ path: shown, message: `${at}invalid metadata (${issues.join('; ')}): skipped` });
      continue;
    }
    if (record.body.trim() === '') {
      warnings.push({ path: shown, message: `${at}empty body: skipped` });
      continue;
    }
    // Derived from the record's place, not its order among good records, so fixing one bad
    // record does not renumber the others.
    const fallbackId = record.position === undefined ? stem : `${stem}-${record.position}`;
    articles.push(toRawArticle(meta.data, record.body, fallbackId, shown));
  }
  return { articles, warnings };
}

function toRawArticle(meta: ArticleMeta, body: string, fallbackId: string, path: string): RawArticle {
  return {
    id: meta.id ?? fallbackId,
    title: meta.title.trim(),
    publisher: meta.publisher ?? null,
    published: meta.published ?? null,
    url: meta.url ?? null,
    fetchedAt: meta.fetchedAt ?? null,
    feed: meta.feed ?? null,
    alsoPublishedBy: meta.alsoPublishedBy ?? [],
    path,
    body,
  };
}

/** Reads and parses one file; a file that cannot be read is a message, not an exception. */
export async function readArticleFile(full: string): Promise<LoadResult | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    return { error: cannotRead(err) };
  }
  return parseArticleFile(full, bytes);
}

/** Cleaned articles of one file and the messages of its skipped records. */
export interface FileArticles {
  articles: Article[];
  warnings: string[];
}

/** Reads, parses and cleans one file (readArticleFile, then buildArticle on each article). */
export async function buildFile(full: string): Promise<FileArticles | { error: string }> {
  const read = await readArticleFile(full);
  return 'error' in read ? read : cleaned(read);
}

/**
 * `buildFile` with a blocking read, for the build pool's worker threads: they have nothing else
 * to do meanwhile, and an asynchronous read costs several times the CPU of a small file's read.
 */
export function buildFileSync(full: string): FileArticles | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (err) {
    return { error: cannotRead(err) };
  }
  return cleaned(parseArticleFile(full, bytes));
}

function cleaned(parsed: LoadResult): FileArticles {
  return { articles: parsed.articles.map(buildArticle), warnings: parsed.warnings.map((w) => w.message) };
}

/**
 * Whether `article` is the first with its id (`firstPathOf` remembers where each id came from);
 * a later one is skipped with a warning naming both files.
 */
export function firstOfItsId(
  article: { id: string; path: string },
  firstPathOf: Map<string, string>,
  warnings: LoadWarning[],
): boolean {
  const first = firstPathOf.get(article.id);
  if (first !== undefined) {
    warnings.push({ path: article.path, message: duplicateId(article.id, first) });
    return false;
  }
  firstPathOf.set(article.id, article.path);
  return true;
}

/** Why a second article with a taken id is skipped (`first`: the file it was loaded from, as shown). */
export function duplicateId(id: string, first: string): string {
  return `duplicate article id "${id}" (already loaded from ${first}): skipped`;
}

function cannotRead(err: unknown): string {
  return `cannot read file: ${(err as Error).message}`;
}

function tooLarge(size: number): string {
  return `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit: skipped`;
}
