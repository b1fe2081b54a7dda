/**
 * The shape of bench/results.json (zod: it is read back by the smoke test and by anyone comparing
 * runs), the latency summary, and the targets of issue 9 checked against a run.
 */
import { z } from 'zod';

/** How a measurement process marks its result line on stdout. */
export const RESULT_MARKER = 'BENCH_RESULT ';

export const latencySchema = z.object({
  count: z.number().int().nonnegative(),
  /** Queries not run because the time budget ran out. */
  skipped: z.number().int().nonnegative(),
  p50: z.number().nonnegative(),
  p95: z.number().nonnegative(),
  p99: z.number().nonnegative(),
  max: z.number().nonnegative(),
});
export type Latency = z.infer<typeof latencySchema>;

export const floorSchema = z.object({
  bytes: z.number().int().positive(),
  files: z.number().int().positive(),
  readMBps: z.number().positive(),
  /** text.toLowerCase().split(/[^a-z0-9]+/): the bare tokenization pass. */
  splitMBps: z.number().positive(),
  /** The project's own tokenizer (scanWords) over the same text, for reference. */
  scanMBps: z.number().positive(),
  peakRssMB: z.number().positive(),
});

const loadMsSchema = z.object({
  list: z.number(),
  readCache: z.number(),
  build: z.number(),
  decode: z.number(),
  index: z.number(),
  save: z.number(),
  total: z.number(),
});

export const buildSchema = z.object({
  cache: z.literal('miss'),
  articles: z.number().int().positive(),
  sentences: z.number().int().positive(),
  ms: loadMsSchema,
  /** Load + clean + index, the cache save left out. */
  loadCleanIndexMs: z.number().positive(),
  /** CPU time of the process while opening (all threads, the cache save included). */
  cpuMs: z.number().nonnegative(),
  /** Worker threads that cleaned files. */
  workers: z.number().int().nonnegative(),
  mbPerSec: z.number().positive(),
  cacheBytes: z.number().int().positive(),
  peakRssMB: z.number().positive(),
  incremental: z.object({
    /** buildArticle + Corpus.add of one new article. */
    addMs: z.number().nonnegative(),
    /** The added article is found by its own first sentence. */
    searchable: z.boolean(),
    /** Re-indexing every article (Corpus.from), for comparison. */
    rebuildIndexMs: z.number().positive(),
  }),
  answersDigest: z.string(),
});

export const serveSchema = z.object({
  cache: z.enum(['hit', 'partial', 'miss', 'off']),
  /** openBriefbot with the persisted index until it can answer (corpus loaded, store open: /readyz). */
  readyMs: z.number().positive(),
  /** The same from the process's start (Node, tsx and module loading included). */
  processReadyMs: z.number().positive(),
  /** The first question after that (cold code paths, background preparation under way). */
  firstAnswerMs: z.number().positive(),
  /** From opening until the background preparation of articles was over (timed calls start then). */
  preparedMs: z.number().nonnegative(),
  preparedArticles: z.number().int().nonnegative(),
  /** Peak RSS once ready, before any question. */
  readyRssMB: z.number().positive(),
  ms: loadMsSchema,
  peakRssMB: z.number().positive(),
  ask: latencySchema,
  brief: latencySchema,
  /** Retrieval alone (searchQuery / searchTopic), without writing and annotating the answer. */
  retrieveAsk: latencySchema,
  retrieveBrief: latencySchema,
  answersDigest: z.string(),
});

export const targetSchema = z.object({
  name: z.string(),
  target: z.string(),
  measured: z.string(),
  met: z.boolean(),
});
export type Target = z.infer<typeof targetSchema>;

export const runSchema = z.object({
  size: z.number().int().positive(),
  generated: z.object({
    articles: z.number().int().positive(),
    stories: z.number().int().positive(),
    files: z.number().int().positive(),
    bytes: z.number().int().positive(),
    seconds: z.number().nonnegative(),
  }),
  floor: floorSchema,
  build: buildSchema,
  restart: serveSchema,
  /** Answers after a restart from the persisted index equal those of the fresh build. */
  identical: z.boolean(),
  targets: z.array(targetSchema),
});
export type BenchRun = z.infer<typeof runSchema>;

export const resultsSchema = z.object({
  version: z.literal(1),
  date: z.string(),
  machine: z.object({
    cpu: z.string(),
    cores: z.number().int().positive(),
    memoryGiB: z.number().positive(),
    os: z.string(),
    node: z.string(),
    loadAverage: z.array(z.number()),
  }),
  seed: z.number().int(),
  queries: z.number().int().positive(),
  budgetSeconds: z.number().positive(),
  runs: z.array(runSchema),
});
export type BenchResults = z.infer<typeof resultsSchema>;

