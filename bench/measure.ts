/**
 * The measurements, each meant to run in a fresh process (bench/child.ts) so that peak RSS is its
 * own: the floor (read the bytes; a bare lowercase-and-split pass), the first build through the
 * real start-up path (openBriefbot with an empty index cache), and a restart from the persisted
 * index followed by timed `ask` and `brief` calls through the real BriefingService (offline
 * writer), plus retrieval alone for comparison.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { openBriefbot } from '../src/app/open-core.js';
import { DEFAULT_PREPARED_ARTICLES } from '../src/briefing/prepare.js';
import { searchQuery, searchTopic } from '../src/briefing/question/retrieve.js';
import { buildArticle } from '../src/corpus/build-article.js';
import { Corpus } from '../src/corpus/corpus.js';
import { listCorpusFiles, parseArticleFile } from '../src/corpus/corpus-files.js';
import { scanWords } from '../src/corpus/tokenize.js';
import type { BenchQueries } from './generate.js';
import { type Latency, summarize } from './results.js';

export interface Task {
  kind: 'floor' | 'build' | 'serve';
  articlesDir: string;
  topicsPath: string;
  queriesPath: string;
  extraPath: string;
  cacheDir: string;
  /** Timed calls of each kind. */
  queries: number;
  /** Seconds each kind of timed call may take in all; the rest is skipped (and counted). */
  budgetSeconds: number;
}

const peakRssMB = () => process.resourceUsage().maxRSS / 1024;
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (Math.max(ms, 0.001) / 1000);

/** Reading the corpus files and a bare tokenization pass over the same text. */
/** The median of three timed runs of `pass`, in milliseconds. */
function medianOf3(pass: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    pass();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[1]!;
}

export function measureFloor(task: Task) {
  const { files } = listCorpusFiles(task.articlesDir);
  const t = performance.now();
  const texts = files.map((f) => readFileSync(f.full, 'utf8'));
  const readMs = performance.now() - t;
  const bytes = files.reduce((n, f) => n + f.size, 0);
  // Each pass three times, the median kept: one pass of a few hundred milliseconds swings by a
  // quarter with a collection or a neighbour's burst, and the target is a tenth of this figure.
  let tokens = 0;
  const splitMs = medianOf3(() => {
    tokens = 0;
    for (const text of texts) tokens += text.toLowerCase().split(/[^a-z0-9]+/).length;
  });
  let scanned = 0;
  const scanMs = medianOf3(() => {
    scanned = 0;
    for (const text of texts) scanWords(text, () => scanned++);
  });
  if (tokens === 0 || scanned === 0) throw new Error('floor: the corpus has no words');
  return {
    bytes,
    files: files.length,
    readMBps: mbps(bytes, readMs),
    splitMBps: mbps(bytes, splitMs),
    scanMBps: mbps(bytes, scanMs),
    peakRssMB: peakRssMB(),
  };
}

function readQueries(task: Task): { asks: string[]; briefs: string[] } {
  const q = JSON.parse(readFileSync(task.queriesPath, 'utf8')) as BenchQueries;
  const briefs = Array.from({ length: Math.max(task.queries, 1) }, (_, i) => q.briefs[i % q.briefs.length]!);
  return { asks: q.asks.slice(0, task.queries), briefs };
}

/** The few answers both processes give, hashed: a restored corpus must answer byte for byte alike. */
const DIGEST_ASKS = 8;
const DIGEST_BRIEFS = 3;

type Api = Awaited<ReturnType<typeof openBriefbot>>['api'];

async function answersDigest(api: Api, queries: { asks: string[]; briefs: string[] }): Promise<string> {
  const h = createHash('sha256');
  for (const question of queries.asks.slice(0, DIGEST_ASKS))
    h.update(JSON.stringify(await api.ask({ question })));
  for (const topic of queries.briefs.slice(0, DIGEST_BRIEFS))
    h.update(JSON.stringify(await api.brief({ topic })));
  return h.digest('hex');
}

