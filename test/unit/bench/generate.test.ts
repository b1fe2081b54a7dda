import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate.js';
import { buildArticle } from '../../../src/corpus/build-article.js';
import { loadCorpusDir } from '../../../src/corpus/load-corpus.js';
import { topicsFileSchema } from '../../../src/briefing/topics.js';

const work = mkdtempSync(join(tmpdir(), 'briefbot-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function digest(dir: string): string {
  const h = createHash('sha256');
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()) {
    h.update(name.slice(dir.length)).update(readFileSync(name));
  }
  return h.digest('hex');
}

describe('bench corpus generator', () => {
  it('is deterministic: the same seed gives the same files, another seed other files', () => {
    const a = generateCorpus({ dir: join(work, 'a'), size: 60, seed: 1 });
    const b = generateCorpus({ dir: join(work, 'b'), size: 60, seed: 1 });
    const c = generateCorpus({ dir: join(work, 'c'), size: 60, seed: 2 });
    expect(digest(a.articlesDir)).toBe(digest(b.articlesDir));
    expect(digest(a.articlesDir)).not.toBe(digest(c.articlesDir));
    expect(a.bytes).toBe(b.bytes);
  });

  it('writes news-like pages in every corpus format, with furniture the cleaner removes', async () => {
    const g = generateCorpus({ dir: join(work, 'shape'), size: 300, seed: 3 });
    const files = readdirSync(g.articlesDir, { recursive: true }) as string[];
    for (const ext of ['.md', '.txt', '.jsonl']) expect(files.some((f) => f.endsWith(ext))).toBe(true);
    const loaded = await loadCorpusDir(g.articlesDir);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.articles).toHaveLength(300);
    // Stories are carried by several outlets: fewer stories than articles.
    expect(g.stories).toBeLessThan(250);
    const raw = loaded.articles.map((a) => a.body).join('\n');
    for (const furniture of ['Advertisement', 'Related stories', 'Stay informed', 'Reply']) {
      expect(raw).toContain(furniture);
    }
    const built = loaded.articles.map(buildArticle);
    const text = built.map((a) => a.text).join('\n');
    expect(text).not.toMatch(/^Advertisement$/m);
    expect(text).not.toContain('Stay informed on all the latest news');
    const words = built.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / built.length;
    expect(words).toBeGreaterThan(350);
    expect(words).toBeLessThan(800);
    // Names in two spellings, as outlets disagree on them.
    expect(text).toMatch(/Sergei|Muhammad|Kayani|Yusuf|Hussain/);
    topicsFileSchema.parse(JSON.parse(readFileSync(g.topicsPath, 'utf8')));
    const queries = JSON.parse(readFileSync(g.queriesPath, 'utf8'));
    expect(queries.asks.length).toBeGreaterThanOrEqual(200);
    expect(new Set(queries.asks).size).toBeGreaterThan(150);
  });
});
