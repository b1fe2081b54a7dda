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

/** How much of a document `sniff` reads: enough to step over a long leading comment. */
export const SNIFF_BYTES = 65_536;

/**
 * Where the first element starts, past byte-order marks, whitespace, the XML declaration,
 * processing instructions, comments and a DOCTYPE (whose name is returned), and whether an XML
 * declaration was among them; -1 when the prolog runs past what was read. The text may be bytes
 * read as latin1, so a UTF-8 byte-order mark arrives as "ï»¿".
 */
function rootStart(text: string): { at: number; doctype: string | null; declared: boolean } {
  let at = 0;
  let doctype: string | null = null;
  let declared = false;
  for (;;) {
    const skip = /^(?:\s|\uFEFF|\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)+/.exec(text.slice(at, at + 64));
    if (skip) at += skip[0].length;
    if (text.startsWith('<!--', at)) {
      const end = text.indexOf('-->', at + 4);
      if (end < 0) return { at: -1, doctype, declared };
      at = end + 3;
    } else if (text.startsWith('<?', at)) {
      declared ||= /^<\?xml\s/i.test(text.slice(at, at + 6));
      const end = text.indexOf('?>', at + 2);
      if (end < 0) return { at: -1, doctype, declared };
      at = end + 2;
    } else if (/^<!doctype\s/i.test(text.slice(at, at + 10))) {
      doctype = /^<!doctype\s+([^\s>[]+)/i.exec(text.slice(at, at + 100))?.[1]?.toLowerCase() ?? '';
      // An internal subset ([...]) ends at "]>"; a plain DOCTYPE at ">".
      const subset = text.indexOf('[', at);
      const close = text.indexOf('>', at);
      const end = subset >= 0 && subset < close ? text.indexOf(']>', subset) + 1 : close;
      if (end <= 0) return { at: -1, doctype, declared };
      at = end + 1;
    } else return { at, doctype, declared };
  }
}

/**
 * Decides what a fetched document is from its root element (past comments and the prolog), else
 * its first characters and Content-Type. UTF-16 without a byte-order mark is read too (every
 * other byte zero, when the text is bytes read as latin1).
 */
export function sniff(text: string, contentType: string | null): Sniffed {
  let doc = text.slice(0, SNIFF_BYTES);
  if (/^(?:\u00FF\u00FE|\u00FE\u00FF)?(?:[^\0]\0|\0[^\0]){4}/.test(doc)) doc = doc.replace(/\0/g, '');
  const type = (contentType ?? '').toLowerCase();
  const { at, doctype, declared } = rootStart(doc);
  const head = doc.slice(Math.max(0, at), Math.max(0, at) + 2048);
  if (at >= 0 && head.startsWith('{'))
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\//.test(head) ? 'json-feed' : 'unknown';
  const root = at >= 0 ? /^<([A-Za-z_][\w:.-]*)/.exec(head)?.[1]?.toLowerCase() : undefined;
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'xml-feed';
  // An XHTML page also starts with <?xml; it has an <html> root.
  if (root === 'html' || doctype === 'html') return 'html';
  if (root !== undefined && /^(?:head|body|meta|div|p|title|link|script)$/.test(root)) return 'html';
  // Another XML vocabulary: the parser says which root it found.
  if (root !== undefined && declared) return 'xml-feed';
  if (type.includes('html')) return 'html';
  if (type.includes('json')) return 'unknown';
  if (type.includes('xml')) return 'xml-feed';
  return 'unknown';
}

/** Parses a feed document; `base` resolves relative links (the feed's own URL). */
export function parseFeed(text: string, kind: 'xml-feed' | 'json-feed', base: string): FeedParse {
  return kind === 'json-feed' ? parseJsonFeed(text, base) : parseXmlFeed(text, base);
}
