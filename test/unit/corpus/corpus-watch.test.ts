import { mkdirSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../../src/app/open-core.js';
import { createCorpusWatch } from '../../../src/corpus/corpus-watch.js';
import { logRecorder, pipelineNews, seedCorpusDir, writeNews } from '../digest/fixtures.js';

const dirs: string[] = [];
const closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function setUp(opts: { watch?: boolean } = {}) {
  const dir = seedCorpusDir();
  dirs.push(dir);
  writeFileSync(join(dir, 'broken.json'), '{ not json');
  const bot = await openBriefbot({ corpusDir: dir, db: ':memory:' });
  closers.push(() => bot.close());
  const log = logRecorder();
  const seenBeforeAdd: { id: string; inCorpus: boolean }[] = [];
  const watch = createCorpusWatch({
    dir,
    corpus: bot.corpus,
    logger: log,
    intervalMs: 0,
    watch: opts.watch ?? false,
    debounceMs: 50,
    skipped: bot.warnings,
    beforeAdd: (articles) => {
      for (const a of articles)
        seenBeforeAdd.push({ id: a.id, inCorpus: bot.corpus.get(a.id) !== undefined });
    },
  });
  closers.push(() => watch.stop());
  return { dir, bot, log, watch, seenBeforeAdd };
}

describe('corpus watch', () => {
  it('takes stock at start: the loaded files and the skipped ones are not reported again', async () => {
    const t = await setUp();
    expect(t.bot.warnings.map((w) => w.path.split('/').at(-1))).toEqual(['broken.json']);
    await t.watch.start();
    const report = await t.watch.rescan();
    expect(report).toEqual({ added: [], updated: [], removed: [], warnings: [] });
    expect(t.log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('adds a new file, through beforeAdd first, and only once', async () => {
    const t = await setUp();
    await t.watch.start();
    const before = t.bot.corpus.size;
    writeNews(t.dir, pipelineNews('fresh-1'));
    mkdirSync(join(t.dir, 'nested'));
    writeNews(join(t.dir, 'nested'), pipelineNews('fresh-2'));
    expect((await t.watch.rescan()).added).toEqual(['fresh-1', 'fresh-2']);
    expect(t.bot.corpus.size).toBe(before + 2);
    expect(t.seenBeforeAdd).toEqual([
      { id: 'fresh-1', inCorpus: false },
      { id: 'fresh-2', inCorpus: false },
    ]);
    expect((await t.watch.rescan()).added).toEqual([]);
    // The live corpus answers from the new article.
    expect(t.bot.corpus.search('Gazprom pipeline route', 5).some((h) => h.article.id === 'fresh-1')).toBe(
      true,
    );
  });

  it('replaces a changed file, removes a deleted one', async () => {
    const t = await setUp();
    await t.watch.start();
    const path = writeNews(t.dir, pipelineNews('changing'));
    await t.watch.rescan();
    writeNews(t.dir, {
      ...pipelineNews('changing'),
      body: 'Moscow and Islamabad signed a memorandum on steel mills in a longer revised text.',
    });
    const changed = await t.watch.rescan();
    expect(changed.updated).toEqual(['changing']);
    expect(t.bot.corpus.get('changing')?.text).toContain('steel mills');
    unlinkSync(path);
    expect((await t.watch.rescan()).removed).toEqual(['changing']);
    expect(t.bot.corpus.get('changing')).toBeUndefined();
  });

  it('logs a bad file once, and a second file with a taken id is refused', async () => {
    const t = await setUp();
    await t.watch.start();
    writeFileSync(join(t.dir, 'empty.md'), '   \n');
    writeNews(t.dir, pipelineNews('dup'));
    writeFileSync(
      join(t.dir, 'zz-dup-copy.md'),
      `---\nid: dup\ntitle: "Another"\n---\n\nSome other text about Russia.\n`,
    );
    const first = await t.watch.rescan();
    expect(first.added).toEqual(['dup']);
    expect(first.warnings.map((w) => `${w.path.split('/').at(-1)}: ${w.message}`)).toEqual([
      'empty.md: empty file: skipped',
      expect.stringMatching(/^zz-dup-copy\.md: duplicate article id "dup"/),
    ]);
    expect(t.bot.corpus.get('dup')?.title).toContain('gas pipeline');
    expect((await t.watch.rescan()).warnings).toEqual([]);
    expect(t.log.lines.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('skips a link added out of the folder, saying so once', async () => {
    const t = await setUp();
    await t.watch.start();
    const outside = seedCorpusDir();
    dirs.push(outside);
    const secret = writeNews(outside, pipelineNews('secret-outside'));
    symlinkSync(secret, join(t.dir, 'linked.md'));
    const first = await t.watch.rescan();
    expect(first.added).toEqual([]);
    expect(first.warnings.map((w) => `${w.path.split('/').at(-1)}: ${w.message}`)).toEqual([
      'linked.md: link points outside the corpus folder: skipped',
    ]);
    expect(t.bot.corpus.get('secret-outside')).toBeUndefined();
    expect((await t.watch.rescan()).warnings).toEqual([]);
  });

  it('keeps the corpus when the folder disappears, and says so once', async () => {
    const t = await setUp();
    await t.watch.start();
    const size = t.bot.corpus.size;
    rmSync(t.dir, { recursive: true, force: true });
    await t.watch.rescan();
    await t.watch.rescan();
    expect(t.bot.corpus.size).toBe(size);
    expect(t.log.lines.filter((l) => l.msg?.includes('unreadable'))).toHaveLength(1);
  });

  it('with fs.watch, a new file reaches the corpus without an explicit rescan', async () => {
    const t = await setUp({ watch: true });
    await t.watch.start();
    writeNews(t.dir, pipelineNews('watched'));
    for (let i = 0; i < 200 && !t.bot.corpus.get('watched'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(t.bot.corpus.get('watched')).toBeDefined();
  });
});
