/**
 * The persisted corpus index (BRIEFBOT_INDEX_CACHE): the built corpus (cleaned articles, sentence
 * and title indexes, ordinal table) saved in one file per corpus folder, keyed by a manifest of the
 * corpus files (path, size, mtime) and by the version of everything that turns files into an index
 * (cache format, tokenizer, the corpus code itself, the ICU/Node the sentence splitter runs on).
 *
 * On start: an unchanged folder restores the saved index without reading one article file; a
 * changed folder reuses the saved articles of unchanged files, cleans only the rest, re-indexes and
 * saves again. A missing, damaged or outdated cache is ignored (with a warning) and rebuilt; saving
 * writes a temporary file and renames it, so readers never see half a cache. Either way the corpus
 * is the one a fresh build gives: same articles, same ordinals, byte-identical answers.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { silentLogger, type Logger } from '../log.js';
import type { Article, LoadWarning } from './article.js';
import { buildArticle } from './build-article.js';
import { Corpus } from './corpus.js';
import { SearchIndex } from './search-index.js';
import {
  ArticleTable,
  encodeArticles,
  NATIVE_LITTLE_ENDIAN,
  SectionReader,
  SectionWriter,
} from './corpus-cache-format.js';
import { type BuiltFile, buildFiles, defaultWorkers } from './corpus-build-pool.js';
import { type CorpusFile, type FileArticles, listCorpusFiles, skipReason } from './corpus-cache-files.js';
import { displayPath, firstOfItsId, loadCorpusDir } from './load.js';
import { TOKENIZER_VERSION } from './tokenize.js';

/** Bump when the file layout changes. */
export const CACHE_FORMAT = 1;

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
  ms: {
    list: number;
    readCache: number;
    /** Wall time of reading and cleaning the files to build, indexing meanwhile included. */
    build: number;
    decode: number;
    /** Time spent indexing (during `build` when files were built: it overlaps it). */
    index: number;
    save: number;
    total: number;
  };
}

export interface LoadedCorpus {
  corpus: Corpus;
  warnings: LoadWarning[];
  stats: CorpusLoadStats;
}

const fileEntrySchema = z.object({
  path: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  warnings: z.array(z.string()),
  articles: z.number().int().nonnegative(),
});

const headerSchema = z.object({
  key: z.string(),
  /** The corpus folder (absolute): a cache whose folder is gone is deleted. */
  corpusDir: z.string(),
  files: z.array(fileEntrySchema),
  corpus: z.object({
    slots: z.number().int().nonnegative(),
    ordinals: z.number().int().nonnegative(),
    articles: z.number().int().nonnegative(),
  }),
});
type CacheHeader = z.infer<typeof headerSchema>;

/** The cache file of a corpus folder: one per folder, so several corpora can share a cache folder. */
export function cacheFilePath(cacheDir: string, corpusDir: string): string {
  const id = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 16);
  return join(cacheDir, `corpus-${id}.bin`);
}

let keyPromise: Promise<string | null> | null = null;

/**
 * What a cache must have been built by: this cache format, tokenizer and corpus code (a hash of
 * the files of src/corpus, so a change to the cleaner can never be served stale), on the same ICU
 * and Node (the sentence splitter and Unicode normalisation come from them). Null when the code
 * cannot be read, in which case nothing is cached.
 */
export function cacheKey(): Promise<string | null> {
  keyPromise ??= (async () => {
    try {
      const dir = dirname(fileURLToPath(import.meta.url));
      const names = (await readdir(dir))
        .filter((n) => /\.(?:ts|js|mjs)$/.test(n) && !n.endsWith('.d.ts'))
        .sort();
      const h = createHash('sha256');
      h.update(`format ${CACHE_FORMAT} tokenizer ${TOKENIZER_VERSION} node ${process.versions.node} `);
      h.update(`icu ${process.versions.icu ?? '-'} unicode ${process.versions.unicode ?? '-'}`);
      for (const n of names) h.update(n).update(await readFile(join(dir, n)));
      return h.digest('hex').slice(0, 32);
    } catch {
      return null;
    }
  })();
  return keyPromise;
}

const now = () => performance.now();

