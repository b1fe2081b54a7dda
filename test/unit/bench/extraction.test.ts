/**
 * eval:extraction's metric is the benchmark's (evaluate.py): multisets of 4-token shingles, counts
 * normalised per page, means of per-page precision and recall, F1 of the means.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestOnce, pageF1, scoresOf, shingleCounts } from '../../../bench/extraction.js';

const work = mkdtempSync(join(tmpdir(), 'briefbot-extraction-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the benchmark metric', () => {
  it('counts shared, extra and missing shingles, normalised to sum to 1', () => {
    // Truth: a b c d e (2 shingles); prediction: a b c d x (2 shingles, 1 shared).
    expect(shingleCounts('a b c d e', 'a b c d x')).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(shingleCounts('Same text, here now.', 'same text here now')).toEqual([0, 0.5, 0.5]);
    expect(shingleCounts('one two', 'one two')).toEqual([1, 0, 0]);
    expect(shingleCounts('', '')).toEqual([0, 0, 0]);
    // Repeats count as often as they occur.
    expect(shingleCounts('a b c d', 'a b c d. a b c d')[1]).toBeGreaterThan(0);
  });

  it('averages precision and recall over pages and takes F1 of the means', () => {
    const perfect = shingleCounts('a b c d e', 'a b c d e');
    const half = shingleCounts('a b c d e f', 'a b c d');
    const s = scoresOf([perfect, half]);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo((1 + 1 / 3) / 2, 10);
    expect(s.f1).toBeCloseTo((2 * s.precision * s.recall) / (s.precision + s.recall), 10);
    expect(pageF1(perfect)).toBe(1);
  });
});

describe('what ingestion writes and the corpus loads', () => {
  it('goes through extraction, the article file and the cleaner', async () => {
    const paras = [
      'The council met on Tuesday and agreed the harbour budget after a long debate about roads and schools.',
      'Fishermen had asked for a new breakwater since the storms of last winter damaged the old one.',
      'The mayor said work would begin in spring and should be finished before the tourist season.',
      'Opposition members voted against, saying the money would be better spent on the hospital.',
    ];
    const html = `<html><head><title>Harbour budget agreed</title></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour budget agreed</h1>${paras.map((p) => `<p>${p}</p>`).join('')}<p>Advertisement</p></article></body></html>`;
    const r = await ingestOnce(Buffer.from(html), 'https://news.example/harbour', work);
    expect(r.failure).toBeNull();
    expect(r.written).toContain(paras[3]);
    expect(r.loaded).toContain(paras[0]);
    expect(r.loaded).not.toContain('Advertisement');
    expect(existsSync(join(work, 'ingested'))).toBe(true);
  });
});
