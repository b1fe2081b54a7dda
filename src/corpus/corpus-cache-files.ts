/**
 * The corpus folder as the index cache sees it: every file with the size and modification time that
 * key its cached articles, and the work of turning one file into cleaned articles. Mirrors
 * loadCorpusDir (load.ts) file for file and warning for warning; a test holds the two together.
 */
import { type Dirent, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Article, LoadWarning } from './article.js';
import { buildArticle } from './build-article.js';
import { displayPath, isInside, LINK_OUTSIDE, MAX_FILE_BYTES, parseArticleFile } from './load.js';

export interface CorpusFile {
  full: string;
  /** Path inside the corpus folder, with "/" separators: the cache's key for the file. */
  rel: string;
  /** The path as shown (displayPath). */
  shown: string;
  size: number;
  mtimeMs: number;
}

export const SUPPORTED_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.json', '.jsonl']);

/**
 * Regular files under `dir`, hidden entries skipped, sorted by path, each with its stat. Synchronous
 * on purpose: it runs once at start-up, and 100,000 stats through the thread pool take several
 * times longer than in line.
 */
export function listCorpusFiles(dir: string): { files: CorpusFile[]; warnings: LoadWarning[] } {
  const warnings: LoadWarning[] = [];
  const found: string[] = [];
  const seen = new Set<string>();
  let root: string | null = null;
  try {
    root = realpathSync(dir);
  } catch {
    // Reported by the walk as an unreadable folder.
  }
  const walk = (folder: string): void => {
    let entries: Dirent[];
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) return;
      seen.add(real);
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (err) {
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
          // Missing target or a loop of links (ELOOP), as load.ts reports them.
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
      if (isDir) walk(full);
      else if (isFile) found.push(full);
    }
  };
  walk(dir);
  found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: CorpusFile[] = [];
  const paths = pathsUnder(dir);
  for (const full of found) {
    // A file that vanished between the listing and now is read (and reported) like loadCorpusDir does.
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

/** Cleaned articles of one file and the messages of its skipped records. */
export interface FileArticles {
  articles: Article[];
  warnings: string[];
}

/**
 * Why a file is skipped before it is read (type, size), with loadCorpusDir's wording; null when it
 * is to be read.
 */
export function skipReason(file: CorpusFile): string | null {
  if (!SUPPORTED_EXTENSIONS.has(extname(file.full).toLowerCase())) {
    return 'unsupported file type (expected .md, .txt, .json or .jsonl): skipped';
  }
  if (file.size > MAX_FILE_BYTES) {
    return `file is ${(file.size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit: skipped`;
  }
  return null;
}

/** Reads, parses and cleans one file; a file that cannot be read is a message, not an exception. */
export async function buildFile(full: string): Promise<FileArticles | { error: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (err) {
    return { error: `cannot read file: ${(err as Error).message}` };
  }
  return buildBytes(full, bytes);
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
    return { error: `cannot read file: ${(err as Error).message}` };
  }
  return buildBytes(full, bytes);
}

function buildBytes(full: string, bytes: Buffer): FileArticles {
  const parsed = parseArticleFile(full, bytes);
  return { articles: parsed.articles.map(buildArticle), warnings: parsed.warnings.map((w) => w.message) };
}