/** The first build through openBriefbot (empty cache folder: load, clean, index, save). */
export async function measureBuild(task: Task) {
  const cpu0 = process.cpuUsage();
  const bot = await openBriefbot({
    corpusDir: task.articlesDir,
    db: ':memory:',
    topicsPath: task.topicsPath,
    indexCache: task.cacheDir,
  });
  const cpu = process.cpuUsage(cpu0);
  const stats = bot.load;
  if (stats.cache !== 'miss') throw new Error(`build: expected an empty index cache, got "${stats.cache}"`);
  const peak = peakRssMB();
  const loadCleanIndexMs = stats.ms.total - stats.ms.save;

  const digest = await answersDigest(bot.api, readQueries(task));

  // One more article, added to the live corpus (what ingestion does), against re-indexing them all.
  const parsed = parseArticleFile(task.extraPath, readFileSync(task.extraPath));
  const raw = parsed.articles[0];
  if (!raw) throw new Error(`build: ${task.extraPath} has no article`);
  let t = performance.now();
  const article = buildArticle(raw);
  bot.corpus.add(article);
  const addMs = performance.now() - t;
  const [hit] = bot.corpus.search(article.sentences[0]?.text ?? article.title, 1);
  const all = bot.corpus.articles();
  t = performance.now();
  Corpus.from(all);
  const rebuildIndexMs = performance.now() - t;
  await bot.close();
  return {
    cache: 'miss' as const,
    articles: stats.articles,
    sentences: stats.sentences,
    ms: stats.ms,
    loadCleanIndexMs,
    // All threads of the process: with worker threads cleaning, more than the wall time.
    cpuMs: (cpu.user + cpu.system) / 1000,
    workers: stats.workers,
    mbPerSec: mbps(stats.bytes, loadCleanIndexMs),
    cacheBytes: stats.cacheBytes,
    peakRssMB: peak,
    incremental: { addMs, searchable: hit?.article.id === article.id, rebuildIndexMs },
    answersDigest: digest,
  };
}

/** Times `run` over `inputs` until the budget is spent. */
async function timed<T>(
  inputs: readonly T[],
  budgetMs: number,
  run: (input: T) => unknown,
): Promise<Latency> {
  const samples: number[] = [];
  const started = performance.now();
  for (const input of inputs) {
    if (performance.now() - started > budgetMs) break;
    const t = performance.now();
    await run(input);
    samples.push(performance.now() - t);
  }
  return summarize(samples, inputs.length - samples.length);
}

/** A restart from the persisted index, then the timed calls. */
export async function measureServe(task: Task) {
  const queries = readQueries(task);
  const t0 = performance.now();
  const bot = await openBriefbot({
    corpusDir: task.articlesDir,
    db: ':memory:',
    topicsPath: task.topicsPath,
    indexCache: task.cacheDir,
    // As `npm start` does (BRIEFBOT_PREPARE_ARTICLES): articles analysed in the background.
    prepareArticles: DEFAULT_PREPARED_ARTICLES,
  });
  // Ready as /readyz means it: corpus loaded and store open, able to answer.
  const readyMs = performance.now() - t0;
  // performance.now() counts from the process's start.
  const processReadyMs = performance.now();
  const readyRssMB = peakRssMB();
  const t1 = performance.now();
  const first = await bot.api.ask({ question: queries.asks[0] ?? 'news' });
  const firstAnswerMs = performance.now() - t1;
  if (!first.ok) throw new Error(`serve: the first question failed: ${first.error.message}`);
  // The timed calls measure the bot once its background preparation is over (it answers
  // meanwhile, as the first question shows); how long that takes is reported with them.
  const prepared = await bot.prepared;
  const preparedMs = performance.now() - t0;

  const digest = await answersDigest(bot.api, queries);
  // Warm-up: the first calls of each kind compile the hot paths.
  for (const question of queries.asks.slice(0, 10)) searchQuery(bot.corpus, question);
  const budget = task.budgetSeconds * 1000;
  const ask = await timed(queries.asks, budget, (question) => bot.api.ask({ question }));
  const brief = await timed(queries.briefs, budget, (topic) => bot.api.brief({ topic }));
  const topics = new Map(bot.topics().map((t) => [t.slug, t]));
  const retrieveAsk = await timed(queries.asks, budget, (question) => searchQuery(bot.corpus, question));
  const retrieveBrief = await timed(queries.briefs, budget, (slug) =>
    searchTopic(bot.corpus, topics.get(slug)!),
  );
  await bot.close();
  return {
    cache: bot.load.cache,
    readyMs,
    processReadyMs,
    firstAnswerMs,
    preparedMs,
    preparedArticles: prepared.articles,
    readyRssMB,
    ms: bot.load.ms,
    peakRssMB: peakRssMB(),
    ask,
    brief,
    retrieveAsk,
    retrieveBrief,
    answersDigest: digest,
  };
}
