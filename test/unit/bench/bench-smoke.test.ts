import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTable, resultsSchema } from '../../../bench/results.js';
import { runBench } from '../../../bench/run.js';

const work = mkdtempSync(join(tmpdir(), 'briefbot-bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run bench, in small (100 articles)', () => {
  it('generates, measures in separate processes and writes results with every field sane', async () => {
    const out = join(work, 'results.json');
    const lines: string[] = [];
    const returned = await runBench({
      sizes: [100],
      out,
      queries: 12,
      budgetSeconds: 60,
      seed: 7,
      workdir: join(work, 'corpora'),
      log: (line) => lines.push(line),
    });
    const results = resultsSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(results).toEqual(returned);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.runs).toHaveLength(1);
    const run = results.runs[0]!;
    expect(run.size).toBe(100);
    expect(run.generated.articles).toBe(100);
    // ~600 words an article: a few kilobytes each.
    expect(run.generated.bytes / 100).toBeGreaterThan(2_000);
    expect(run.generated.bytes / 100).toBeLessThan(8_000);
    expect(run.floor.bytes).toBe(run.generated.bytes);
    expect(run.floor.splitMBps).toBeGreaterThan(0);

    // Every generated article loads (no duplicate ids, nothing skipped) and splits into sentences.
    expect(run.build.articles).toBe(100);
    expect(run.build.sentences).toBeGreaterThan(100 * 10);
    expect(run.build.loadCleanIndexMs).toBeGreaterThan(0);
    expect(run.build.ms.build).toBeGreaterThan(0);
    expect(run.build.cacheBytes).toBeGreaterThan(run.generated.bytes / 2);
    expect(run.build.peakRssMB).toBeGreaterThan(20);
    expect(run.build.incremental.searchable).toBe(true);

    // The restart used the persisted index and answers exactly as the fresh build did.
    expect(run.restart.cache).toBe('hit');
    expect(run.restart.ms.build).toBe(0);
    expect(run.restart.processReadyMs).toBeGreaterThan(run.restart.readyMs);
    expect(run.restart.firstAnswerMs).toBeGreaterThan(0);
    // As `npm start` does: every article (100 here, under the default limit) prepared in the background.
    expect(run.restart.preparedArticles).toBe(100);
    expect(run.restart.preparedMs).toBeGreaterThanOrEqual(run.restart.readyMs);
    expect(run.restart.readyRssMB).toBeLessThanOrEqual(run.restart.peakRssMB);
    expect(run.identical).toBe(true);
    for (const l of [
      run.restart.ask,
      run.restart.brief,
      run.restart.retrieveAsk,
      run.restart.retrieveBrief,
    ]) {
      expect(l.count + l.skipped).toBe(12);
      expect(l.count).toBeGreaterThan(0);
      expect(l.p50).toBeLessThanOrEqual(l.p95);
      expect(l.p95).toBeLessThanOrEqual(l.p99);
      expect(l.p99).toBeLessThanOrEqual(l.max);
    }
    // Targets are only stated for 10,000 and 100,000 articles.
    expect(run.targets).toEqual([]);

    const table = formatTable(results);
    expect(table).toMatch(/^\| articles \|/);
    expect(table).toMatch(/\n\| 100 \| 0 \|/);
    expect(lines.join('\n')).toMatch(/restart: .* \(hit\)/);
  }, 240_000);
});
