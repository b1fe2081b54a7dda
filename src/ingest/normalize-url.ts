/**
 * URL normalisation for de-duplication: the same article reached through a campaign link, with a
 * fragment, an upper-case host or a trailing slash is one article. Only changes that cannot point at
 * a different document are made (the path's case and meaningful query parameters are kept).
 */

/** Query parameters that track the reader, never select the document. */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'mc_cid',
  'mc_eid',
  'igshid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wt_mc',
  'cmpid',
  'ncid',
  'ocid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'ito',
  'ref_src',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('__twitter') || TRACKING.has(n);
}

/**
 * The de-duplication form of an http(s) URL, or null when `raw` is not one. Lower-case scheme and
 * host (URL does this), default port dropped, fragment dropped, tracking parameters dropped and the
 * rest sorted, trailing slash dropped (except the root), and "index.html"-style defaults kept as
 * they are (a server may treat them differently).
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = url.hostname.slice(0, -1);
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = kept.length > 0 ? new URLSearchParams(kept).toString() : '';
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  const text = url.toString();
  // URL keeps "?" for an emptied query on some inputs; the key should not differ by it.
  return text.endsWith('?') ? text.slice(0, -1) : text;
}

/** An absolute http(s) URL, resolved against `base` when relative; null otherwise. */
export function absoluteHttpUrl(raw: string | undefined | null, base?: string): string | null {
  if (!raw) return null;
  try {
    const url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
