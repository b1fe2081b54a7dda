/**
 * Reading, parsing and cleaning corpus files on every core. Cleaning is what a first build spends
 * its time on (about 2 MB/s per core on the benchmark machine, against 100+ MB/s for splitting the
 * same text into words), and files are independent, so batches go to worker threads and come back
 * in the cache's column form. Results are in file order and equal to building in the calling
 * thread; when workers cannot start (or one dies), the calling thread builds what is left.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from './article.js';
import { type BatchReply, WORKER_FLAG } from './corpus-build-worker.js';
import { buildFile, type CorpusFile, type FileArticles } from './corpus-files.js';
import { ArticleTable } from './article-columns.js';

export type BuiltFile = FileArticles | { error: string };

/** Below this many files a pool costs more (start-up, module loading) than it saves. */
const MIN_FILES_FOR_WORKERS = 200;
/** A batch: enough text to amortise a message, small enough to keep both cores busy to the end. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 400;

/** Worker threads to use by default: one per core, at most four (the main thread decodes). */
export function defaultWorkers(): number {
  return Math.min(availableParallelism(), 4);
}

/**
 * Builds every file; `workers` says how many worker threads delivered (0: all in this thread).
 * `onBuilt`, when given, is called for each file in file order as soon as it and every file before
 * it are built, so the caller can index them while the workers clean the rest.
 */
export async function buildFiles(
  files: readonly CorpusFile[],
  workers = defaultWorkers(),
  onBuilt?: (index: number, built: BuiltFile) => void,
): Promise<{ built: BuiltFile[]; workers: number }> {
  const results: (BuiltFile | undefined)[] = new Array<BuiltFile | undefined>(files.length).fill(undefined);
  let emitted = 0;
  const emitReady = () => {
    while (emitted < files.length && results[emitted] !== undefined) {
      onBuilt?.(emitted, results[emitted]!);
      emitted++;
    }
  };
  let used = 0;
  if (workers > 1 && files.length >= MIN_FILES_FOR_WORKERS)
    used = await inWorkers(files, workers, results, emitReady);
  // Whatever the workers did not build (none started, one failed), in this thread.
  for (let i = 0; i < files.length; i++) {
    results[i] ??= await buildFile(files[i]!.full);
    emitReady();
  }
  return { built: results as BuiltFile[], workers: used };
}

interface Batch {
  start: number;
  end: number;
}

function batchesOf(files: readonly CorpusFile[]): Batch[] {
  const out: Batch[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < files.length; i++) {
    bytes += Math.max(files[i]!.size, 0);
    if (bytes >= BATCH_BYTES || i + 1 - start >= BATCH_FILES) {
      out.push({ start, end: i + 1 });
      start = i + 1;
      bytes = 0;
    }
  }
  if (start < files.length) out.push({ start, end: files.length });
  return out;
}

/** Runs the batches on up to `count` workers; resolves with how many of them delivered. */
function inWorkers(
  files: readonly CorpusFile[],
  count: number,
  results: (BuiltFile | undefined)[],
  delivered: () => void,
): Promise<number> {
  const queue = batchesOf(files);
  const deliveredBy = new Set<Worker>();
  return new Promise((resolve) => {
    let running = 0;
    const done = () => {
      if (--running === 0) resolve(deliveredBy.size);
    };
    for (let w = 0; w < Math.min(count, queue.length); w++) {
      const worker = startWorker();
      if (worker === null) break;
      running++;
      // Two batches in flight per worker: it starts the next one while this thread decodes the last.
      const inFlight: Batch[] = [];
      const send = () => {
        const batch = queue.shift();
        if (batch === undefined) return;
        inFlight.push(batch);
        worker.postMessage({
          id: batch.start,
          files: files.slice(batch.start, batch.end).map((f) => f.full),
        });
      };
      worker.on('message', (reply: BatchReply | { id: number; failed: string }) => {
        const batch = inFlight.shift();
        send();
        if (inFlight.length === 0) void worker.terminate();
        if (batch !== undefined && !('failed' in reply)) {
          decodeInto(files, batch, reply, results);
          deliveredBy.add(worker);
          delivered();
        }
      });
      // A worker that cannot start or dies leaves its batches to the calling thread.
      worker.on('error', () => undefined);
      worker.on('exit', done);
      send();
      send();
    }
    if (running === 0) resolve(0);
  });
}

/** Articles of a batch reply, back as Articles with their paths, into the results. */
function decodeInto(
  files: readonly CorpusFile[],
  batch: Batch,
  reply: BatchReply,
  results: (BuiltFile | undefined)[],
): void {
  const table = new ArticleTable(
    JSON.parse(reply.meta),
    Buffer.from(reply.texts.buffer, reply.texts.byteOffset, reply.texts.byteLength),
    reply.textLengths,
    reply.counts,
    reply.paragraphLengths,
    reply.spans,
  );
  let k = 0;
  reply.outcomes.forEach((outcome, j) => {
    const i = batch.start + j;
    if ('error' in outcome) {
      results[i] = outcome;
      return;
    }
    const path = files[i]!.shown;
    const articles: Article[] = [];
    for (let n = 0; n < outcome.articles; n++) articles.push(table.article(k++, path));
    results[i] = { articles, warnings: outcome.warnings };
  });
}

/**
 * A pool worker. From compiled JavaScript the worker file runs as is; from TypeScript sources (tsx,
 * vitest) the worker first registers tsx's loader, which the main thread's hooks do not reach.
 */
function startWorker(): Worker | null {
  const self = import.meta.url;
  const options = { workerData: { [WORKER_FLAG]: true } };
  try {
    if (!self.endsWith('.ts')) return new Worker(new URL('./corpus-build-worker.js', self), options);
    const api = tsxLoaderApi();
    if (api === null) return null;
    const entry = new URL('./corpus-build-worker.ts', self).href;
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { ...options, eval: true });
  } catch {
    return null;
  }
}

function tsxLoaderApi(): string | null {
  try {
    const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
    const api = join(dirname(pkg), 'dist', 'esm', 'api', 'index.mjs');
    return existsSync(api) ? pathToFileURL(api).href : null;
  } catch {
    return null;
  }
}
