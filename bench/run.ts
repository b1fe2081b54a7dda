/**
 * `npm run bench [-- --sizes 1000,10000 --out bench/results.json --queries 200]`: for each size,
 * generates a synthetic corpus, then measures in fresh processes (peak RSS is per process): the
 * floor, the first build (load + clean + index, with the index cache saved), and a restart from
 * the persisted index with timed `ask` and `brief` calls through the real BriefingService (offline
 * writer). Prints a Markdown table and writes JSON. A full run (1k, 10k, 100k) takes about four
 * minutes on two cores once the corpora exist (generating them, 378 MB at 100k, comes on top the
 * first time, and `--workdir` keeps them for the next run); `--sizes 1000,10000` about 1.5.
 *
 * Options: --sizes a,b,c (or sizes as arguments) · --out <file> · --queries <n> (timed calls of
 * each kind, default 200) · --budget <seconds> (per kind of timed call, default 120; calls over it
 * are counted as skipped) · --seed <n> · --workdir <dir> (keep and reuse generated corpora there).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_SEED, type GeneratedCorpus, GENERATOR_VERSION, generateCorpus } from './generate.js';
import type { Task } from './measure.js';
import {
  type BenchResults,
  type BenchRun,
  buildSchema,
  checkTargets,
  floorSchema,
  formatTable,
  RESULT_MARKER,
  resultsSchema,
  serveSchema,
} from './results.js';

export interface BenchOptions {
  sizes: number[];
  out: string;
  queries: number;
  budgetSeconds: number;
  seed: number;
  /** Where corpora are generated (and reused across runs); a temporary folder, removed after, when absent. */
  workdir?: string;
  log?: (line: string) => void;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** Runs one measurement in a fresh Node process and returns its result. */
function inChild(task: Task): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(task)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARKER));
      if (code !== 0 || line === undefined) {
        reject(new Error(`${task.kind} measurement failed (exit ${code}):\n${stderr.slice(-4000)}`));
        return;
      }
      resolve(JSON.parse(line.slice(RESULT_MARKER.length)));
    });
  });
}

