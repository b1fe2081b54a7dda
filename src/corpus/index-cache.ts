/**
 * The index cache file (BRIEFBOT_INDEX_CACHE): the built corpus (cleaned articles, sentence
 * and title indexes, ordinal table) saved in one file per corpus folder, keyed by a manifest of the
 * corpus files (path, size, mtime) and by the version of everything that turns files into an index
 * (cache format, tokenizer, the corpus code itself, the ICU/Node the sentence splitter runs on).
 *
 * How load-corpus.ts uses it: an unchanged folder restores the saved index without reading one
 * article file; a changed folder reuses the saved articles of unchanged files, cleans only the rest,
 * re-indexes and saves again. A missing, damaged or outdated cache is ignored (with a warning) and rebuilt; saving
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
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Article } from './article.js';
import { ArticleTable, encodeArticles } from './article-columns.js';
import { NATIVE_LITTLE_ENDIAN, SectionReader, SectionWriter } from './codec.js';
import { Corpus } from './corpus.js';
import type { CorpusFile, FileArticles } from './corpus-files.js';
import { SearchIndex } from './search-index.js';
import { TOKENIZER_VERSION } from './tokenize.js';

/** Bump when the file layout changes. */
export const CACHE_FORMAT = 1;

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

/** Whether a cache can be used here: little-endian only (typed arrays are saved as they sit in memory). */
export function cacheUsable(): boolean {
  return NATIVE_LITTLE_ENDIAN;
}

/** A file's entry in the cache, and where its first article is in the article table. */
export interface CachedFile {
  entry: CacheHeader['files'][number];
  first: number;
}

/** A cache file read and checked, before any of its articles or indexes are decoded. */
export interface OpenCache {
  header: CacheHeader;
  /** rel path -> entry and its first article in the table. */
  byPath: Map<string, CachedFile>;
  /** The cached articles of one file, with `path` as their path (paths depend on the working directory). */
  articlesOf(file: CachedFile, path: string): Article[];
  /** The saved sentence and title indexes (throws when they cannot be read). */
  indexes(): { sentence: SearchIndex; title: SearchIndex };
  /** The saved corpus around `articles` (every cached article, in order) and its indexes. */
  restore(articles: Article[], indexes: { sentence: SearchIndex; title: SearchIndex }): Corpus;
}

/** Reads and checks a cache file; a reason instead when there is none or it cannot be used. */
export function readCache(
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
    const byPath = new Map<string, CachedFile>();
    let first = 0;
    for (const entry of header.files) {
      byPath.set(entry.path, { entry, first });
      first += entry.articles;
    }
    if (first !== table.size) throw new Error('file entries and articles differ in number');
    const cache: OpenCache = {
      header,
      byPath,
      articlesOf(hit, path) {
        const list: Article[] = [];
        for (let i = 0; i < hit.entry.articles; i++) list.push(table.article(hit.first + i, path));
        return list;
      },
      indexes: () => ({
        sentence: SearchIndex.fromBuffer(reader.bytes('sentenceIndex')),
        title: SearchIndex.fromBuffer(reader.bytes('titleIndex')),
      }),
      restore: (articles, indexes) =>
        Corpus.restore({
          articles,
          ranges: reader.int32s('ranges'),
          slots: header.corpus.slots,
          ordinals: header.corpus.ordinals,
          sentenceIndex: indexes.sentence,
          titleIndex: indexes.title,
        }),
    };
    return { cache };
  } catch (err) {
    return { reason: `unreadable (${(err as Error).message})`, damaged: true };
  }
}

/** One file taken into the corpus, as the next cache records it. */
export interface FileResult extends FileArticles {
  file: CorpusFile;
}

/** The size of the cache file in place (a restart that restored it saves nothing). */
export function savedCacheBytes(cacheFile: string): number {
  return statSync(cacheFile, { throwIfNoEntry: false })?.size ?? 0;
}

/** Writes the cache to a temporary file next to it, then renames it into place. */
export function saveCache(
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
