/**
 * `npm run eval:extraction [-- --dir <benchmark folder> --worst <n> --json <file>]`: scores
 * ingestion on the public article-extraction benchmark (scrapinghub/article-extraction-benchmark,
 * 181 real pages with a human-checked body each) with the benchmark's own metric, twice per page:
 * the body ingestion writes (decode, Readability over linkedom, the article file as written) and
 * the text the corpus loads from that file (the loader's parser, then the cleaner). The cleaner
 * must never throw away a body that extraction found, so the loss per page is reported too.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildArticle } from '../src/corpus/build-article.js';
import { parseArticleFile } from '../src/corpus/corpus-files.js';
import { writeArticleFile } from '../src/ingest/article-file.js';
import { decodeBody } from '../src/ingest/charset.js';
import { extractArticle } from '../src/ingest/extract.js';

/** Published F1 of other extractors on the same 181 pages (the benchmark's README). */
export const PUBLISHED: ReadonlyArray<readonly [string, number]> = [
  ['rs_trafilatura', 0.97],
  ['AutoExtract', 0.97],
  ['go_trafilatura', 0.96],
  ['trafilatura 2.0.0', 0.958],
  ['Diffbot', 0.951],
  ['newspaper4k', 0.949],
  ['readability.js 0.6.0', 0.947],
  ['readability-lxml', 0.922],
  ['goose3', 0.896],
  ['boilerpipe', 0.86],
];

/** Targets of issue 16. */
const TARGET_WRITTEN = 0.96;
const TARGET_LOADED = 0.955;
const MAX_LOSS = 0.3;

/** True positives, false positives and false negatives of one page, normalised to sum to 1. */
export type Counts = readonly [tp: number, fp: number, fn: number];

/** Python's `\w+` (Unicode letters, digits and the underscore), as evaluate.py tokenises. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

/** The multiset of 4-token shingles (a text shorter than four tokens is one shingle). */
function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const s = tokens.slice(i, i + n);
    if (s.length === 0) continue;
    const key = s.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching. */