/** Loads and indexes a corpus folder, through the cache when one is configured. */
export async function loadCorpus(options: LoadCorpusOptions): Promise<LoadedCorpus> {
  const logger = options.logger ?? silentLogger;
  const key = options.cacheDir === null ? null : await cacheKey();
  const info = await stat(options.corpusDir).catch(() => null);
  if (options.cacheDir === null || key === null || !NATIVE_LITTLE_ENDIAN || !info?.isDirectory()) {
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

/** loadCorpusDir, clean, index: what briefbot did before it had a cache. */
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

interface OpenCache {
  header: CacheHeader;
  reader: SectionReader;
  table: ArticleTable;
  /** rel path -> entry and its first article in the table. */
  byPath: Map<string, { entry: CacheHeader['files'][number]; first: number }>;
}

/** Reads and checks a cache file; a reason instead when there is none or it cannot be used. */
function openCache(
  file: string,
  key: string,
  corpusDir: string,
): { cache: OpenCache } | { reason: string; damaged: boolean } {
  // The key is in the header at the end: a cache of another version (or folder) is known without
  // reading and checking the whole file (550 MB at 100,000 articles).
  const head = headerOf(file);
  if (head !== null && (head.key !== key || head.corpusDir !== corpusDir)) {
    return { reason: 'built by another version of briefbot (or of Node)', damaged: true };
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return { reason: 'no cache yet', damaged: false };
  }
  try {
    const reader = new SectionReader(buf);
    const header = headerSchema.parse(reader.header);
    if (header.key !== key || header.corpusDir !== corpusDir) {
      return { reason: 'built by another version of briefbot (or of Node)', damaged: true };
    }
    const table = new ArticleTable(
      JSON.parse(reader.bytes('meta').toString('utf8')),
      reader.bytes('texts'),
      reader.uint32s('textLengths'),
      reader.uint32s('counts'),
      reader.uint32s('paragraphLengths'),
      reader.uint32s('spans'),
    );
    const byPath = new Map<string, { entry: CacheHeader['files'][number]; first: number }>();
    let first = 0;
    for (const entry of header.files) {
      byPath.set(entry.path, { entry, first });
      first += entry.articles;
    }
    if (first !== table.size) throw new Error('file entries and articles differ in number');
    return { cache: { header, reader, table, byPath } };
  } catch (err) {
    return { reason: `unreadable (${(err as Error).message})`, damaged: true };
  }
}

interface FileResult extends FileArticles {
  file: CorpusFile;
}

async function cachedBuild(
  corpusDir: string,
  cacheFile: string,
  key: string,
  logger: Logger,
  workers: number,
): Promise<LoadedCorpus> {
  const ms = { list: 0, readCache: 0, build: 0, decode: 0, index: 0, save: 0, total: 0 };
  const t0 = now();
  const listing = listCorpusFiles(corpusDir);
  const t1 = now();
  ms.list = t1 - t0;
  const opened = openCache(cacheFile, key, corpusDir);
  ms.readCache = now() - t1;
  const cache = 'cache' in opened ? opened.cache : null;
  if ('damaged' in opened && opened.damaged)
    logger.warn({ file: displayPath(cacheFile) }, `index cache ignored: ${opened.reason}; rebuilding`);

  const warnings: LoadWarning[] = [...listing.warnings];
  const results: FileResult[] = [];
  const articles: Article[] = [];
  const firstPathOf = new Map<string, string>();
  let reused = 0;
  let built = 0;
  let bytes = 0;
  const isHit = (file: CorpusFile) => {
    const hit = cache?.byPath.get(file.rel);
    return hit !== undefined && hit.entry.size === file.size && hit.entry.mtimeMs === file.mtimeMs
      ? hit
      : null;
  };
  // An unchanged folder: the indexes are read first, while the heap is small. Their large typed
  // arrays would otherwise each set off a full collection of a heap already holding every article
  // (measured: 2.9 s of a 6.8 s restart at 100,000 articles).
  const candidates = listing.files.filter((f) => skipReason(f) === null);
  let indexes: { sentence: SearchIndex; title: SearchIndex } | null = null;
  let indexProblem: string | undefined;
  const ti = now();
  if (
    cache !== null &&
    candidates.length === cache.header.files.length &&
    candidates.every((f, i) => f.rel === cache.header.files[i]!.path && isHit(f) !== null)
  ) {
    try {
      indexes = {
        sentence: SearchIndex.fromBuffer(cache.reader.bytes('sentenceIndex')),
        title: SearchIndex.fromBuffer(cache.reader.bytes('titleIndex')),
      };
    } catch (err) {
      indexProblem = (err as Error).message;
    }
  }
  ms.index = now() - ti;
  // Files the cache cannot answer for are built on every core. Meanwhile every file is taken in
  // order, as loadCorpusDir takes them, as soon as it and the files before it are ready; when files
  // are built, their articles are indexed here while the workers clean the rest.
  const toBuild = listing.files.filter((f) => skipReason(f) === null && isHit(f) === null);
  const builtOf = new Map<CorpusFile, BuiltFile>();
  const streamed = toBuild.length > 0 ? new Corpus() : null;
  let cursor = 0;
  const takeReady = (): void => {
    for (; cursor < listing.files.length; cursor++) {
      const file = listing.files[cursor]!;
      const path = file.shown;
      const skip = skipReason(file);
      if (skip !== null) {
        warnings.push({ path, message: skip });
        continue;
      }
      let result: FileArticles;
      const hit = isHit(file);
      if (hit !== null) {
        const t = now();
        const list: Article[] = [];
        for (let i = 0; i < hit.entry.articles; i++) list.push(cache!.table.article(hit.first + i, path));
        result = { articles: list, warnings: hit.entry.warnings };
        ms.decode += now() - t;
        reused++;
      } else {
        const outcome = builtOf.get(file);
        if (outcome === undefined) return; // not built yet
        builtOf.delete(file);
        if ('error' in outcome) {
          warnings.push({ path, message: outcome.error });
          continue;
        }
        result = outcome;
        built++;
      }
      bytes += file.size;
      results.push({ file, ...result });
      warnings.push(...result.warnings.map((message) => ({ path, message })));
      for (const article of result.articles) {
        if (!firstOfItsId(article, firstPathOf, warnings)) continue;
        articles.push(article);
        if (streamed !== null) {
          const t = now();
          streamed.add(article);
          ms.index += now() - t;
        }
      }
    }
  };
  const tb = now();
  let pool = { workers: 0 };
  if (toBuild.length > 0) {
    // Thrown from a worker's message handler it would escape: kept, and thrown here.
    let failure: unknown = null;
    pool = await buildFiles(toBuild, workers, (i, outcome) => {
      builtOf.set(toBuild[i]!, outcome);
      if (failure !== null) return;
      try {
        takeReady();
      } catch (err) {
        failure = err;
      }
    });
    if (failure !== null) throw failure;
    ms.build = now() - tb;
  }
  takeReady();
  // No article at all: the plain loader says why, in its words (it throws CorpusDirError).
  if (articles.length === 0) return plainBuild(corpusDir);

  const unchanged =
    cache !== null &&
    built === 0 &&
    results.length === cache.header.files.length &&
    results.every((r, i) => r.file.rel === cache.header.files[i]!.path);
  const t2 = now();
  let corpus: Corpus | null = null;
  let reason = 'reason' in opened ? opened.reason : undefined;
  if (unchanged) {
    try {
      if (indexes === null) throw new Error(indexProblem ?? 'indexes not read');
      corpus = Corpus.restore({
        articles,
        ranges: cache.reader.int32s('ranges'),
        slots: cache.header.corpus.slots,
        ordinals: cache.header.corpus.ordinals,
        sentenceIndex: indexes.sentence,
        titleIndex: indexes.title,
      });
    } catch (err) {
      reason = `index unreadable (${(err as Error).message})`;
      logger.warn({ file: displayPath(cacheFile) }, `index cache ignored: ${reason}; rebuilding`);
    }
  }
  if (corpus === null) corpus = streamed ?? Corpus.from(articles);
  ms.index += now() - t2;

  let cacheBytes = 0;
  if (!unchanged || reason !== undefined) {
    const t3 = now();
    try {
      cacheBytes = saveCache(cacheFile, key, corpusDir, results, corpus);
    } catch (err) {
      logger.warn({ file: displayPath(cacheFile) }, `index cache not saved: ${(err as Error).message}`);
    }
    ms.save = now() - t3;
  } else {
    cacheBytes = statSync(cacheFile, { throwIfNoEntry: false })?.size ?? 0;
  }
  ms.total = now() - t0;
  const status: CorpusLoadStats['cache'] =
    unchanged && reason === undefined ? 'hit' : reused > 0 ? 'partial' : 'miss';
  logger.info(
    { cache: status, reused, built, articles: corpus.size, ms: Math.round(ms.total) },
    status === 'hit' ? 'corpus restored from the index cache' : 'corpus indexed',
  );
  return {
    corpus,
    warnings,
    stats: {
      cache: status,
      ...(reason !== undefined && status !== 'hit' ? { reason } : {}),
      files: results.length,
      bytes,
      articles: corpus.size,
      sentences: corpus.sentenceCount,
      reusedFiles: reused,
      builtFiles: built,
      workers: pool.workers,
      cacheBytes,
      ms,
    },
  };
}

/** Writes the cache to a temporary file next to it, then renames it into place. */
function saveCache(
  cacheFile: string,
  key: string,
  corpusDir: string,
  results: readonly FileResult[],
  corpus: Corpus,
): number {
  mkdirSync(dirname(cacheFile), { recursive: true });
  removeLeftovers(cacheFile);
  const tmp = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
  const snapshot = corpus.snapshot();
  const all = results.flatMap((r) => r.articles);
  const enc = encodeArticles(all);
  const w = new SectionWriter(tmp);
  try {
    w.section('meta', Buffer.from(enc.meta, 'utf8'));
    const lengths = w.strings('texts', enc.texts);
    w.section('textLengths', Uint32Array.from(lengths));
    w.section('counts', enc.counts);
    w.section('paragraphLengths', enc.paragraphLengths);
    w.section('spans', enc.spans);
    w.section('ranges', snapshot.ranges);
    w.section('sentenceIndex', snapshot.sentenceIndex);
    w.section('titleIndex', snapshot.titleIndex);
    const header: CacheHeader = {
      key,
      corpusDir,
      files: results.map((r) => ({
        path: r.file.rel,
        size: r.file.size,
        mtimeMs: r.file.mtimeMs,
        warnings: r.warnings,
        articles: r.articles.length,
      })),
      corpus: { slots: snapshot.slots, ordinals: snapshot.ordinals, articles: snapshot.articles.length },
    };
    const size = w.finish(header);
    renameSync(tmp, cacheFile);
    return size;
  } catch (err) {
    w.abandon();
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to remove
    }
    throw err;
  }
}

/**
 * Housekeeping in the cache folder: temporary files of a process that died while saving (older
 * than ten minutes), and caches of corpus folders that no longer exist (test runs, moved corpora).
 */
function removeLeftovers(cacheFile: string): void {
  const dir = dirname(cacheFile);
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (!name.startsWith('corpus-') || full === cacheFile) continue;
    let stale = false;
    if (name.endsWith('.tmp')) {
      const age = Date.now() - (statSync(full, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      stale = age > 10 * 60_000;
    } else if (name.endsWith('.bin')) {
      const folder = corpusDirOf(full);
      stale = folder !== null && statSync(folder, { throwIfNoEntry: false }) === undefined;
    }
    if (!stale) continue;
    try {
      unlinkSync(full);
    } catch {
      // another process got there first
    }
  }
}

/** The corpus folder a cache file was made for, read from its header alone; null when unreadable. */
function corpusDirOf(file: string): string | null {
  const dir = headerOf(file)?.corpusDir;
  return typeof dir === 'string' ? dir : null;
}

/**
 * A cache file's header, read alone from the end of the file (unchecked: the whole file is checked
 * when it is used); null when it cannot be read.
 */
function headerOf(file: string): { key?: unknown; corpusDir?: unknown } | null {
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(16);
    if (size < 16 || readSync(fd, tail, 0, 16, size - 16) !== 16) return null;
    const length = tail.readUInt32LE(0);
    if (length > size - 16 || length > 64 * 1024 * 1024) return null;
    const json = Buffer.alloc(length);
    readSync(fd, json, 0, length, size - 16 - length);
    const header: unknown = JSON.parse(json.toString('utf8'));
    return typeof header === 'object' && header !== null ? header : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
