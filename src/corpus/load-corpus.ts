/**
 * Loads a corpus folder: the one way in, for the bot, the CLI, the evaluation and the tests.
 *
 * `loadCorpus` lists the folder (corpus-files.ts), reads the index cache when one is configured
 * (index-cache.ts), works out which files the cache answers for, reads and cleans the others (on
 * worker threads: corpus-build-pool.ts), takes every file in path order into one corpus, and saves
 * the cache again when anything changed. Without a cache the same files are read and cleaned the
 * same way (`loadCorpusDir`, then buildArticle): either way the corpus is the same, article for
 * article and ordinal for ordinal, so answers are byte-identical.
 *
 * Every file that cannot be used becomes a warning naming it, so one bad file never hides the rest;
 * only an unusable folder is an error (CorpusDirError).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { silentLogger, type Logger } from '../log/logger.js';
import type { Article, LoadWarning, RawArticle } from './article.js';
import { buildArticle } from './build-article.js';
import { Corpus } from './corpus.js';
import { type BuiltFile, buildFiles, defaultWorkers } from './corpus-build-pool.js';
import {
  type CorpusFile,
  displayPath,
  type FileArticles,
  firstOfItsId,
  listCorpusFiles,
  type LoadResult,
  readArticleFile,
  skipReason,
} from './corpus-files.js';
import { FORMAT_NAMES } from './formats.js';
import {
  cacheFilePath,
  cacheKey,
  cacheUsable,
  type CachedFile,
  type FileResult,
  type OpenCache,
  readCache,
  saveCache,
  savedCacheBytes,
} from './index-cache.js';
import type { SearchIndex } from './search-index.js';

export type { LoadResult } from './corpus-files.js';

export interface LoadCorpusOptions {
  corpusDir: string;
  /** Folder for the cache file; null loads without one (a plain build). */
  cacheDir: string | null;
  logger?: Logger;
  /** Worker threads for cleaning files (1: none); one per core, at most four, by default. */
  workers?: number;
}

/** How the corpus was obtained and where the time went (milliseconds). */
export interface CorpusLoadStats {
  /** off: no cache configured; hit: restored; partial: some files re-read; miss: built from scratch. */
  cache: 'off' | 'hit' | 'partial' | 'miss';
  /** Why the cache could not be used, when it could not. */
  reason?: string;
  files: number;
  bytes: number;
  articles: number;
  sentences: number;
  /** Files whose articles came from the cache / were read and cleaned. */
  reusedFiles: number;
  builtFiles: number;
  /** Worker threads that cleaned files (0: the calling thread did). */
  workers: number;
  cacheBytes: number;
  ms: LoadTimes;
}

interface LoadTimes {
  list: number;
  readCache: number;
  /** Wall time of reading and cleaning the files to build, indexing meanwhile included. */
  build: number;
  decode: number;
  /** Time spent indexing (during `build` when files were built: it overlaps it). */
  index: number;
  save: number;
  total: number;
}

export interface LoadedCorpus {
  corpus: Corpus;
  warnings: LoadWarning[];
  stats: CorpusLoadStats;
}

const WHAT_TO_ADD = `add ${FORMAT_NAMES} files`;

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

const now = () => performance.now();

/** Loads and indexes a corpus folder, through the cache when one is configured. */
export async function loadCorpus(options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const key = options.cacheDir === null ? null : await cacheKey();
  const info = await stat(options.corpusDir).catch(() => null);
  if (options.cacheDir === null || key === null || !cacheUsable() || !info?.isDirectory()) {
    if (options.cacheDir !== null && info?.isDirectory()) {
      logger.warn(
        {},
        'index cache: not used on this machine (big-endian, or the corpus code cannot be read)',
      );
    }
    return plainBuild(options.corpusDir);
  }
  return cachedBuild(
    resolve(options.corpusDir),
    cacheFilePath(options.cacheDir, options.corpusDir),
    key,
    logger,
    options.workers ?? defaultWorkers(),
  );
}

