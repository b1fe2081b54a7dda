import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate.js';
import { createOfflineWriter } from '../../../src/briefing/write/offline-writer.js';
import { createBriefingService } from '../../../src/briefing/service.js';
import { loadTopics, type Topic } from '../../../src/briefing/topics.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { Corpus } from '../../../src/corpus/corpus.js';
import { buildFiles } from '../../../src/corpus/corpus-build-pool.js';
import { listCorpusFiles, MAX_FILE_BYTES } from '../../../src/corpus/corpus-files.js';
import { cacheFilePath } from '../../../src/corpus/index-cache.js';
import { loadCorpus, loadCorpusDir } from '../../../src/corpus/load-corpus.js';
import type { Logger } from '../../../src/log/logger.js';

let scratch: string;
let corpusDir: string;
let topics: Topic[];
let questions: string[];

/** A corpus folder with every kind of file the loader meets: good, bad, skipped, nested, linked. */
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'briefbot-cache-'));
  corpusDir = join(scratch, 'corpus');
  const gen = generateCorpus({ dir: join(scratch, 'gen'), size: 80, topics: 1, questions: 5 });
  cpSync(gen.articlesDir, join(corpusDir, 'generated'), { recursive: true });
  cpSync('data/articles', join(corpusDir, 'seeds'), { recursive: true });
  cpSync('test/fixtures/corpus/formats', join(corpusDir, 'formats'), { recursive: true });
  cpSync('test/fixtures/corpus/messy', join(corpusDir, 'messy'), { recursive: true });
  writeFileSync(
    join(corpusDir, 'dup.md'),
    '---\nid: 000_0c2565b38444d0ae\ntitle: "Same id again"\n---\nA body.\n',
  );
  writeFileSync(join(corpusDir, 'empty.md'), '');
  writeFileSync(join(corpusDir, 'binary.txt'), Buffer.from([0x54, 0x00, 0x01]));
  writeFileSync(join(corpusDir, 'huge.txt'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
  symlinkSync(join(scratch, 'nowhere.md'), join(corpusDir, 'broken-link.md'));
  writeFileSync(join(scratch, 'secret.txt'), 'Secret text outside the corpus.\n');
  symlinkSync(join(scratch, 'secret.txt'), join(corpusDir, 'passwd.txt'));
  symlinkSync(join(scratch, 'gen'), join(corpusDir, 'gen-outside'));
  topics = [...loadTopics('data/topics.json'), ...loadTopics(gen.topicsPath)];
  questions = [
    ...JSON.parse(readFileSync(gen.queriesPath, 'utf8')).asks,
    'When was Lavrov in Islamabad?',
    'what about the gas pipeline?',
    'Why was Putin’s visit cancelled?',
  ];
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (_obj: object, msg?: string) => lines.push(`${level}: ${msg ?? ''}`);
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** What a fresh build gives, the way briefbot built corpora before the cache. */
async function freshBuild(dir: string): Promise<Corpus> {
  const loaded = await loadCorpusDir(dir);
  return Corpus.from(loaded.articles.map(buildArticle));
}

/** Briefs and answers over a whole corpus are slow-ish on two shared cores: room for them. */
const SLOW = 120_000;

/** Every brief and answer of the test topics and questions, as the JSON users get. */
async function answers(corpus: Corpus): Promise<string> {
  const api = createBriefingService({ corpus, topics: () => topics, writer: createOfflineWriter() });
  const out: unknown[] = [];
  for (const t of topics) out.push(await api.brief({ topic: t.slug }));
  for (const q of questions) out.push(await api.ask({ question: q }));
  return JSON.stringify(out);
}

/** Articles with their keys in order (toEqual would not see a reordered or missing key). */
const dump = (c: Corpus) => JSON.stringify(c.articles());

function freshCacheDir(name: string): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

describe('loadCorpus with an index cache', () => {
  it('builds on the first start exactly what loadCorpusDir + buildArticle give, warnings included', async () => {
    const cacheDir = freshCacheDir('cache-first');
    const loaded = await loadCorpus({ corpusDir, cacheDir });
    const plain = await loadCorpusDir(corpusDir);
    expect(loaded.stats.cache).toBe('miss');
    expect(loaded.stats.reason).toBe('no cache yet');
    expect(loaded.warnings).toEqual(plain.warnings);
    const messages = loaded.warnings.map((w) => w.message).join('\n');
    for (const m of [
      'duplicate article id',
      'binary file',
      'broken link',
      'link points outside the corpus folder',
      'empty file',
      'MB limit',
      'unsupported',
    ]) {
      expect(messages).toContain(m);
    }
    expect(dump(loaded.corpus)).toBe(dump(Corpus.from(plain.articles.map(buildArticle))));
    expect(dump(loaded.corpus)).not.toContain('Secret text');
    expect(loaded.corpus.size).toBeGreaterThan(80);
    expect(readdirSync(cacheDir)).toEqual([cacheFilePath(cacheDir, corpusDir).slice(cacheDir.length + 1)]);
  });

  it(
    'restores an unchanged corpus from the cache: same articles, ordinals and byte-identical answers',
    async () => {
      const cacheDir = freshCacheDir('cache-hit');
      const first = await loadCorpus({ corpusDir, cacheDir });
      const logger = recordingLogger();
      const second = await loadCorpus({ corpusDir, cacheDir, logger });
      expect(second.stats.cache).toBe('hit');
      expect(second.stats.builtFiles).toBe(0);
      expect(second.stats.reusedFiles).toBe(first.stats.files);
      expect(second.warnings).toEqual(first.warnings);
      expect(logger.lines.filter((l) => l.startsWith('warn'))).toEqual([]);
      const fresh = await freshBuild(corpusDir);
      expect(dump(second.corpus)).toBe(dump(fresh));
      expect(second.corpus.sentenceCount).toBe(fresh.sentenceCount);
      for (const o of [0, 17, fresh.sentenceCount - 1]) {
        expect(second.corpus.sentence(o)).toEqual(fresh.sentence(o));
        expect(second.corpus.articleOf(o)?.id).toBe(fresh.articleOf(o)?.id);
      }
      const expected = await answers(fresh);
      expect(expected).toContain('"bullets":[{');
      expect(await answers(second.corpus)).toBe(expected);
    },
    SLOW,
  );

  it(
    'reuses unchanged files and re-reads only changed and new ones; a removed file leaves',
    async () => {
      const dir = join(scratch, 'changing');
      cpSync(corpusDir, dir, { recursive: true });
      const cacheDir = freshCacheDir('cache-partial');
      await loadCorpus({ corpusDir: dir, cacheDir });

      const changed = join(dir, 'seeds', '002_ebb9963b2ca502fd.md');
      writeFileSync(changed, readFileSync(changed, 'utf8').replace(/Lavrov/g, 'Lavrov (the minister)'));
      utimesSync(changed, new Date(), new Date(Date.now() + 5000));
      writeFileSync(
        join(dir, 'new-one.md'),
        '---\nid: new-one\ntitle: "Gazprom signs"\n---\nGazprom signed the pipeline deal in Moscow on Tuesday.\n',
      );
      rmSync(join(dir, 'seeds', '004_3dcc83b6feb79a6a.md'));

      const partial = await loadCorpus({ corpusDir: dir, cacheDir });
      expect(partial.stats.cache).toBe('partial');
      expect(partial.stats.builtFiles).toBe(2);
      expect(partial.stats.reusedFiles).toBe(partial.stats.files - 2);
      const fresh = await freshBuild(dir);
      expect(dump(partial.corpus)).toBe(dump(fresh));
      expect(partial.corpus.get('004_3dcc83b6feb79a6a')).toBeUndefined();
      expect(partial.corpus.get('002_ebb9963b2ca502fd')?.text).toContain('Lavrov (the minister)');
      expect(await answers(partial.corpus)).toBe(await answers(fresh));

      // ...and saved again: the next start is a hit.
      const again = await loadCorpus({ corpusDir: dir, cacheDir });
      expect(again.stats.cache).toBe('hit');
      expect(dump(again.corpus)).toBe(dump(fresh));
    },
    SLOW,
  );

  it('ignores a damaged cache with a warning, rebuilds it, and answers the same', async () => {
    const cacheDir = freshCacheDir('cache-damaged');
    await loadCorpus({ corpusDir, cacheDir });
    const file = cacheFilePath(cacheDir, corpusDir);
    const bytes = readFileSync(file);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(file, bytes);

    const logger = recordingLogger();
    const rebuilt = await loadCorpus({ corpusDir, cacheDir, logger });
    expect(rebuilt.stats.cache).toBe('miss');
    expect(rebuilt.stats.reason).toMatch(/checksum/);
    expect(logger.lines.join('\n')).toMatch(/warn: index cache ignored: unreadable \(checksum mismatch/);
    expect(dump(rebuilt.corpus)).toBe(dump(await freshBuild(corpusDir)));
    expect((await loadCorpus({ corpusDir, cacheDir })).stats.cache).toBe('hit');
  });

  it('treats a truncated file, a foreign file and an empty file as no cache, never as a crash', async () => {
    const cacheDir = freshCacheDir('cache-garbage');
    await loadCorpus({ corpusDir, cacheDir });
    const file = cacheFilePath(cacheDir, corpusDir);
    const good = readFileSync(file);
    const expected = dump(await freshBuild(corpusDir));
    for (const [bytes, why] of [
      [good.subarray(0, good.length - 100), /truncated/],
      [Buffer.from('{"not": "a cache"}'), /not a briefbot index cache/],
      [Buffer.alloc(0), /not a briefbot index cache/],
    ] as const) {
      writeFileSync(file, bytes);
      const loaded = await loadCorpus({ corpusDir, cacheDir, logger: recordingLogger() });
      expect(loaded.stats.reason).toMatch(why);
      expect(dump(loaded.corpus)).toBe(expected);
    }
  });

  it('rebuilds a cache made by another version (the key is checked before anything is used)', async () => {
    const cacheDir = freshCacheDir('cache-version');
    await loadCorpus({ corpusDir, cacheDir });
    const file = cacheFilePath(cacheDir, corpusDir);
    // Rewrite the header's key and fix the checksum, as another build of briefbot would have written it.
    const buf = readFileSync(file);
    const headerLength = buf.readUInt32LE(buf.length - 16);
    const headerStart = buf.length - 16 - headerLength;
    const header = JSON.parse(buf.toString('utf8', headerStart, headerStart + headerLength));
    header.key = 'another-version';
    const json = Buffer.from(JSON.stringify(header));
    const lengthBytes = Buffer.alloc(4);
    lengthBytes.writeUInt32LE(json.length);
    const body = Buffer.concat([buf.subarray(0, headerStart), json, lengthBytes]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(zlib.crc32(body) >>> 0);
    writeFileSync(file, Buffer.concat([body, crc, buf.subarray(buf.length - 8)]));

    const logger = recordingLogger();
    const loaded = await loadCorpus({ corpusDir, cacheDir, logger });
    expect(loaded.stats.cache).toBe('miss');
    expect(logger.lines.join('\n')).toMatch(/warn: index cache ignored: built by another version/);
    expect((await loadCorpus({ corpusDir, cacheDir })).stats.cache).toBe('hit');
  });

  it('still loads when the cache cannot be written, and leaves no temporary file behind', async () => {
    const blocked = join(scratch, 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder should be');
    const logger = recordingLogger();
    const loaded = await loadCorpus({ corpusDir, cacheDir: blocked, logger });
    expect(loaded.corpus.size).toBeGreaterThan(80);
    expect(logger.lines.join('\n')).toMatch(/warn: index cache not saved/);

    const cacheDir = freshCacheDir('cache-clean');
    await loadCorpus({ corpusDir, cacheDir });
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps separate caches for separate corpus folders in one cache folder', async () => {
    const cacheDir = freshCacheDir('cache-shared');
    const other = join(scratch, 'other');
    mkdirSync(other);
    cpSync('data/articles', other, { recursive: true });
    await loadCorpus({ corpusDir, cacheDir });
    await loadCorpus({ corpusDir: other, cacheDir });
    expect((await loadCorpus({ corpusDir, cacheDir })).stats.cache).toBe('hit');
    const seeds = await loadCorpus({ corpusDir: other, cacheDir });
    expect(seeds.stats.cache).toBe('hit');
    expect(seeds.corpus.size).toBe(5);
  });

  it('removes the caches of corpus folders that are gone when it saves', async () => {
    const cacheDir = freshCacheDir('cache-orphans');
    const gone = join(scratch, 'gone');
    cpSync('data/articles', gone, { recursive: true });
    await loadCorpus({ corpusDir: gone, cacheDir });
    const orphan = cacheFilePath(cacheDir, gone);
    expect(readdirSync(cacheDir)).toEqual([orphan.slice(cacheDir.length + 1)]);
    rmSync(gone, { recursive: true });
    await loadCorpus({ corpusDir, cacheDir });
    expect(readdirSync(cacheDir)).toEqual([cacheFilePath(cacheDir, corpusDir).slice(cacheDir.length + 1)]);
  });

  it('without a cache folder is the plain build', async () => {
    const loaded = await loadCorpus({ corpusDir, cacheDir: null });
    expect(loaded.stats.cache).toBe('off');
    expect(dump(loaded.corpus)).toBe(dump(await freshBuild(corpusDir)));
    await expect(
      loadCorpus({ corpusDir: join(scratch, 'missing'), cacheDir: join(scratch, 'c') }),
    ).rejects.toThrow(/does not exist/);
  });
});

describe('Corpus.snapshot / Corpus.restore', () => {
  it('round-trips a corpus with replaced and removed articles (retired ordinals stay retired)', async () => {
    const plain = await loadCorpusDir('data/articles');
    const articles = plain.articles.map(buildArticle);
    const corpus = Corpus.from(articles);
    const retired = corpus.ordinalsOf(articles[1]!.id);
    corpus.remove(articles[1]!.id);
    corpus.add({ ...articles[3]!, title: `${articles[3]!.title} (updated)` });
    const restored = Corpus.restore(corpus.snapshot());
    expect(restored.size).toBe(corpus.size);
    expect(restored.sentenceCount).toBe(corpus.sentenceCount);
    expect(restored.ordinalsOf(articles[3]!.id)).toEqual(corpus.ordinalsOf(articles[3]!.id));
    expect(retired.length).toBeGreaterThan(0);
    for (const o of retired) expect(restored.sentence(o)).toBeUndefined();
    for (const q of ['Lavrov Islamabad', 'gas pipeline Gazprom', 'Kayani Moscow updated']) {
      expect(JSON.stringify(restored.search(q, 20))).toBe(JSON.stringify(corpus.search(q, 20)));
    }
    // Still a live corpus: adding after a restore indexes as usual.
    const again = { ...articles[1]!, id: 'again' };
    restored.add(again);
    const [hit] = restored.search(again.sentences[0]!.text, 1);
    expect(hit?.article.id).toBe('again');
    expect(restored.ordinalsOf('again')[0]).toBe(
      corpus.sentenceCount + retired.length + articles[3]!.sentences.length,
    );
  });

  it('refuses parts that do not fit together', () => {
    const corpus = Corpus.from([]);
    const snap = corpus.snapshot();
    const [article] = [
      buildArticle({
        id: 'x',
        title: 'T',
        publisher: null,
        published: null,
        url: null,
        fetchedAt: null,
        feed: null,
        alsoPublishedBy: [],
        path: 'x.md',
        body: 'One sentence here. And another one.',
      }),
    ];
    expect(() =>
      Corpus.restore({
        ...snap,
        articles: [article!],
        ranges: new Int32Array([0, 0, 2]),
        slots: 1,
        ordinals: 2,
      }),
    ).toThrow(/not indexed|do not fit/);
  });
});

describe('cleaning files on worker threads', () => {
  it(
    'gives the same articles and messages as the calling thread, in file order',
    async () => {
      const g = generateCorpus({ dir: join(scratch, 'pool'), size: 320, seed: 5 });
      writeFileSync(join(g.articlesDir, 's000', 'zz-bad.md'), 'no front matter here');
      const { files } = listCorpusFiles(g.articlesDir);
      expect(files.length).toBeGreaterThan(250);
      const inThread = await buildFiles(files, 1);
      const pooled = await buildFiles(files, 2);
      expect(inThread.workers).toBe(0);
      expect(pooled.workers).toBeGreaterThan(0);
      expect(JSON.stringify(pooled.built)).toBe(JSON.stringify(inThread.built));
      expect(JSON.stringify(pooled.built)).toContain('no front matter');
    },
    SLOW,
  );
});