/** Nearest-rank percentiles of latencies in milliseconds. */
export function summarize(samples: readonly number[], skipped: number): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: sorted.length,
    skipped,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US')} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;

/** Issue 9's targets (2 cores, offline writer) for the sizes it names. */
export function checkTargets(run: Omit<BenchRun, 'targets'>): Target[] {
  const t = (name: string, target: string, measured: string, met: boolean): Target => ({
    name,
    target,
    measured,
    met,
  });
  const out: Target[] = [];
  if (run.size === 10_000) {
    out.push(
      t('ask p95', '< 20 ms', ms(run.restart.ask.p95), run.restart.ask.count > 0 && run.restart.ask.p95 < 20),
    );
    out.push(
      t(
        'brief p95',
        '< 50 ms',
        ms(run.restart.brief.p95),
        run.restart.brief.count > 0 && run.restart.brief.p95 < 50,
      ),
    );
    const floor = run.floor.splitMBps / 10;
    out.push(
      t(
        'load+clean+index',
        `>= ${floor.toFixed(1)} MB/s (1/10 of split)`,
        `${run.build.mbPerSec.toFixed(1)} MB/s`,
        run.build.mbPerSec >= floor,
      ),
    );
    out.push(t('restart (persisted index)', '< 2 s', s(run.restart.readyMs), run.restart.readyMs < 2000));
  }
  if (run.size === 100_000) {
    out.push(t('first build', '< 90 s', s(run.build.loadCleanIndexMs), run.build.loadCleanIndexMs < 90_000));
    // Both processes count: the first build's, and the restarted one's after its timed answers.
    const peak = Math.max(run.build.peakRssMB, run.restart.peakRssMB);
    out.push(
      t('peak RSS (build; restart + answers)', '< 3 GiB', `${(peak / 1024).toFixed(2)} GiB`, peak < 3072),
    );
    out.push(t('restart (persisted index)', '< 5 s', s(run.restart.readyMs), run.restart.readyMs < 5000));
  }
  return out;
}

/** The results as a Markdown table (one row per size), then the targets. */
export function formatTable(results: BenchResults): string {
  const lines = [
    '| articles | MB | read MB/s | split MB/s | build (load+clean+index) | build MB/s | peak RSS (build) | restart (index cache) | prepared (background) | RSS restart: ready / after queries | ask p50/p95/p99 | brief p50/p95/p99 | retrieval only: ask p95 / brief p95 | add 1 article (vs re-index) | same answers |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | --- | --- | :---: |',
  ];
  const lat = (l: Latency) =>
    l.count === 0
      ? 'not run'
      : `${l.p50.toFixed(1)} / ${l.p95.toFixed(1)} / ${l.p99.toFixed(1)} ms (n=${l.count}${l.skipped ? `, ${l.skipped} over budget` : ''})`;
  for (const r of results.runs) {
    lines.push(
      [
        '',
        r.size.toLocaleString('en-US'),
        (r.generated.bytes / 1e6).toFixed(0),
        r.floor.readMBps.toFixed(0),
        r.floor.splitMBps.toFixed(0),
        s(r.build.loadCleanIndexMs),
        r.build.mbPerSec.toFixed(1),
        `${Math.round(r.build.peakRssMB)} MB`,
        `${s(r.restart.readyMs)} (${r.restart.cache}; 1st answer +${s(r.restart.firstAnswerMs)})`,
        `${s(r.restart.preparedMs)} (${r.restart.preparedArticles.toLocaleString('en-US')} articles)`,
        `${Math.round(r.restart.readyRssMB)} / ${Math.round(r.restart.peakRssMB)} MB`,
        lat(r.restart.ask),
        lat(r.restart.brief),
        `${r.restart.retrieveAsk.p95.toFixed(1)} / ${r.restart.retrieveBrief.p95.toFixed(1)} ms`,
        `${ms(r.build.incremental.addMs)} (${ms(r.build.incremental.rebuildIndexMs)})`,
        r.identical ? 'yes' : 'NO',
        '',
      ]
        .join(' | ')
        .trim(),
    );
  }
  const targets = results.runs.flatMap((r) => r.targets.map((t) => ({ size: r.size, ...t })));
  if (targets.length > 0) {
    lines.push('', '| size | target | goal | measured | met |', '| ---: | --- | --- | --- | :---: |');
    for (const t of targets) {
      lines.push(
        `| ${t.size.toLocaleString('en-US')} | ${t.name} | ${t.target} | ${t.measured} | ${t.met ? 'yes' : 'no'} |`,
      );
    }
  }
  return lines.join('\n');
}
