import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFeedsFile, saveFeedsFile, withFeed, withoutFeed } from '../../../src/ingest/feeds-file.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the feeds list', () => {
  it('is empty when the file does not exist', async () => {
    expect(await loadFeedsFile(join(dir, 'none.json'))).toEqual({ ok: true, feeds: [], missing: true });
  });

  it('fills in the default interval and keeps topic and publisher', async () => {
    const path = join(dir, 'ok.json');
    writeFileSync(
      path,
      JSON.stringify({
        feeds: [
          { url: 'https://a.example/rss' },
          { url: 'https://b.example/atom', topic: 'pakistan-russia', intervalMinutes: 15, publisher: 'B' },
        ],
      }),
    );
    const loaded = await loadFeedsFile(path);
    expect(loaded).toEqual({
      ok: true,
      missing: false,
      feeds: [
        { url: 'https://a.example/rss', intervalMinutes: 60 },
        { url: 'https://b.example/atom', topic: 'pakistan-russia', intervalMinutes: 15, publisher: 'B' },
      ],
    });
  });

  it('names every problem: bad JSON, bad entries, a feed listed twice', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"feeds": [');
    const a = await loadFeedsFile(bad);
    expect(!a.ok && a.message).toMatch(/bad\.json is not valid JSON/);
    writeFileSync(
      bad,
      JSON.stringify({
        feeds: [
          { url: 'file:///etc/passwd' },
          { url: 'https://a.example/rss', intervalMinutes: 99999 },
          { url: 'https://A.example/rss/', intervalMinutes: 30.5 },
        ],
      }),
    );
    const b = await loadFeedsFile(bad);
    expect(b.ok).toBe(false);
    if (b.ok) return;
    expect(b.message).toMatch(/feeds\.0\.url must start with http:\/\/ or https:\/\//);
    expect(b.message).toMatch(/feeds\.1\.intervalMinutes must be at most a week/);
    expect(b.message).toMatch(/feeds\.2\.intervalMinutes must be a whole number/);
    writeFileSync(
      bad,
      JSON.stringify({ feeds: [{ url: 'https://a.example/rss' }, { url: 'https://A.example/rss/#x' }] }),
    );
    const c = await loadFeedsFile(bad);
    expect(!c.ok && c.message).toMatch(/feeds\.1\.url listed twice/);
  });

  it('adds (replacing the same URL), removes, and saves atomically', async () => {
    const path = join(dir, 'sub', 'feeds.json');
    let feeds = withFeed([], { url: 'https://a.example/rss', intervalMinutes: 60 }).feeds;
    const replaced = withFeed(feeds, { url: 'https://A.example/rss/', intervalMinutes: 30 });
    expect(replaced.replaced).toBe(true);
    feeds = withFeed(replaced.feeds, { url: 'https://b.example/atom', intervalMinutes: 60 }).feeds;
    expect(feeds.map((f) => [f.url, f.intervalMinutes])).toEqual([
      ['https://A.example/rss/', 30],
      ['https://b.example/atom', 60],
    ]);
    await saveFeedsFile(path, feeds);
    expect(readdirSync(join(dir, 'sub'))).toEqual(['feeds.json']);
    const loaded = await loadFeedsFile(path);
    expect(loaded.ok && loaded.feeds).toEqual(feeds);
    const removed = withoutFeed(feeds, 'https://a.example/rss');
    expect(removed).toEqual({ removed: true, feeds: [feeds[1]] });
    expect(withoutFeed(feeds, 'https://c.example/').removed).toBe(false);
    expect(JSON.parse(readFileSync(path, 'utf8')).feeds).toHaveLength(2);
  });
});
