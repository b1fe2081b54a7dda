/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 with fast-xml-parser. The document is validated first, so a
 * malformed feed is reported with the parser's line and message instead of half-read. Entity
 * declarations are refused outright: feeds never need them, and they are how XML bombs work.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FeedItem, FeedParse, ParsedFeed } from './feed.js';
import { feedDate } from './feed-date.js';
import { absoluteHttpUrl } from './normalize-url.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
});

export function parseXmlFeed(text: string, base: string): FeedParse {
  const xml = text.replace(/^\uFEFF/, '');
  if (/<!ENTITY/i.test(xml.slice(0, 65_536))) {
    return { ok: false, reason: 'malformed XML: the document declares entities (not accepted in feeds)' };
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return { ok: false, reason: `malformed XML (line ${line}: ${msg})` };
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return { ok: false, reason: `malformed XML (${(err as Error).message})` };
  }
  const rss = obj(doc.rss);
  if (rss) {
    const channel = obj(rss.channel);
    if (!channel) return { ok: false, reason: 'RSS without a <channel>' };
    return { ok: true, feed: rssFeed(channel, list(channel.item), 'rss', base) };
  }
  const rdf = obj(doc['rdf:RDF']);
  if (rdf) {
    const channel = obj(rdf.channel) ?? {};
    return { ok: true, feed: rssFeed(channel, list(rdf.item), 'rdf', base) };
  }
  const atom = obj(doc.feed);
  if (atom) return { ok: true, feed: atomFeed(atom, base) };
  return { ok: false, reason: 'not a feed: the XML root is not <rss>, <rdf:RDF> or <feed>' };
}

function rssFeed(channel: Node, items: unknown[], format: 'rss' | 'rdf', base: string): ParsedFeed {
  const site = absoluteHttpUrl(text(channel.link), base);
  return {
    format,
    title: text(channel.title),
    link: site,
    items: items.flatMap((raw) => {
      const item = obj(raw);
      if (!item) return [];
      const guidNode = item.guid;
      const guid = text(guidNode);
      const permalink = obj(guidNode)?.['@_isPermaLink'];
      const link =
        absoluteHttpUrl(text(item.link), site ?? base) ??
        (permalink !== 'false' ? absoluteHttpUrl(guid, site ?? base) : null) ??
        absoluteHttpUrl(text(item['@_rdf:about']), base);
      const out: FeedItem = {
        guid: guid ?? text(item['@_rdf:about']),
        link,
        title: text(item.title),
        published: feedDate(text(item.pubDate) ?? text(item['dc:date'])),
        author: text(item['dc:creator']) ?? text(item.author),
        contentHtml: text(item['content:encoded']),
        contentText: null,
        summaryHtml: text(item.description),
      };
      return [out];
    }),
  };
}

function atomFeed(feed: Node, base: string): ParsedFeed {
  const site = atomLink(feed.link, base, 'alternate');
  return {
    format: 'atom',
    title: text(feed.title),
    link: site,
    items: list(feed.entry).flatMap((raw) => {
      const entry = obj(raw);
      if (!entry) return [];
      const author = list(entry.author)
        .map((a) => text(obj(a)?.name))
        .filter((n): n is string => n !== null);
      const out: FeedItem = {
        guid: text(entry.id),
        link: atomLink(entry.link, base, 'alternate'),
        title: text(entry.title),
        published: feedDate(text(entry.published) ?? text(entry.updated)),
        author: author.length > 0 ? author.join(', ') : null,
        contentHtml: atomContent(entry.content),
        contentText: null,
        summaryHtml: atomContent(entry.summary),
      };
      return [out];
    }),
  };
}

/** The href of the first <link> with `rel` (absent rel means alternate), absolute. */
function atomLink(node: unknown, base: string, rel: string): string | null {
  const links = list(node).map((l) => obj(l) ?? {});
  const pick = links.find((l) => (text(l['@_rel']) ?? 'alternate') === rel) ?? links[0];
  return pick ? absoluteHttpUrl(text(pick['@_href']), base) : null;
}

/** Atom text constructs: type="text" is escaped into HTML so every content is HTML downstream. */
function atomContent(node: unknown): string | null {
  const value = text(node);
  if (value === null) return null;
  const type = text(obj(node)?.['@_type']) ?? 'text';
  if (type === 'text') return `<p>${escapeHtml(value)}</p>`;
  // xhtml content arrives as parsed child elements; its text is what we can use.
  return value;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function obj(v: unknown): Node | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : null;
}

function list(v: unknown): unknown[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of an element: a string, or the #text of an element with attributes; null when empty. */
function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const o = obj(v);
  if (o) {
    if ('#text' in o) return text(o['#text']);
    // <content type="xhtml"><div>...</div></content>: gather the nested text.
    const parts = Object.entries(o)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, child]) => text(child))
      .filter((t): t is string => t !== null);
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return null;
}
