import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpusDir } from '../../../src/corpus/load-corpus.js';
import {
  type ArticleFile,
  articleId,
  readArticleFile,
  renderArticleFile,
  writeArticleFile,
} from '../../../src/ingest/article-file.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-article-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const article = (over: Partial<ArticleFile> = {}): ArticleFile => ({
  id: 'tricky-1',
  title: 'He said: "no" — #1 [breaking], it\'s here',
  publisher: 'The "Ledger": Karachi',
  published: '2026-03-02',
  url: 'https://ledger.example/a?x=1#frag',
  fetchedAt: '2026-03-02T10:00:00.000Z',
  feed: 'https://ledger.example/rss.xml',
  alsoPublishedBy: ['Frontier Times', 'The "Other", Post'],
  topics: ['pakistan-russia'],
  body: 'First paragraph.\n\n---\n\nSecond paragraph after a rule.',
  ...over,
});

describe('article files', () => {
  it('writes front matter the corpus loader reads back field for field', async () => {
    const written = await writeArticleFile(dir, article());
    expect(written.ok).toBe(true);
    const loaded = await loadCorpusDir(dir);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.articles).toHaveLength(1);
    const raw = loaded.articles[0]!;
    expect(raw).toMatchObject({
      id: 'tricky-1',
      title: 'He said: "no" — #1 [breaking], it\'s here',
      publisher: 'The "Ledger": Karachi',
      published: '2026-03-02',
      url: 'https://ledger.example/a?x=1#frag',
      fetchedAt: '2026-03-02T10:00:00.000Z',
      feed: 'https://ledger.example/rss.xml',
      alsoPublishedBy: ['Frontier Times', 'The "Other", Post'],
    });
    expect(raw.body).toContain('Second paragraph after a rule.');
    const back = await readArticleFile(join(dir, 'ingested', 'tricky-1.md'));
    expect(back?.topics).toEqual(['pakistan-russia']);
    expect(back?.alsoPublishedBy).toEqual(['Frontier Times', 'The "Other", Post']);
  });

  it('renames into place: no temporary file is left, and a leftover one is never loaded', async () => {
    await writeArticleFile(dir, article({ id: 'second' }));
    expect(readdirSync(join(dir, 'ingested')).filter((f) => f.startsWith('.'))).toEqual([]);
    // What a crash between write and rename would leave behind: a hidden, half-written file.
    writeFileSync(join(dir, 'ingested', '.third.1234.abcd.tmp'), '---\ntitle: "half');
    const loaded = await loadCorpusDir(dir);
    expect(loaded.articles.map((a) => a.id).sort()).toEqual(['second', 'tricky-1']);
    expect(loaded.warnings).toEqual([]);
  });

  it('refuses to write a file the corpus could not load', async () => {
    const result = await writeArticleFile(dir, article({ id: 'bad', url: 'not a url' }));
    expect(result.ok).toBe(false);
    expect(readdirSync(join(dir, 'ingested'))).not.toContain('bad.md');
  });

  it('renders null values as null and keeps the body as given', () => {
    const text = renderArticleFile(
      article({ publisher: null, published: null, url: null, feed: null, topics: [] }),
    );
    expect(text).toMatch(/\npublisher: null\npublished: null\nurl: null\n/);
    expect(text).not.toMatch(/topics:/);
    expect(text.endsWith('Second paragraph after a rule.\n')).toBe(true);
  });

  it('makes readable, stable, file-safe ids', () => {
    const id = articleId('Pakistan’s “new” pipeline: café talks!', 'url:https://x.example/a');
    expect(id).toMatch(/^pakistan-s-new-pipeline-cafe-talks-[0-9a-f]{10}$/);
    expect(articleId('Other title', 'url:https://x.example/a').slice(-10)).toBe(id.slice(-10));
    expect(articleId('???', 'k')).toMatch(/^article-[0-9a-f]{10}$/);
    expect(readFileSync(join(dir, 'ingested', 'second.md'), 'utf8')).toMatch(/^---\nid: "second"\n/);
  });
});
