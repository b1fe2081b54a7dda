/**
 * Bytes -> text for fetched pages and feeds. The charset comes from a byte-order mark, then the
 * Content-Type header, then the document itself (HTML <meta charset> / http-equiv, or the XML
 * declaration), then UTF-8. An unknown label, or undeclared bytes that are not UTF-8, decode anyway
 * and come back with a warning for the caller to log with the URL.
 */

export type BodyKind = 'html' | 'xml' | 'json' | 'other';

export interface Decoded {
  text: string;
  /** The encoding actually used (WHATWG name). */
  charset: string;
  warning: string | null;
}

/** Bytes 0x80-0x9F of windows-1252 (0 = undefined in the standard; kept as the C1 control). */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

/**
 * windows-1252 by hand: Node 20's TextDecoder accepts the label (and latin1, iso-8859-1, ascii,
 * which WHATWG maps to it) but decodes as ISO-8859-1, turning curly quotes and dashes into C1
 * control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || b : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** The WHATWG encoding name for a label, or null when TextDecoder does not know it. */
export function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // ignoreBOM false (the default) strips a matching BOM.
  return new TextDecoder(encoding).decode(bytes);
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type header, if any. */
export function headerCharset(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^;\s]*))/i.exec(contentType);
  const label = (m?.[1] ?? m?.[2] ?? m?.[3])?.trim();
  return label ? label : null;
}

/**
 * UTF-16 without a byte-order mark, told by its first characters (XML 1.0, appendix F): an XML
 * document starts with "<" or whitespace, ASCII characters whose other byte is zero.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4) return null;
  const ascii = (b: number) => b === 0x3c || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
  if (ascii(bytes[0]!) && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && ascii(bytes[1]!) && bytes[2] === 0 && bytes[3] !== 0) return 'utf-16be';
  return null;
}

/** A charset declared inside the document's first bytes (ASCII-compatible encodings only). */
function declaredInDocument(bytes: Uint8Array, kind: BodyKind): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  if (kind === 'xml' || /^\s*<\?xml/.test(head)) {
    const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
    if (xml) return xml[1]!;
  }
  if (kind === 'html' || kind === 'other') {
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
    if (meta) return meta[1]!;
  }
  return null;
}

/** Decodes a response body; never throws. */
export function decodeBody(bytes: Uint8Array, contentType: string | null, kind: BodyKind): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bom, bytes), charset: bom, warning: null };
  // Only a document that is UTF-16 can say so in its own (UTF-16) declaration.
  const wide = kind === 'json' ? null : utf16WithoutBom(bytes);
  if (wide) return { text: decodeAs(wide, bytes), charset: wide, warning: null };
  // JSON (and so JSON Feed) is UTF-8 by definition.
  const label = kind === 'json' ? null : (headerCharset(contentType) ?? declaredInDocument(bytes, kind));
  if (label !== null) {
    let encoding = encodingFor(label);
    // A page that says utf-16 without a BOM in an ASCII-compatible <meta> is wrong about itself.
    if (encoding?.startsWith('utf-16')) encoding = 'utf-8';
    if (encoding === null) {
      return {
        text: new TextDecoder('utf-8').decode(bytes),
        charset: 'utf-8',
        warning: `unknown charset "${label}": decoded as UTF-8, some characters may be wrong`,
      };
    }
    return { text: decodeAs(encoding, bytes), charset: encoding, warning: null };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', warning: null };
  } catch {
    // Undeclared and not UTF-8: most such pages on the web are windows-1252 (WHATWG's default).
    return {
      text: decodeWindows1252(bytes),
      charset: 'windows-1252',
      warning: 'no charset declared and the bytes are not UTF-8: decoded as windows-1252',
    };
  }
}
