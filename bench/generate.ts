/**
 * Writes a deterministic synthetic news corpus: `size` articles as corpus files (.md with front
 * matter, plain-text .txt and .jsonl archives, by outlet), plus a topics file and the benchmark's
 * questions. Streams: one shard of 1,000 articles is in memory at a time, so 100,000 articles
 * (~360 MB) need no more memory than 1,000.
 *
 *   npx tsx bench/generate.ts --size 10000 --out /tmp/corpus [--seed 42]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeQuestions, makeTopics } from './queries.js';
import { type RenderedArticle, renderArticle } from './render.js';
import { story } from './story.js';
import { MONTH_NAMES, OUTLETS } from './vocabulary.js';

/** Bump when the same seed and size would give different files. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20_121_002;
const SHARD = 1000;

export interface GenerateOptions {
  /** Folder to write into (its `articles/` subfolder is replaced). */
  dir: string;
  size: number;
  seed?: number;
  topics?: number;
  questions?: number;
}

export interface GeneratedCorpus {
  dir: string;
  articlesDir: string;
  topicsPath: string;
  queriesPath: string;
  /** An article that is not in the corpus, for timing an incremental add. */
  extraPath: string;
  seed: number;
  version: number;
  articles: number;
  stories: number;
  files: number;
  bytes: number;
}

export interface BenchQueries {
  asks: string[];
  briefs: string[];
}

function frontMatter(a: RenderedArticle): string {
  const q = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));
  const lines = ['---'];
  if (a.id !== null) lines.push(`id: ${a.id}`);
  lines.push(`title: ${q(a.title)}`, `publisher: ${q(a.publisher)}`, `published: ${q(a.published)}`);
  lines.push(`url: ${q(a.url)}`, '---', '');
  return `${lines.join('\n')}${a.body}`;
}

function plainText(a: RenderedArticle): string {
  const date = a.published
    ? (() => {
        const [y, m, d] = a.published.split('-');
        return `${MONTH_NAMES[Number(m) - 1]} ${Number(d)}, ${y}`;
      })()
    : null;
  const credit = date ? `\nPublished in ${a.publisher}, ${date}.\n` : '';
  return `${a.title}\n\n${a.body}${credit}`;
}

function jsonRecord(a: RenderedArticle): string {
  const { id, ...rest } = a;
  return JSON.stringify(id === null ? rest : { id, ...rest });
}

/** Every (story, outlet) pair in corpus order, until `size` articles. */
function* articlePlan(seed: number, size: number): Generator<{ n: number; storyNo: number; outlet: number }> {
  let n = 0;
  for (let storyNo = 0; n < size; storyNo++) {
    for (const outlet of story(seed, storyNo).outlets) {
      if (n >= size) return;
      yield { n, storyNo, outlet };
      n++;
    }
  }
}

export function generateCorpus(options: GenerateOptions): GeneratedCorpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const articlesDir = join(options.dir, 'articles');
  rmSync(articlesDir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  let stories = 0;
  let bundles = new Map<string, string[]>();
  let shardDir = '';

  const write = (path: string, text: string) => {
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  const flushBundles = () => {
    for (const [path, lines] of bundles) write(path, `${lines.join('\n')}\n`);
    bundles = new Map();
  };

  for (const { n, storyNo, outlet } of articlePlan(seed, options.size)) {
    if (n % SHARD === 0) {
      flushBundles();
      shardDir = join(articlesDir, `s${String(n / SHARD).padStart(3, '0')}`);
      mkdirSync(shardDir, { recursive: true });
    }
    stories = storyNo + 1;
    const o = OUTLETS[outlet]!;
    const article = renderArticle(seed, story(seed, storyNo), outlet, n);
    const stem = `${o.slug}-${String(n).padStart(6, '0')}`;
    if (o.jsonl) {
      const path = join(shardDir, `${o.slug}-${shardDir.slice(-4)}.jsonl`);
      const lines = bundles.get(path) ?? [];
      lines.push(jsonRecord(article));
      bundles.set(path, lines);
    } else if (o.txt) {
      write(join(shardDir, `${stem}.txt`), plainText(article));
    } else {
      write(join(shardDir, `${stem}.md`), frontMatter(article));
    }
  }
  flushBundles();

  // One more article of the next story, outside the corpus folder.
  const nextStory = story(seed, stories);
  const extra = renderArticle(seed, nextStory, nextStory.outlets[0]!, options.size);
  const extraPath = join(options.dir, 'extra-article.md');
  writeFileSync(extraPath, frontMatter({ ...extra, id: `extra-${options.size}` }));

  const topics = makeTopics(seed, options.topics ?? 100);
  const topicsPath = join(options.dir, 'topics.json');
  writeFileSync(topicsPath, `${JSON.stringify({ topics }, null, 2)}\n`);
  const queries: BenchQueries = {
    asks: makeQuestions(seed, stories, options.questions ?? 1000),
    briefs: topics.map((t) => t.slug),
  };
  const queriesPath = join(options.dir, 'queries.json');
  writeFileSync(queriesPath, `${JSON.stringify(queries, null, 2)}\n`);

  const result: GeneratedCorpus = {
    dir: options.dir,
    articlesDir,
    topicsPath,
    queriesPath,
    extraPath,
    seed,
    version: GENERATOR_VERSION,
    articles: options.size,
    stories,
    files,
    bytes,
  };
  writeFileSync(join(options.dir, 'generated.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = Number(arg('size') ?? 1000);
  const dir = arg('out');
  if (!dir || !Number.isInteger(size) || size < 1) {
    process.stderr.write('usage: tsx bench/generate.ts --size <articles> --out <folder> [--seed <n>]\n');
    process.exitCode = 2;
    return;
  }
  mkdirSync(dir, { recursive: true });
  const started = performance.now();
  const seed = arg('seed');
  const g = generateCorpus({ dir, size, ...(seed ? { seed: Number(seed) } : {}) });
  const s = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${g.articles} articles (${g.stories} stories) in ${g.files} files, ${(g.bytes / 1e6).toFixed(1)} MB, ${s} s: ${g.articlesDir}\n`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
