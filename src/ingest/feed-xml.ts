/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 with fast-xml-parser. The document is validated first, so a
 * malformed feed is reported with the parser's line and message instead of half-read. Entity
 * declarations are refused outright, anywhere in the document: feeds never need them, and they are
 * how XML bombs work. Atom 0.3 (issued/modified, MIME-typed content) and Dublin Core dates are read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FeedItem, FeedParse, ParsedFeed } from './feed.js';
import { feedDate } from './feed-date.js';
import { plainText } from './html-text.js';
import { absoluteHttpUrl } from './normalize-url.js';

type Node = Record<string, unknown>;

const options = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  cdataPropName: false,
} as const;

/**
 * Atom text constructs are kept as written (their markup unparsed): an xhtml title's inline
 * elements are part of its text, and html/text ones are decoded by `atomText` by their type.
 */
const ATOM_TEXT = ['title', 'subtitle', 'summary', 'content', 'tagline'];
const parser = new XMLParser({
  ...options,
  stopNodes: [...ATOM_TEXT.map((t) => `feed.${t}`), ...ATOM_TEXT.map((t) => `feed.entry.${t}`)],
});
/** Decodes the entities and CDATA of a text construct kept raw. */
const textParser = new XMLParser(options);

/** Dates an item may carry, first found wins: RSS, Atom 1.0, Atom 0.3, Dublin Core (elements and terms). */
const DATE_FIELDS = [
  'pubDate',
  'published',
  'updated',
  'issued',
  'modified',
  'created',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'dcterms:date',
  'dcterms:modified',
  'dcterms:available',
];

function itemDate(item: Node): Date | null {
  for (const field of DATE_FIELDS) {
    const date = feedDate(text(item[field]));
    if (date) return date;
  }
  return null;
}

export function parseXmlFeed(text: string, base: string): FeedParse {
  // Whitespace and byte-order marks before the declaration are common in the wild, and harmless.
  const xml = text.replace(/^[\s\uFEFF]+/, '');
  if (/<!ENTITY/i.test(xml)) {
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
        published: itemDate(item),
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
    title: atomTitle(feed.title),
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
        title: atomTitle(entry.title),
        published: itemDate(entry),
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

/**
 * An Atom text construct, by its type: text and html decoded (entities, CDATA), xhtml as the
 * markup written. Atom 0.3 names the type as a MIME type ("text/html", "application/xhtml+xml").
 */
function atomText(node: unknown): { type: 'text' | 'html' | 'xhtml'; value: string } | null {
  const raw = typeof node === 'string' ? node : text(obj(node)?.['#text']);
  if (raw === null) return null;
  const declared = (text(obj(node)?.['@_type']) ?? 'text').toLowerCase();
  const type = declared.includes('xhtml') ? 'xhtml' : declared.includes('html') ? 'html' : 'text';
  const value = type === 'xhtml' ? raw.trim() : text((textParser.parse(`<t>${raw}</t>`) as Node).t);
  return value ? { type, value } : null;
}

/** Content as HTML: text is escaped into HTML, so every content is HTML downstream. */
function atomContent(node: unknown): string | null {
  const t = atomText(node);
  if (t === null) return null;
  return t.type === 'text' ? `<p>${escapeHtml(t.value)}</p>` : t.value;
}

/** A title as text: html and xhtml titles keep the text of their inline elements. */
function atomTitle(node: unknown): string | null {
  const t = atomText(node);
  if (t === null) return null;
  return t.type === 'text' ? t.value : plainText(t.value) || null;
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
