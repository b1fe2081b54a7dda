import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../../src/ingest/report.js';
import { FIXTURES, type FixtureServer, startFixtureServer } from './fixture-server.js';
import { type Setup, setUp, testFetcher } from './setup.js';

let server: FixtureServer;
let s: Setup;
let since: Date;
const reports: Record<'rss' | 'atom' | 'json', IngestReport> = {} as never;
const SEED_IDS = [
  '000_0c2565b38444d0ae',
  '001_5bc15b469cfd8880',
  '002_ebb9963b2ca502fd',
  '003_4ada443190a9d0f2',
  '004_3dcc83b6feb79a6a',
];

beforeAll(async () => {
  server = await startFixtureServer();
  s = await setUp();
  since = new Date();
  reports.rss = await s.ingester.ingest(`${server.base}/rss.xml`);
  reports.atom = await s.ingester.ingest(`${server.base}/atom.xml`);
  reports.json = await s.ingester.ingest(`${server.base}/feed.json`);
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

const ingested = () => s.bot.corpus.articles().filter((a) => !SEED_IDS.includes(a.id));
const byTitle = (start: string) => {
  const found = s.bot.corpus.articles().find((a) => a.title.startsWith(start));
  if (!found) throw new Error(`no article titled "${start}..."`);
  return found;
};

describe('ingesting an RSS feed', () => {
  it('lands every item as an article with its metadata', () => {
    expect(reports.rss).toMatchObject({ kind: 'feed', format: 'rss', failed: null, alreadySeen: 0 });
    expect(reports.rss.added).toHaveLength(3);
    const pipeline = byTitle('Pakistan and Russia agree to revive');
    expect(pipeline).toMatchObject({
      publisher: 'The Karachi Ledger',
      published: '2026-03-02',
      url: `${server.base}/pakistan/pipeline-deal`,
      feed: `${server.base}/rss.xml`,
      alsoPublishedBy: [],
    });
    expect(Date.parse(pipeline.fetchedAt!)).toBeGreaterThanOrEqual(since.getTime());
    expect(pipeline.path).toMatch(/corpus\/ingested\/pakistan-and-russia-agree-to-revive-[a-z0-9-]+\.md$/);
    // The tracking parameters of the feed's link are not part of the stored URL.
    expect(byTitle('Lavrov and Pakistan').url).toBe(`${server.base}/world/lavrov-transit-talks`);
  });

  it("keeps the article's text and none of the page around it", () => {
    const pipeline = byTitle('Pakistan and Russia agree to revive');
    expect(pipeline.paragraphs).toHaveLength(7);
    expect(pipeline.text).toMatch(/should carry gas by the end of 2027\./);
    for (const furniture of [
      'Advertisement',
      'Sponsored',
      'Most read',
      'Karachi Kings',
      'Comments',
      'Bilal',
      'Rights reserved',
      'Search',
    ]) {
      expect(pipeline.text.toLowerCase()).not.toContain(furniture.toLowerCase());
    }
  });

  it("falls back to the feed's own content when the page is missing, with a warning naming the page", () => {
    const delegation = byTitle('Russian trade delegation');
    expect(delegation.paragraphs).toHaveLength(4);
    expect(delegation.text).toContain('Council chairman Imran Baig');
    expect(reports.rss.warnings).toEqual([
      {
        url: `${server.base}/business/trade-delegation`,
        message: 'page not fetched (HTTP 404); using the text in the feed',
      },
    ]);
  });

  it('writes each article as a file and makes it searchable at once', () => {
    const files = readdirSync(join(s.corpusDir, 'ingested'));
    expect(files.filter((f) => f.endsWith('.md'))).toHaveLength(ingested().length);
    expect(files.filter((f) => f.startsWith('.'))).toEqual([]);
    const hits = s.bot.corpus.search('Nawabshah', 3);
    expect(hits[0]?.article.title).toMatch(/North–South gas pipeline/);
  });
});

describe('ingesting an Atom feed', () => {
  it('folds the same wire story from another outlet and records that outlet', () => {
    expect(reports.atom.added.map((a) => a.title)).toEqual(['Gazprom opens a liaison office in Karachi']);
    const wire = byTitle('Lavrov and Pakistan');
    expect(reports.atom.folded).toEqual([
      {
        id: wire.id,
        url: `${server.base}/frontier/2026/03/04/lavrov-transit`,
        reason: 'text',
        outlet: 'Frontier Times',
      },
    ]);
    expect(wire.alsoPublishedBy).toEqual(['Frontier Times']);
    expect(wire.publisher).toBe('The Karachi Ledger');
    expect(readFileSync(wire.path, 'utf8')).toMatch(/\nalsoPublishedBy: \["Frontier Times"\]\n/);
    expect(s.bot.corpus.articles().filter((a) => a.title.startsWith('Lavrov and Pakistan'))).toHaveLength(1);
  });

  it('decodes a windows-1252 page by its meta charset', () => {
    const gazprom = byTitle('Gazprom opens');
    // The file keeps the page's characters; the cleaner (at load) makes quotes plain, as for every article.
    const file = readFileSync(gazprom.path, 'utf8');
    expect(file).toContain('“We are here for the long term,” said the office’s director');
    expect(file).toContain('rupee–rouble');
    expect(file).not.toMatch(/[\u0080-\u009f\ufffd]/);
    expect(gazprom.text).toContain(`"We are here for the long term," said the office's director`);
    expect(gazprom.text).toContain('Clifton café district');
    expect(gazprom.publisher).toBe('Frontier Times');
    expect(gazprom.published).toBe('2026-03-05');
  });
});

describe('ingesting a JSON Feed', () => {
  it('folds the same story under a tracking URL and under its GUID, without fetching either again', () => {
    const pipeline = byTitle('Pakistan and Russia agree to revive');
    expect(reports.json.folded).toEqual([
      { id: pipeline.id, url: `${server.base}/pakistan/pipeline-deal`, reason: 'url', outlet: null },
      { id: pipeline.id, url: `${server.base}/amp/pipeline-deal`, reason: 'guid', outlet: null },
    ]);
    expect(server.hits('/amp/pipeline-deal')).toHaveLength(0);
    expect(server.hits('/pakistan/pipeline-deal')).toHaveLength(1);
  });

  it("falls back to the feed's content when the page holds no article, and says so", () => {
    const steel = byTitle('Russian firm to study');
    expect(steel.publisher).toBe('Gwadar Gazette');
    expect(steel.paragraphs).toHaveLength(3);
    expect(steel.text).not.toContain('Port fees');
    expect(reports.json.warnings).toEqual([
      {
        url: `${server.base}/gazette/steel-mills`,
        message: 'no article found on the page (only 38 characters of text); using the text in the feed',
      },
    ]);
  });
});

describe('after ingesting', () => {
  it('a digest since the time before ingesting holds only the new articles', async () => {
    const result = await s.bot.api.digest({ topic: 'pakistan-russia', since });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const newIds = new Set(ingested().map((a) => a.id));
    expect(newIds.size).toBe(5);
    expect(result.answer.sources.length).toBeGreaterThanOrEqual(3);
    for (const source of result.answer.sources) expect(newIds.has(source.id)).toBe(true);
    expect(result.answer.note).toMatch(/^5 new articles on/);
    // Without `since`, the seed articles are part of the digest too.
    const all = await s.bot.api.digest({ topic: 'pakistan-russia' });
    expect(all.ok && all.answer.sources.some((src) => SEED_IDS.includes(src.id))).toBe(true);
  });

  it('a question about the new articles is answered from them, with a verified quote', async () => {
    const result = await s.bot.api.ask({
      question: 'When will the North–South pipeline carry gas to Nawabshah?',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pipeline = byTitle('Pakistan and Russia agree to revive');
    const n = result.answer.sources.find((src) => src.id === pipeline.id)?.n;
    expect(n).toBeDefined();
    const quotes = result.answer.bullets.flatMap((b) =>
      b.citations.filter((c) => c.source === n).map((c) => c.quote),
    );
    expect(quotes.some((q) => pipeline.text.includes(q) && /2027/.test(q))).toBe(true);
  });
});

describe('polling again', () => {
  it('costs a 304 per feed and adds nothing', async () => {
    const downloads = new Map(server.downloads);
    const pages = server.requests.length;
    const again = await Promise.all(
      ['/rss.xml', '/atom.xml', '/feed.json'].map((p) => s.ingester.ingest(`${server.base}${p}`)),
    );
    for (const r of again)
      expect(r).toMatchObject({ notModified: true, added: [], folded: [], failed: null });
    expect(server.downloads).toEqual(downloads);
    expect(server.requests.length).toBe(pages + 3);
    expect(server.requests.slice(-3).every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
  });

  it('takes only the new item when a feed changes, without fetching the old pages again', async () => {
    const rss = readFileSync(join(FIXTURES, 'rss.xml'), 'utf8').replace(
      '<item>',
      `<item>
      <title>Karachi port to handle Russian wheat cargoes</title>
      <link>{{BASE}}/business/wheat-port</link>
      <guid isPermaLink="false">ledger-48300</guid>
      <pubDate>Sat, 07 Mar 2026 10:00:00 +0500</pubDate>
      <content:encoded><![CDATA[<p>Karachi port will set aside two berths for Russian wheat cargoes from next month, the ports authority said on Saturday, as imports under the new trade agreement pick up.</p><p>The first ship, carrying sixty thousand tonnes, is due in the second week of April, and more are expected through the summer as Russia expands its sales to South Asia.</p>]]></content:encoded>
    </item>
    <item>`,
    );
    server.setText('/rss.xml', rss);
    const pageHits = server.hits('/pakistan/pipeline-deal').length;
    const r = await s.ingester.ingest(`${server.base}/rss.xml`);
    expect(r.added.map((a) => a.title)).toEqual(['Karachi port to handle Russian wheat cargoes']);
    expect(r.alreadySeen).toBe(3);
    expect(r.folded).toEqual([]);
    expect(server.hits('/pakistan/pipeline-deal')).toHaveLength(pageHits);
  });

  it('is idempotent across a restart: the state lives in the store, the articles in the folder', async () => {
    const before = ingested().map((a) => a.id);
    s = await s.reopen();
    expect(ingested().map((a) => a.id)).toEqual(before);
    expect(byTitle('Lavrov and Pakistan').alsoPublishedBy).toEqual(['Frontier Times']);
    server.setText(
      '/feed.json',
      readFileSync(join(FIXTURES, 'feed.json'), 'utf8').replace('"Gwadar Gazette"', '"Gwadar Gazette Daily"'),
    );
    const r = await s.ingester.ingest(`${server.base}/feed.json`);
    expect(r).toMatchObject({ notModified: false, added: [], folded: [], alreadySeen: 3 });
  });
});

describe('refusing bad sources with a warning that names the URL', () => {
  it.each([
    ['/malformed.xml', /^malformed XML \(line \d+/],
    ['/huge', /over the 5 MB limit/],
    ['/loop/a', /redirect loop/],
    ['/chain/0', /more than 5 redirects/],
    ['/not-a-feed.txt', /^not a feed \(got "text\/plain"\)/],
  ])('%s', async (path, message) => {
    const count = s.bot.corpus.size;
    const r = await s.ingester.ingest(`${server.base}${path}`);
    expect(r.failed).toMatch(message);
    expect(r.warnings).toEqual([{ url: `${server.base}${path}`, message: r.failed }]);
    expect(r.added).toEqual([]);
    expect(s.bot.corpus.size).toBe(count);
  });

  it('refuses loopback addresses unless private fetching is allowed', async () => {
    const strict = await setUp({}, testFetcher(false));
    try {
      const r = await strict.ingester.ingest(`${server.base}/rss.xml`);
      expect(r.failed).toMatch(/resolves to 127\.0\.0\.1 \(loopback\); set BRIEFBOT_ALLOW_PRIVATE_FETCH=1/);
      expect(r.warnings[0]!.url).toBe(`${server.base}/rss.xml`);
    } finally {
      await strict.close();
    }
  });

  it('warns about an unknown charset and still reads the page', async () => {
    const fresh = await setUp();
    try {
      const r = await fresh.ingester.ingest(`${server.base}/klingon`);
      expect(r.kind).toBe('page');
      expect(r.warnings).toContainEqual({
        url: `${server.base}/klingon`,
        message: 'unknown charset "x-klingon": decoded as UTF-8, some characters may be wrong',
      });
      expect(r.added).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('records a failing feed, backing off further after each failure', async () => {
    const url = `${server.base}/malformed.xml`;
    const t0 = Date.now();
    await s.ingester.ingest(url, { feed: true });
    const once = await s.state.feed(url);
    await s.ingester.ingest(url, { feed: true });
    const twice = await s.state.feed(url);
    expect(twice!.failures).toBe(once!.failures + 1);
    expect(twice!.lastError).toMatch(/malformed XML/);
    const wait = (st: typeof once) => Date.parse(st!.nextAttemptAt!) - Date.parse(st!.lastAttemptAt!);
    expect(wait(twice)).toBe(2 * wait(once));
    expect(Date.parse(once!.lastAttemptAt!)).toBeGreaterThanOrEqual(t0 - 1);
  });
});

describe('ingesting local files and single pages', () => {
  it('ingests a page URL once, an HTML file by its canonical URL, and an article file into the folder', async () => {
    const fresh = await setUp();
    try {
      const page = await fresh.ingester.ingest(`${server.base}/world/lavrov-transit-talks?utm_source=x`);
      expect(page).toMatchObject({ kind: 'page', failed: null });
      expect(page.added).toHaveLength(1);
      const again = await fresh.ingester.ingest(`${server.base}/world/lavrov-transit-talks`);
      expect(again).toMatchObject({ kind: 'page', alreadySeen: 1, added: [] });

      const html = join(fresh.dir, 'saved.html');
      writeFileSync(
        html,
        readFileSync(join(FIXTURES, 'pages/pipeline-deal.html'), 'utf8').replaceAll(
          '{{BASE}}',
          'https://ledger.example',
        ),
      );
      const fromFile = await fresh.ingester.ingest(html, { topic: 'pakistan-russia' });
      expect(fromFile.added).toHaveLength(1);
      const article = fresh.bot.corpus.get(fromFile.added[0]!.id)!;
      expect(article.url).toBe('https://ledger.example/pakistan/pipeline-deal');
      expect(readFileSync(article.path, 'utf8')).toMatch(/\ntopics: \["pakistan-russia"\]\n/);
      expect((await fresh.ingester.ingest(html)).alreadySeen).toBe(1);

      const md = join(fresh.dir, 'note.md');
      writeFileSync(
        md,
        '---\ntitle: "A hand-written note on Gazprom"\npublisher: "Desk"\n---\nGazprom and Pakistan held talks on pipeline financing in Karachi on Monday, according to officials who attended the meeting.\n',
      );
      const note = await fresh.ingester.ingest(md);
      expect(note.added.map((a) => a.title)).toEqual(['A hand-written note on Gazprom']);
      expect(fresh.bot.corpus.get(note.added[0]!.id)!.fetchedAt).not.toBeNull();

      const missing = await fresh.ingester.ingest(join(fresh.dir, 'nope.xml'));
      expect(missing.failed).toMatch(/cannot read file/);
      expect((await fresh.ingester.ingest('gopher://x.example/1')).failed).toMatch(/only http and https/);
      expect(existsSync(join(fresh.corpusDir, 'ingested'))).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it('leaves the rest of a long feed for the next poll, and downloads the feed again then', async () => {
    const fresh = await setUp({ maxItemsPerPoll: 2 });
    try {
      const downloads = server.downloads.get('/atom.xml') ?? 0;
      const first = await fresh.ingester.ingest(`${server.base}/atom.xml`);
      expect(first.added).toHaveLength(2);
      const feed = await fresh.ingester.ingest(`${server.base}/feed.json`);
      expect(feed.warnings.some((w) => /more than 2 new items/.test(w.message))).toBe(true);
      expect((await fresh.state.feed(`${server.base}/feed.json`))?.etag).toBeNull();
      const second = await fresh.ingester.ingest(`${server.base}/feed.json`);
      expect(second.notModified).toBe(false);
      expect(second.added.map((a) => a.title)).toEqual([
        'Russian firm to study a revival of Pakistan Steel Mills',
      ]);
      expect(server.downloads.get('/atom.xml')).toBe(downloads + 1);
    } finally {
      await fresh.close();
    }
  });
});