/** Reads every file under `dir` (recursively, sorted by path) into articles and warnings. */
export async function loadCorpusDir(dir: string): Promise<LoadResult> {
  const shown = await checkFolder(dir);
  const listing = listCorpusFiles(dir);
  const warnings: LoadWarning[] = [...listing.warnings];
  const articles: RawArticle[] = [];
  const firstPathOf = new Map<string, string>();
  for (const file of listing.files) {
    const skip = skipReason(file);
    if (skip !== null) {
      warnings.push({ path: file.shown, message: skip });
      continue;
    }
    const read = await readArticleFile(file.full);
    if ('error' in read) {
      warnings.push({ path: file.shown, message: read.error });
      continue;
    }
    warnings.push(...read.warnings);
    for (const article of read.articles) {
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

/** The folder as shown; a CorpusDirError saying what to do when it is missing or not a folder. */
async function checkFolder(dir: string): Promise<string> {
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
      `Corpus path "${shown}" is not a folder. Set BRIEFBOT_CORPUS_DIR to a folder of articles (${FORMAT_NAMES} files).`,
      shown,
    );
  }
  return shown;
}

/** loadCorpusDir, clean, index: the load without a cache. */
async function plainBuild(corpusDir: string): Promise<LoadedCorpus> {
  const t0 = now();
  const loaded = await loadCorpusDir(corpusDir);
  const articles = loaded.articles.map(buildArticle);
  const t2 = now();
  const corpus = Corpus.from(articles);
  const t3 = now();
  return {
    corpus,
    warnings: loaded.warnings,
    stats: {
      cache: 'off',
      files: new Set(loaded.articles.map((a) => a.path)).size,
      bytes: loaded.articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0),
      articles: corpus.size,
      sentences: corpus.sentenceCount,
      reusedFiles: 0,
      builtFiles: 0,
      workers: 0,
      cacheBytes: 0,
      ms: { list: 0, readCache: 0, build: t2 - t0, decode: 0, index: t3 - t2, save: 0, total: t3 - t0 },
    },
  };
}

/**
 * The load through the cache, step by step: list the files, read the cache, diff the two, read the
 * saved indexes when nothing changed, parse the changed files (taking every file in order as it is
 * ready), build or restore the index, save.
 */
async function cachedBuild(
  corpusDir: string,
  cacheFile: string,
  key: string,
  logger: Logger,
  workers: number,
): Promise<LoadedCorpus> {
  const ms: LoadTimes = { list: 0, readCache: 0, build: 0, decode: 0, index: 0, save: 0, total: 0 };
  const t0 = now();
  const listing = listCorpusFiles(corpusDir);
  const t1 = now();
  ms.list = t1 - t0;
  const opened = readCache(cacheFile, key, corpusDir);
  ms.readCache = now() - t1;
  const cache = 'cache' in opened ? opened.cache : null;
  if ('damaged' in opened && opened.damaged)
    logger.warn({ file: displayPath(cacheFile) }, `index cache ignored: ${opened.reason}; rebuilding`);

  const diff = diffAgainstFiles(listing.files, cache);
  const ti = now();
  const indexes = diff.allCached ? readIndexes(cache!) : null;
  ms.index = now() - ti;
  const taken = await parseChanged(listing, diff, cache, workers, ms);
  // No article at all: the plain load says why, in its words (it throws CorpusDirError).
  if (taken.articles.length === 0) return plainBuild(corpusDir);

  const t2 = now();
  const { corpus, restored, ...built } = buildIndex(taken, cache, indexes);
  ms.index += now() - t2;
  if (built.reason !== undefined)
    logger.warn({ file: displayPath(cacheFile) }, `index cache ignored: ${built.reason}; rebuilding`);
  const reason = built.reason ?? ('reason' in opened ? opened.reason : undefined);

  const ts = now();
  const cacheBytes = restored
    ? savedCacheBytes(cacheFile)
    : save(cacheFile, key, corpusDir, taken.results, corpus, logger);
  if (!restored) ms.save = now() - ts;
  ms.total = now() - t0;
  const status: CorpusLoadStats['cache'] = restored ? 'hit' : taken.reused > 0 ? 'partial' : 'miss';
  logger.info(
    {
      cache: status,
      reused: taken.reused,
      built: taken.built,
      articles: corpus.size,
      ms: Math.round(ms.total),
    },
    status === 'hit' ? 'corpus restored from the index cache' : 'corpus indexed',
  );
  return {
    corpus,
    warnings: taken.warnings,
    stats: {
      cache: status,
      ...(reason !== undefined && status !== 'hit' ? { reason } : {}),
      files: taken.results.length,
      bytes: taken.bytes,
      articles: corpus.size,
      sentences: corpus.sentenceCount,
      reusedFiles: taken.reused,
      builtFiles: taken.built,
      workers: taken.workers,
      cacheBytes,
      ms,
    },
  };
}

