/**
 * Loads a corpus folder into RawArticles. Every file that cannot be used becomes a warning naming
 * it, so one bad file never hides the rest; only an unusable folder is an error (CorpusDirError).
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { type ArticleMeta, articleMetaSchema, type LoadWarning, type RawArticle } from './article.js';
import {
  type ParseOutcome,
  parseJsonlText,
  parseJsonText,
  parseMarkdownText,
  parseTextFile,
} from './formats.js';

export interface LoadResult {
  articles: RawArticle[];
  warnings: LoadWarning[];
}

/** Files larger than this are not articles (or not ones anybody should brief from). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const PARSERS: Record<string, (text: string) => ParseOutcome> = {
  '.md': parseMarkdownText,
  '.markdown': parseMarkdownText,
  '.txt': parseTextFile,
  '.json': parseJsonText,
  '.jsonl': parseJsonlText,
};

const WHAT_TO_ADD = 'add .md, .txt, .json or .jsonl files';

/** The corpus folder is missing, is not a folder, or holds no loadable article. */
export class CorpusDirError extends Error {
  override name = 'CorpusDirError';
  constructor(
    message: string,
    readonly dir: string,
    /** Why individual files were skipped, when the folder had files but none loaded. */
    readonly warnings: LoadWarning[] = [],
  ) {
    super(message);
  }
}

/** How a path is shown: relative to the working directory when inside it, else absolute. */
export function displayPath(path: string): string {
  const abs = resolve(path);
  const rel = relative(process.cwd(), abs);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return abs;
  return rel.split(sep).join('/');
}

/** Reads every file under `dir` (recursively, sorted by path) into articles and warnings. */
export async function loadCorpusDir(dir: string): Promise<LoadResult> {
  const shown = displayPath(dir);
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusDirError(
      `Corpus folder "${shown}" does not exist. Set BRIEFBOT_CORPUS_DIR to the folder that holds your articles, or create it and ${WHAT_TO_ADD}.`,
      shown,
    );
  }
  if (!info.isDirectory()) {
    throw new CorpusDirError(
      `Corpus path "${shown}" is not a folder. Set BRIEFBOT_CORPUS_DIR to a folder of articles (.md, .txt, .json or .jsonl files).`,
      shown,
    );
  }

  const warnings: LoadWarning[] = [];
  const files = await listCorpusFiles(dir, { onProblem: (w) => warnings.push(w) });
  const articles: RawArticle[] = [];
  const firstPathOf = new Map<string, string>();
  for (const file of files) {
    const path = displayPath(file);
    if (!(extname(file).toLowerCase() in PARSERS)) {
      warnings.push({
        path,
        message: 'unsupported file type (expected .md, .txt, .json or .jsonl): skipped',
      });
      continue;
    }
    let bytes: Buffer;
    try {
      const size = (await stat(file)).size;
      if (size > MAX_FILE_BYTES) {
        warnings.push({ path, message: tooLarge(size) });
        continue;
      }
      bytes = await readFile(file);
    } catch (err) {
      warnings.push({ path, message: `cannot read file: ${(err as Error).message}` });
      continue;
    }
    const result = parseArticleFile(file, bytes);
    warnings.push(...result.warnings);
    for (const article of result.articles) {
      if (firstOfItsId(article, firstPathOf, warnings)) articles.push(article);
    }
  }

  if (articles.length === 0) {
    const why = warnings.length > 0 ? ` (${warnings.length} file problem(s): ${summarize(warnings)})` : '';
    throw new CorpusDirError(
      `Corpus folder "${shown}" has no loadable article${why}. ${capitalize(WHAT_TO_ADD)} to it, or set BRIEFBOT_CORPUS_DIR to another folder.`,
      shown,
      warnings,
    );
  }
  return { articles, warnings };
}

/**
 * Parses one file's bytes (for loading, ingestion and the file watcher). Articles without an id
 * get the file stem, plus the record's line (JSONL) or place (JSON array) for files holding several.
 */
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
    warnings.push({
      path: article.path,
      message: `duplicate article id "${article.id}" (already loaded from ${first}): skipped`,
    });
    return false;
  }
  firstPathOf.set(article.id, article.path);
  return true;
}

export function parseArticleFile(path: string, bytes: Buffer): LoadResult {
  const shown = displayPath(path);
  const warn = (message: string): LoadResult => ({ articles: [], warnings: [{ path: shown, message }] });
  const ext = extname(path).toLowerCase();
  const parse = PARSERS[ext];
  if (!parse) return warn('unsupported file type (expected .md, .txt, .json or .jsonl): skipped');
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

/** Regular files under `dir`, hidden entries skipped silently, sorted by path for determinism. */
export interface ListOptions {
  /** Told of each folder that cannot be read, each broken link and each link leading out of `dir`. */
  onProblem?: (warning: LoadWarning) => void;
  /** Throw when `dir` itself cannot be read, instead of reporting it and listing nothing. */
  throwIfUnreadable?: boolean;
}

/**
 * Every non-hidden file below `dir`, following links, each real folder once (a link back to a
 * parent must not loop forever), sorted by path. Shared by the loader and the corpus watcher.
 */
export async function listCorpusFiles(dir: string, options: ListOptions = {}): Promise<string[]> {
  const report = options.onProblem ?? (() => {});
  const out: string[] = [];
  const root = await realpath(dir).catch(() => null);
  // Real paths already walked: a link back to a parent folder must not loop forever.
  const seen = new Set<string>();
  const walk = async (folder: string, top: boolean): Promise<void> => {
    let entries: Dirent[];
    try {
      const real = await realpath(folder);
      if (seen.has(real)) return;
      seen.add(real);
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      if (top && options.throwIfUnreadable) throw err;
      report({ path: displayPath(folder), message: `cannot read folder: ${(err as Error).message}` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          if (root !== null && !isInside(root, await realpath(full))) {
            report({ path: displayPath(full), message: LINK_OUTSIDE });
            continue;
          }
          const target = await stat(full);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          report({ path: displayPath(full), message: 'broken link: skipped' });
          continue;
        }
      }
      if (isDir) await walk(full, false);
      else if (isFile) out.push(full);
    }
  };
  await walk(dir, true);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A link whose target is outside the corpus folder is skipped: the folder is what the operator chose
 * to publish, and a link (`passwd.txt -> /etc/passwd`) must not widen it.
 */
export const LINK_OUTSIDE = 'link points outside the corpus folder: skipped';

/** Whether real path `path` is `root` or below it (both already through realpath). */
export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function tooLarge(size: number): string {
  return `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit: skipped`;
}

function summarize(warnings: LoadWarning[]): string {
  const shown = warnings.slice(0, 3).map((w) => `${w.path}: ${w.message}`);
  return warnings.length > 3 ? `${shown.join('; ')}; ...` : shown.join('; ');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
