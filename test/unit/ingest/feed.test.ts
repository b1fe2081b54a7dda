import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed, sniff } from '../../../src/ingest/feed.js';
import { feedDate } from '../../../src/ingest/feed-date.js';
import { feedParagraphs } from '../../../src/ingest/item.js';
import { FIXTURES } from './fixture-server.js';

const BASE = 'http://feeds.example';
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{BASE}}', BASE);

function parsed(name: string, kind: 'xml-feed' | 'json-feed') {
  const result = parseFeed(fixture(name), kind, `${BASE}/${name}`);
  if (!result.ok) throw new Error(result.reason);
  return result.feed;
}

describe('RSS 2.0', () => {
  const feed = parsed('rss.xml', 'xml-feed');

  it('reads the channel and every item with link, guid, date, author and content', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('The Karachi Ledger — Pakistan');
    expect(feed.link).toBe(`${BASE}/`);
    expect(feed.items).toHaveLength(3);
    const [first, second, third] = feed.items;
    expect(first!.title).toBe('Pakistan and Russia agree to revive the North–South gas pipeline');
    expect(first!.link).toBe(`${BASE}/pakistan/pipeline-deal`);
    expect(first!.guid).toBe('tag:karachi-ledger.example,2026-03-02:pipeline-deal');
    expect(first!.published?.toISOString()).toBe('2026-03-02T04:30:00.000Z');
    expect(first!.author).toBe('Staff reporter');
    // The escaped HTML of <description> arrives as HTML.
    expect(first!.summaryHtml).toBe(
      '<p>Pakistan and Russia signed an agreement to revive the long-delayed gas pipeline.</p>',
    );
    expect(second!.guid).toBe('ledger-48213');
    expect(second!.contentHtml).toContain('<p>A delegation of about forty Russian companies');
    expect(third!.link).toBe(`${BASE}/world/lavrov-transit-talks?utm_source=rss&utm_medium=feed`);
  });

  it("falls back from content:encoded to the summary for an item's text", () => {
    const [first, second] = feed.items;
    expect(feedParagraphs(second!)).toHaveLength(4);
    expect(feedParagraphs(first!)).toEqual([
      'Pakistan and Russia signed an agreement to revive the long-delayed gas pipeline.',
    ]);
  });
});

describe('Atom 1.0', () => {
  const feed = parsed('atom.xml', 'xml-feed');

  it('reads entries: alternate link, id, published, authors, typed content', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Frontier Times');
    expect(feed.link).toBe(`${BASE}/frontier/`);
    const [wire, gazprom] = feed.items;
    expect(wire!.link).toBe(`${BASE}/frontier/2026/03/04/lavrov-transit`);
    expect(wire!.guid).toBe('tag:frontier-times.example,2026:lavrov-transit');
    expect(wire!.author).toBe('Wire desk');
    // type="html" titles are HTML: their entities (and any markup) become text.
    expect(wire!.title).toBe('Lavrov and Pakistan’s foreign minister discuss Afghan transit trade');
    // type="text" summaries are escaped so every content is HTML downstream.
    expect(wire!.summaryHtml).toBe(
      "<p>Russia's foreign minister met his Pakistani counterpart in Moscow.</p>",
    );
    expect(gazprom!.contentHtml).toBe('<p>Gazprom has opened an office in Karachi.</p>');
    expect(gazprom!.published?.toISOString()).toBe('2026-03-05T08:00:00.000Z');
  });
});

