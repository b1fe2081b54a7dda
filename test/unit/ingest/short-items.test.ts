/**
 * Duplicates are decided on what items say (issue 16): a feed of unrelated items that each carry
 * only a title and a link summary (a reddit feed: "submitted by /u/… [link] [comments]") lands
 * every item, and remembers none as folded; the same short item from another feed still folds.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';
import { type Setup, setUp } from './setup.js';

let server: FixtureServer;
let s: Setup;

beforeAll(async () => {
  server = await startFixtureServer();
  s = await setUp();
});
afterAll(async () => {
  await s?.close();
  await server?.close();
});

const TITLES = [
  'Pakistan and Russia sign a gas pipeline agreement in Moscow',
  'Floods displace thousands in northern Italy after record rainfall',
  'Central bank of Chile raises interest rates by half a point',
  'Kenyan runners sweep the podium at the Berlin marathon',
  'Wildfire near Athens forces evacuation of coastal villages',
  'Japan unveils plan to restart two nuclear reactors next year',
  'Canadian province bans single-use plastics from 2027',
  'Brazilian court suspends mining licence in the Amazon',
  'Storm knocks out power to half a million homes in Texas',
  'New Zealand opens inquiry into ferry collision in Wellington',
];

/** An Atom feed as reddit serves it: the content is a table with the submitter and two links. */
function redditFeed(prefix: string, titles: readonly string[]): string {
  const entries = titles.map((title, i) => {
    const link = `${server.base}/r/worldnews/comments/${prefix}${i}/`;
    const content =
      `&lt;table&gt; &lt;tr&gt;&lt;td&gt; &amp;#32; submitted by &amp;#32; &lt;a href="https://www.reddit.com/user/newsbot"&gt; /u/newsbot &lt;/a&gt; ` +
      `&lt;br/&gt; &lt;span&gt;&lt;a href="https://news.example/${prefix}${i}"&gt;[link]&lt;/a&gt;&lt;/span&gt; &amp;#32; ` +
      `&lt;span&gt;&lt;a href="${link}"&gt;[comments]&lt;/a&gt;&lt;/span&gt; &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;`;
    return `<entry><author><name>/u/newsbot</name></author><id>t3_${prefix}${i}</id><link href="${link}"/>
<updated>2026-03-0${(i % 9) + 1}T10:00:00+00:00</updated><title>${title}</title><content type="html">${content}</content></entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>worldnews</title>${entries.join('\n')}</feed>`;
}

describe('a feed of short, unrelated items', () => {
  it('lands every item and folds none of them', async () => {
    const file = join(s.dir, 'worldnews.xml');
    writeFileSync(file, redditFeed('a', TITLES));
    const report = await s.ingester.ingest(file);
    expect(report.failed).toBeNull();
    expect(report.folded).toEqual([]);
    expect(report.added.map((a) => a.title)).toEqual(TITLES);
    // Nothing was remembered as folded: a second pass finds each item as itself.
    const again = await s.ingester.ingest(file);
    expect(again.added).toEqual([]);
    expect(again.folded).toEqual([]);
    expect(again.alreadySeen).toBe(TITLES.length);
    for (const added of report.added) {
      const seen = await s.state.lookup([`url:${added.url}`]);
      expect(seen?.articleId).toBe(added.id);
    }
  });

  it('still folds the same short item carried by another feed', async () => {
    const file = join(s.dir, 'crosspost.xml');
    writeFileSync(file, redditFeed('a', TITLES.slice(0, 1)).replaceAll('a0', 'b0'));
    const report = await s.ingester.ingest(file);
    expect(report.added).toEqual([]);
    expect(report.folded).toHaveLength(1);
    expect(report.folded[0]?.reason).toBe('text');
  });
});