/** What the cache answers for: each unchanged file's entry, and the files to read again. */
interface CacheDiff {
  /** Files whose size and modification time are the cache's: their articles come from it. */
  hits: Map<CorpusFile, CachedFile>;
  /** Files to read and clean: of an article format, not in the cache or changed since. */
  toBuild: CorpusFile[];
  /** The cache holds every article file of the folder, unchanged, in order: its indexes can serve. */
  allCached: boolean;
}

function diffAgainstFiles(files: readonly CorpusFile[], cache: OpenCache | null): CacheDiff {
  const hits = new Map<CorpusFile, CachedFile>();
  const toBuild: CorpusFile[] = [];
  const candidates = files.filter((f) => skipReason(f) === null);
  for (const file of candidates) {
    const hit = cache?.byPath.get(file.rel);
    if (hit !== undefined && hit.entry.size === file.size && hit.entry.mtimeMs === file.mtimeMs)
      hits.set(file, hit);
    else toBuild.push(file);
  }
  const allCached =
    cache !== null &&
    toBuild.length === 0 &&
    candidates.length === cache.header.files.length &&
    candidates.every((f, i) => f.rel === cache.header.files[i]!.path);
  return { hits, toBuild, allCached };
}

/**
 * The saved indexes of an unchanged folder, read before the articles while the heap is small:
 * their large typed arrays would otherwise each set off a full collection of a heap already holding
 * every article (measured: 2.9 s of a 6.8 s restart at 100,000 articles).
 */
function readIndexes(cache: OpenCache): { sentence: SearchIndex; title: SearchIndex } | { problem: string } {
  try {
    return cache.indexes();
  } catch (err) {
    return { problem: (err as Error).message };
  }
}

/** Every file taken in path order: the articles (first of each id), warnings and counts. */
interface Taken {
  results: FileResult[];
  articles: Article[];
  warnings: LoadWarning[];
  /** The articles indexed as they came, when files were built (null when all came from the cache). */
  streamed: Corpus | null;
  reused: number;
  built: number;
  bytes: number;
  workers: number;
}

/**
 * Reads and cleans the files the cache cannot answer for, on every core. Meanwhile every file is
 * taken in order, as loadCorpusDir takes them, as soon as it and the files before it are ready;
 * when files are built, their articles are indexed here while the workers clean the rest.
 */
