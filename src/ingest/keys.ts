/**
 * De-duplication keys recorded in the ingest state: `url:<normalised URL>` and `guid:<id>`. A GUID
 * that is a URI (tag:, urn:, http:) is global; a bare one ("1234") only means something within its
 * feed, so it is scoped by the feed's URL.
 */
import { normalizeUrl } from './normalize-url.js';

export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  const normalized = normalizeUrl(url);
  return normalized ? `url:${normalized}` : null;
}

export function guidKey(guid: string | null | undefined, feedUrl: string | null): string | null {
  const g = guid?.trim();
  if (!g) return null;
  if (/^[a-z][a-z0-9+.-]*:\S/i.test(g)) return `guid:${g}`;
  return `guid:${feedUrl ?? ''}#${g}`;
}

/** The normalised URL a `url:` key holds. */
export function urlOfKey(key: string): string | null {
  return key.startsWith('url:') ? key.slice(4) : null;
}