describe('JSON Feed 1.1', () => {
  const feed = parsed('feed.json', 'json-feed');

  it('reads items with ids, urls, dates, authors and content', () => {
    expect(feed.format).toBe('json-feed');
    expect(feed.title).toBe('Gwadar Gazette');
    expect(feed.items.map((i) => i.guid)).toEqual([
      'gazette-pipeline-repost',
      'tag:karachi-ledger.example,2026-03-02:pipeline-deal',
      'gazette-steel-mills',
    ]);
    const steel = feed.items[2]!;
    expect(steel.author).toBe('Gazette staff');
    expect(steel.published?.toISOString()).toBe('2026-03-06T02:15:00.000Z');
    expect(feedParagraphs(steel)).toHaveLength(3);
  });

  it('drops an item that does not fit and keeps the rest; refuses a document that is not a JSON Feed', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 'T',
      items: [
        { title: 'no id' },
        { id: 7, url: 'https://x.example/a', content_text: 'Para one.\n\nPara two.' },
      ],
    });
    const result = parseFeed(text, 'json-feed', 'https://x.example/feed.json');
    expect(result.ok && result.feed.items.map((i) => i.guid)).toEqual(['7']);
    expect(result.ok && feedParagraphs(result.feed.items[0]!)).toEqual(['Para one.', 'Para two.']);
    const bad = parseFeed('{"version": "1", "items": []}', 'json-feed', 'https://x.example/feed.json');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.reason).toMatch(/not a valid JSON Feed/);
    const broken = parseFeed('{"version": ', 'json-feed', 'https://x.example/feed.json');
    expect(!broken.ok && broken.reason).toMatch(/malformed JSON Feed/);
  });
});

describe('bad XML', () => {
  it('reports malformed XML with the line, never a half-read feed', () => {
    const result = parseFeed(fixture('malformed.xml'), 'xml-feed', BASE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^malformed XML \(line \d+: .*title/);
  });

  it('refuses entity declarations (XML bombs) and roots that are not feeds', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss><channel><title>&b;</title></channel></rss>`;
    const result = parseFeed(bomb, 'xml-feed', BASE);
    expect(!result.ok && result.reason).toMatch(/declares entities/);
    const other = parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', 'xml-feed', BASE);
    expect(!other.ok && other.reason).toMatch(/not a feed/);
  });

  it('reads RSS 1.0 (RDF) too', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>Old Feed</title><link>https://x.example/</link></channel>
  <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link><dc:date>2026-01-02T03:04:05Z</dc:date><description>Text one.</description></item>
</rdf:RDF>`;
    const result = parseFeed(rdf, 'xml-feed', 'https://x.example/rdf');
    expect(result.ok && result.feed.format).toBe('rdf');
    expect(result.ok && result.feed.items[0]).toMatchObject({
      title: 'One',
      link: 'https://x.example/1',
      guid: 'https://x.example/1',
    });
  });
});

describe('sniff', () => {
  it('tells feeds from pages by content, not only by Content-Type', () => {
    expect(sniff(fixture('rss.xml'), 'text/xml')).toBe('xml-feed');
    expect(sniff(fixture('atom.xml'), 'application/octet-stream')).toBe('xml-feed');
    expect(sniff(fixture('feed.json'), 'application/json')).toBe('json-feed');
    expect(sniff(fixture('pages/pipeline-deal.html'), 'text/html')).toBe('html');
    expect(
      sniff('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', null),
    ).toBe('html');
    expect(sniff('{"hello": 1}', 'application/json')).toBe('unknown');
    expect(sniff('plain words', 'text/plain')).toBe('unknown');
  });
});

describe('feedDate', () => {
  it('reads RFC 822, RFC 3339 and zone abbreviations V8 does not know; null otherwise', () => {
    expect(feedDate('Tue, 02 Oct 2012 08:00:00 GMT')?.toISOString()).toBe('2012-10-02T08:00:00.000Z');
    expect(feedDate('2012-10-02T08:00:00+05:00')?.toISOString()).toBe('2012-10-02T03:00:00.000Z');
    expect(feedDate('Tue, 02 Oct 2012 08:00:00 PKT')?.toISOString()).toBe('2012-10-02T08:00:00.000Z');
    expect(feedDate('sometime last week')).toBeNull();
    expect(feedDate(null)).toBeNull();
  });
});