async function parseChanged(
  listing: { files: CorpusFile[]; warnings: LoadWarning[] },
  diff: CacheDiff,
  cache: OpenCache | null,
  workers: number,
  ms: LoadTimes,
): Promise<Taken> {
  const taken: Taken = {
    results: [],
    articles: [],
    warnings: [...listing.warnings],
    streamed: diff.toBuild.length > 0 ? new Corpus() : null,
    reused: 0,
    built: 0,
    bytes: 0,
    workers: 0,
  };
  const firstPathOf = new Map<string, string>();
  const builtOf = new Map<CorpusFile, BuiltFile>();
  let cursor = 0;
  const takeReady = (): void => {
    for (; cursor < listing.files.length; cursor++) {
      const file = listing.files[cursor]!;
      const path = file.shown;
      const skip = skipReason(file);
      if (skip !== null) {
        taken.warnings.push({ path, message: skip });
        continue;
      }
      let result: FileArticles;
      const hit = diff.hits.get(file);
      if (hit !== undefined) {
        const t = now();
        result = { articles: cache!.articlesOf(hit, path), warnings: hit.entry.warnings };
        ms.decode += now() - t;
        taken.reused++;
      } else {
        const outcome = builtOf.get(file);
        if (outcome === undefined) return; // not built yet
        builtOf.delete(file);
        if ('error' in outcome) {
          taken.warnings.push({ path, message: outcome.error });
          continue;
        }
        result = outcome;
        taken.built++;
      }
      taken.bytes += file.size;
      taken.results.push({ file, ...result });
      taken.warnings.push(...result.warnings.map((message) => ({ path, message })));
      for (const article of result.articles) {
        if (!firstOfItsId(article, firstPathOf, taken.warnings)) continue;
        taken.articles.push(article);
        if (taken.streamed !== null) {
          const t = now();
          taken.streamed.add(article);
          ms.index += now() - t;
        }
      }
    }
  };
  if (diff.toBuild.length > 0) {
    const tb = now();
    // Thrown from a worker's message handler it would escape: kept, and thrown here.
    let failure: unknown = null;
    const pool = await buildFiles(diff.toBuild, workers, (i, outcome) => {
      builtOf.set(diff.toBuild[i]!, outcome);
      if (failure !== null) return;
      try {
        takeReady();
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== null) throw failure;
    taken.workers = pool.workers;
    ms.build = now() - tb;
  }
  takeReady();
  return taken;
}

/**
 * The corpus: restored from the cache's indexes when every file came from it unchanged, else the
 * one indexed while files were taken (or indexed now). `restored`: nothing to save; `reason`: why
 * the saved indexes could not serve although nothing changed.
 */
function buildIndex(
  taken: Taken,
  cache: OpenCache | null,
  indexes: ReturnType<typeof readIndexes> | null,
): { corpus: Corpus; restored: boolean; reason?: string } {
  const unchanged =
    cache !== null &&
    taken.built === 0 &&
    taken.results.length === cache.header.files.length &&
    taken.results.every((r, i) => r.file.rel === cache.header.files[i]!.path);
  const fresh = () => taken.streamed ?? Corpus.from(taken.articles);
  if (!unchanged) return { corpus: fresh(), restored: false };
  try {
    if (indexes === null || 'problem' in indexes) throw new Error(indexes?.problem ?? 'indexes not read');
    return { corpus: cache.restore(taken.articles, indexes), restored: true };
  } catch (err) {
    return { corpus: fresh(), restored: false, reason: `index unreadable (${(err as Error).message})` };
  }
}

/** Saves the cache; a cache that cannot be saved is a warning (the corpus is loaded all the same). */
function save(
  cacheFile: string,
  key: string,
  corpusDir: string,
  results: readonly FileResult[],
  corpus: Corpus,
  logger: Logger,
): number {
  try {
    return saveCache(cacheFile, key, corpusDir, results, corpus);
  } catch (err) {
    logger.warn({ file: displayPath(cacheFile) }, `index cache not saved: ${(err as Error).message}`);
    return 0;
  }
}

function summarize(warnings: LoadWarning[]): string {
  const shown = warnings.slice(0, 3).map((w) => `${w.path}: ${w.message}`);
  return warnings.length > 3 ? `${shown.join('; ')}; ...` : shown.join('; ');
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