export function shingleCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) fp += Math.max(0, pc - (t.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: Counts): number =>
  fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
const recallOf = ([tp, fp, fn]: Counts): number =>
  fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** evaluate.py's metrics_from_tp_fp_fns: means of per-page precision and recall, F1 of the means. */
export function scoresOf(pages: readonly Counts[]): Scores {
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** One page's F1 (for finding the worst pages; the benchmark's F1 is over means, not of these). */
export function pageF1(c: Counts): number {
  const p = precisionOf(c);
  const r = recallOf(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export interface PageResult {
  id: string;
  url: string;
  written: Counts;
  loaded: Counts;
  writtenWords: number;
  loadedWords: number;
  /** Why extraction found nothing, when it did not. */
  failure: string | null;
}

/** What ingestion writes for one page and what the corpus loads from that file. */
export async function ingestOnce(
  html: Buffer,
  url: string,
  corpusDir: string,
): Promise<{ written: string; loaded: string; failure: string | null }> {
  const decoded = decodeBody(html, null, 'html');
  const extracted = extractArticle(decoded.text);
  if (!extracted.ok) return { written: '', loaded: '', failure: extracted.reason };
  const page = extracted.page;
  const file = await writeArticleFile(corpusDir, {
    id: `page-${Math.random().toString(36).slice(2, 10)}`,
    title: page.title || page.paragraphs[0]!.slice(0, 120),
    publisher: page.siteName,
    published: null,
    url,
    fetchedAt: new Date(0).toISOString(),
    feed: null,
    alsoPublishedBy: [],
    topics: [],
    body: page.paragraphs.join('\n\n'),
  });
  if (!file.ok) return { written: '', loaded: '', failure: file.reason };
  const raw = parseArticleFile(file.path, readFileSync(file.path)).articles[0];
  if (!raw) return { written: '', loaded: '', failure: 'the written file does not load' };
  return { written: raw.body, loaded: buildArticle(raw).text, failure: null };
}

const wordsIn = (s: string): number => s.match(TOKEN)?.length ?? 0;

export async function evaluate(dir: string): Promise<PageResult[]> {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  const corpusDir = mkdtempSync(join(tmpdir(), 'briefbot-extraction-'));
  const results: PageResult[] = [];
  try {
    const files = readdirSync(join(dir, 'html'))
      .filter((f) => f.endsWith('.html.gz'))
      .sort();
    for (const f of files) {
      const id = f.replace(/\.html\.gz$/, '');
      const expected = truth[id];
      if (!expected) continue;
      const html = gunzipSync(readFileSync(join(dir, 'html', f)));
      const url = expected.url ?? `https://example.invalid/${id}`;
      const { written, loaded, failure } = await ingestOnce(html, url, corpusDir);
      const body = expected.articleBody ?? '';
      results.push({
        id,
        url,
        written: shingleCounts(body, written),
        loaded: shingleCounts(body, loaded),
        writtenWords: wordsIn(written),
        loadedWords: wordsIn(loaded),
        failure,
      });
    }
  } finally {
    rmSync(corpusDir, { recursive: true, force: true });
  }
  return results;
}

function report(results: PageResult[], worst: number): { lines: string[]; met: boolean } {
  const written = scoresOf(results.map((r) => r.written));
  const loaded = scoresOf(results.map((r) => r.loaded));
  const f = (x: number) => x.toFixed(3);
  const rows: Array<[string, number, string]> = [
    ['briefbot: what ingestion writes', written.f1, `P ${f(written.precision)} R ${f(written.recall)}`],
    [
      'briefbot: what the corpus loads (cleaned)',
      loaded.f1,
      `P ${f(loaded.precision)} R ${f(loaded.recall)}`,
    ],
    ...PUBLISHED.map(([name, f1]): [string, number, string] => [name, f1, 'published']),
  ];
  rows.sort((a, b) => b[1] - a[1]);
  const lines = [
    `Article extraction benchmark: ${results.length} pages`,
    '',
    '| extractor | F1 | |',
    '| --- | ---: | --- |',
    ...rows.map(([name, f1, note]) => `| ${name} | ${f(f1)} | ${note} |`),
    '',
  ];
  const losses = results
    .map((r) => ({ r, loss: pageF1(r.written) - pageF1(r.loaded) }))
    .sort((a, b) => b.loss - a.loss);
  const gutted = losses.filter((x) => x.loss > MAX_LOSS);
  lines.push(`Worst losses to the cleaner (written F1 -> loaded F1, words kept):`);
  for (const { r, loss } of losses.slice(0, worst)) {
    lines.push(
      `  ${loss.toFixed(3)}  ${f(pageF1(r.written))} -> ${f(pageF1(r.loaded))}  ${r.loadedWords}/${r.writtenWords} words  ${r.url}`,
    );
  }
  const byWritten = [...results].sort((a, b) => pageF1(a.written) - pageF1(b.written));
  lines.push('', 'Lowest written F1 (extraction):');
  for (const r of byWritten.slice(0, worst)) {
    lines.push(`  ${f(pageF1(r.written))}  ${r.failure ? `(${r.failure}) ` : ''}${r.url}`);
  }
  const checks: Array<[string, boolean]> = [
    [`written F1 ${f(written.f1)} >= ${TARGET_WRITTEN}`, written.f1 >= TARGET_WRITTEN],
    [`loaded F1 ${f(loaded.f1)} >= ${TARGET_LOADED}`, loaded.f1 >= TARGET_LOADED],
    [`pages losing more than ${MAX_LOSS} F1 to the cleaner: ${gutted.length}`, gutted.length === 0],
  ];
  lines.push('', 'Targets:', ...checks.map(([what, ok]) => `  ${ok ? 'met ' : 'MISS'}  ${what}`));
  return { lines, met: checks.every(([, ok]) => ok) };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir =
    option(args, '--dir') ?? join(import.meta.dirname, '../../shared/benchmarks/article-extraction');
  const worst = Number(option(args, '--worst') ?? 8);
  const results = await evaluate(dir);
  const { lines, met } = report(results, worst);
  process.stdout.write(`${lines.join('\n')}\n`);
  const json = option(args, '--json');
  if (json) writeFileSync(json, JSON.stringify(results, null, 1));
  process.exitCode = met ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
