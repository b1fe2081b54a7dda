/**
 * What a feed becomes, whatever its format (RSS 2.0, RSS 1.0/RDF, Atom 1.0, JSON Feed 1.x), and
 * telling a feed from a page. Parsers return values (`{ ok: false, reason }` for a malformed feed);
 * the caller logs the reason with the URL.
 */
import { parseJsonFeed } from './feed-json.js';
import { parseXmlFeed } from './feed-xml.js';

export interface FeedItem {
  /** The item's own identifier (RSS guid, Atom id, JSON Feed id), as written. */
  guid: string | null;
  /** The article's URL, absolute, or null when the item has none. */
  link: string | null;
  title: string | null;
  published: Date | null;
  author: string | null;
  /** The full text the feed carries (content:encoded, Atom content, content_html), as HTML. */
  contentHtml: string | null;
  /** JSON Feed's plain-text content. */
  contentText: string | null;
  /** The summary (RSS description, Atom summary, JSON Feed summary), as HTML. */
  summaryHtml: string | null;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom' | 'json-feed';
  title: string | null;
  /** The site the feed belongs to. */
  link: string | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; reason: string };

export type Sniffed = 'xml-feed' | 'json-feed' | 'html' | 'unknown';

/** Decides what a fetched document is from its Content-Type and its first characters. */
export function sniff(text: string, contentType: string | null): Sniffed {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2048);
  const type = (contentType ?? '').toLowerCase();
  if (head.startsWith('{'))
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(head) ? 'json-feed' : 'unknown';
  if (/^<(?:\?xml|rss[\s>]|feed[\s>]|rdf:RDF[\s>])/i.test(head) || /<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) {
    // An XHTML page also starts with <?xml; it has an <html> root.
    if (/<html[\s>]/i.test(head) && !/<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return 'html';
    return 'xml-feed';
  }
  if (/^<(?:!doctype\s+html|html|head|body|meta|!--)/i.test(head) || type.includes('html')) return 'html';
  if (type.includes('json')) return 'unknown';
  if (type.includes('xml')) return 'xml-feed';
  return 'unknown';
}

/** Parses a feed document; `base` resolves relative links (the feed's own URL). */
export function parseFeed(text: string, kind: 'xml-feed' | 'json-feed', base: string): FeedParse {
  return kind === 'json-feed' ? parseJsonFeed(text, base) : parseXmlFeed(text, base);
}
