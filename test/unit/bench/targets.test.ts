import { describe, expect, it } from 'vitest';
import { type BenchRun, checkTargets, type Latency } from '../../../bench/results.js';

const latency = (p95: number): Latency => ({ count: 200, skipped: 0, p50: p95 / 2, p95, p99: p95, max: p95 });
const ms = { list: 1, readCache: 1, build: 1, decode: 1, index: 1, save: 1, total: 6 };

/** A run of `size` articles with the figures that matter to the targets. */
function run(
  size: number,
  f: {
    ask?: number;
    brief?: number;
    buildMBps?: number;
    splitMBps?: number;
    buildMs?: number;
    buildRss?: number;
    serveRss?: number;
    readyMs?: number;
  },
): Omit<BenchRun, 'targets'> {
  return {
    size,
    generated: { articles: size, stories: size / 2, files: size, bytes: size * 3800, seconds: 1 },
    floor: {
      bytes: size * 3800,
      files: size,
      readMBps: 140,
      splitMBps: f.splitMBps ?? 60,
      scanMBps: 60,
      peakRssMB: 200,
    },
    build: {
      cache: 'miss',
      articles: size,
      sentences: size * 30,
      ms,
      loadCleanIndexMs: f.buildMs ?? 1000,
      cpuMs: 1000,
      workers: 2,
      mbPerSec: f.buildMBps ?? 10,
      cacheBytes: 1,
      peakRssMB: f.buildRss ?? 400,
      incremental: { addMs: 20, searchable: true, rebuildIndexMs: 1000 },
      answersDigest: 'x',
    },
    restart: {
      cache: 'hit',
      readyMs: f.readyMs ?? 500,
      processReadyMs: 900,
      firstAnswerMs: 50,
      preparedMs: 900,
      preparedArticles: size,
      readyRssMB: 300,
      ms,
      peakRssMB: f.serveRss ?? 500,
      ask: latency(f.ask ?? 10),
      brief: latency(f.brief ?? 30),
      retrieveAsk: latency(5),
      retrieveBrief: latency(15),
      answersDigest: 'x',
    },
    identical: true,
  };
}

const met = (targets: ReturnType<typeof checkTargets>) =>
  Object.fromEntries(targets.map((t) => [t.name, t.met]));

describe('checkTargets (issue 9)', () => {
  it('checks the 10,000-article targets, the build against a tenth of the split floor', () => {
    expect(met(checkTargets(run(10_000, {})))).toEqual({
      'ask p95': true,
      'brief p95': true,
      'load+clean+index': true,
      'restart (persisted index)': true,
    });
    const missed = checkTargets(
      run(10_000, { ask: 20, brief: 50, buildMBps: 5.9, splitMBps: 60, readyMs: 2000 }),
    );
    expect(met(missed)).toEqual({
      'ask p95': false,
      'brief p95': false,
      'load+clean+index': false,
      'restart (persisted index)': false,
    });
    expect(missed.find((t) => t.name === 'load+clean+index')!.target).toBe('>= 6.0 MB/s (1/10 of split)');
  });

  it('counts the peak RSS of both processes at 100,000 articles', () => {
    const ok = checkTargets(run(100_000, { buildMs: 80_000, buildRss: 1500, serveRss: 2900, readyMs: 4000 }));
    expect(ok.every((t) => t.met)).toBe(true);
    const answeringTooBig = checkTargets(
      run(100_000, { buildMs: 80_000, buildRss: 1500, serveRss: 3100, readyMs: 4000 }),
    );
    const rss = answeringTooBig.find((t) => t.name.startsWith('peak RSS'))!;
    expect(rss.met).toBe(false);
    expect(rss.measured).toBe('3.03 GiB');
  });

  it('names no targets for other sizes', () => {
    expect(checkTargets(run(1000, {}))).toEqual([]);
  });
});
