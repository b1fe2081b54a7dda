/**
 * Worker thread of the build pool (corpus-build-pool.ts): reads, parses and cleans a batch of
 * corpus files and posts the articles back in the cache's column form (one UTF-8 buffer and a few
 * typed arrays, transferred, not copied), so the main thread rebuilds them as slices of one string
 * per article instead of receiving millions of small cloned objects.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from './article.js';
import { buildFileSync } from './corpus-files.js';
import { encodeArticles } from './article-columns.js';

export interface BatchRequest {
  id: number;
  files: string[];
}

export type FileOutcome = { warnings: string[]; articles: number } | { error: string };

export interface BatchReply {
  id: number;
  outcomes: FileOutcome[];
  meta: string;
  texts: Uint8Array;
  textLengths: Uint32Array;
  counts: Uint32Array;
  paragraphLengths: Uint32Array;
  spans: Uint32Array;
}

/** Builds and encodes one batch (also used in-thread by the tests). */
export function buildBatch(request: BatchRequest): BatchReply {
  const outcomes: FileOutcome[] = [];
  const articles: Article[] = [];
  for (const file of request.files) {
    const built = buildFileSync(file);
    if ('error' in built) {
      outcomes.push(built);
      continue;
    }
    outcomes.push({ warnings: built.warnings, articles: built.articles.length });
    articles.push(...built.articles);
  }
  const enc = encodeArticles(articles);
  // One buffer written text by text (a buffer per article cost more than the encoding itself),
  // of its own (not a slice of Node's shared pool), so it can be transferred as it is.
  const textLengths = Uint32Array.from(enc.texts, (t) => Buffer.byteLength(t, 'utf8'));
  let total = 0;
  for (const n of textLengths) total += n;
  const texts = Buffer.allocUnsafeSlow(total);
  let at = 0;
  for (const t of enc.texts) at += texts.write(t, at, 'utf8');
  return {
    id: request.id,
    outcomes,
    meta: enc.meta,
    texts,
    textLengths,
    counts: enc.counts,
    paragraphLengths: enc.paragraphLengths,
    spans: enc.spans,
  };
}

/** Set in workerData by the pool, so importing this module elsewhere (even in a worker) does nothing. */
export const WORKER_FLAG = 'briefbotCorpusBuildWorker';

const isPoolWorker =
  parentPort !== null && typeof workerData === 'object' && workerData !== null && WORKER_FLAG in workerData;

if (isPoolWorker)
  parentPort!.on('message', (request: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = buildBatch(request);
    } catch (err) {
      parentPort!.postMessage({ id: request.id, failed: (err as Error).message });
      return;
    }
    const transfer = [reply.textLengths, reply.counts, reply.paragraphLengths, reply.spans].map(
      (a) => a.buffer as ArrayBuffer,
    );
    // Buffer.concat may hand out a slice of a shared pool: copy small ones so the transfer is whole.
    const texts =
      reply.texts.byteOffset === 0 && reply.texts.byteLength === reply.texts.buffer.byteLength
        ? reply.texts
        : new Uint8Array(reply.texts);
    parentPort!.postMessage({ ...reply, texts }, [...transfer, texts.buffer as ArrayBuffer]);
  });