/** The corpus of one size: reused when the work folder already holds the same one. */
function corpusFor(
  dir: string,
  size: number,
  seed: number,
  log: (line: string) => void,
): GeneratedCorpus & { seconds: number } {
  const meta = join(dir, 'generated.json');
  if (existsSync(meta)) {
    const g = JSON.parse(readFileSync(meta, 'utf8')) as GeneratedCorpus;
    if (g.seed === seed && g.version === GENERATOR_VERSION && g.articles === size) {
      log(`  corpus: reusing ${g.articlesDir}`);
      return { ...g, seconds: 0 };
    }
  }
  mkdirSync(dir, { recursive: true });
  const t = performance.now();
  const g = generateCorpus({ dir, size, seed });
  const seconds = (performance.now() - t) / 1000;
  log(
    `  corpus: ${g.articles} articles, ${(g.bytes / 1e6).toFixed(1)} MB in ${g.files} files (${seconds.toFixed(1)} s)`,
  );
  return { ...g, seconds };
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const workdir = options.workdir ?? mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const runs: BenchRun[] = [];
  const cpu = cpus();
  const machine = {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  log(
    `briefbot bench: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB (${(freemem() / 2 ** 30).toFixed(1)} free), load ${machine.loadAverage.join(' ')}`,
  );
  try {
    for (const size of options.sizes) {
      log(`${size.toLocaleString('en-US')} articles`);
      const g = corpusFor(join(workdir, `corpus-${size}`), size, options.seed, log);
      const cacheDir = join(workdir, `index-cache-${size}`);
      rmSync(cacheDir, { recursive: true, force: true });
      const task = (kind: Task['kind']): Task => ({
        kind,
        articlesDir: g.articlesDir,
        topicsPath: g.topicsPath,
        queriesPath: g.queriesPath,
        extraPath: g.extraPath,
        cacheDir,
        queries: options.queries,
        budgetSeconds: options.budgetSeconds,
      });
      const floor = floorSchema.parse(await inChild(task('floor')));
      log(`  floor: read ${floor.readMBps.toFixed(0)} MB/s, split ${floor.splitMBps.toFixed(0)} MB/s`);
      const build = buildSchema.parse(await inChild(task('build')));
      log(
        `  build: ${(build.loadCleanIndexMs / 1000).toFixed(1)} s (${build.mbPerSec.toFixed(1)} MB/s), peak RSS ${Math.round(build.peakRssMB)} MB`,
      );
      const restart = serveSchema.parse(await inChild(task('serve')));
      log(
        `  restart: ${(restart.readyMs / 1000).toFixed(2)} s (${restart.cache}), prepared after ${(restart.preparedMs / 1000).toFixed(1)} s; ask p95 ${restart.ask.p95} ms, brief p95 ${restart.brief.p95} ms`,
      );
      const run = {
        size,
        generated: {
          articles: g.articles,
          stories: g.stories,
          files: g.files,
          bytes: g.bytes,
          seconds: g.seconds,
        },
        floor,
        build,
        restart,
        identical: build.answersDigest === restart.answersDigest,
      };
      runs.push({ ...run, targets: checkTargets(run) });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  } finally {
    if (options.workdir === undefined) rmSync(workdir, { recursive: true, force: true });
  }
  const results = resultsSchema.parse({
    version: 1,
    date: new Date().toISOString(),
    machine,
    seed: options.seed,
    queries: options.queries,
    budgetSeconds: options.budgetSeconds,
    runs,
  });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

function parseArgs(argv: string[]): BenchOptions | string {
  const opts: BenchOptions = {
    sizes: [],
    out: join(ROOT, 'bench', 'results.json'),
    queries: 200,
    budgetSeconds: 120,
    seed: DEFAULT_SEED,
  };
  const positive = (v: string | undefined, name: string): number | string => {
    const n = Number(v);
    return Number.isInteger(n) && n > 0 ? n : `--${name} needs a positive whole number`;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = argv[i + 1];
    const take = (name: string): number | string => {
      i++;
      return positive(value, name);
    };
    if (a === '--sizes') {
      i++;
      for (const part of (value ?? '').split(',')) {
        const n = positive(
          part.replace(/[_k]/gi, (m) => (m.toLowerCase() === 'k' ? '000' : '')),
          'sizes',
        );
        if (typeof n === 'string') return n;
        opts.sizes.push(n);
      }
    } else if (a === '--out') {
      if (!value) return '--out needs a file';
      opts.out = value;
      i++;
    } else if (a === '--workdir') {
      if (!value) return '--workdir needs a folder';
      opts.workdir = value;
      i++;
    } else if (a === '--queries' || a === '--budget' || a === '--seed') {
      const n = take(a.slice(2));
      if (typeof n === 'string') return n;
      if (a === '--queries') opts.queries = n;
      else if (a === '--budget') opts.budgetSeconds = n;
      else opts.seed = n;
    } else if (/^\d[\d_]*$/.test(a)) {
      opts.sizes.push(Number(a.replace(/_/g, '')));
    } else {
      return `unknown option ${a}`;
    }
  }
  if (opts.sizes.length === 0) opts.sizes = [1_000, 10_000, 100_000];
  return opts;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  if (typeof opts === 'string') {
    process.stderr.write(
      `${opts}\nusage: npm run bench -- [--sizes 1000,10000,100000] [--out file] [--queries n] [--budget seconds] [--seed n] [--workdir dir]\n`,
    );
    process.exitCode = 2;
    return;
  }
  const started = performance.now();
  const results = await runBench(opts);
  process.stdout.write(`\n${formatTable(results)}\n\n`);
  process.stdout.write(
    `${results.date.slice(0, 10)} · ${results.machine.cores} × ${results.machine.cpu} · Node ${results.machine.node} · ${((performance.now() - started) / 60000).toFixed(1)} min · JSON: ${opts.out}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  });
}
