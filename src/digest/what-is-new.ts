/**
 * Which articles are news for one digest: those that entered the corpus, were fetched, or were
 * published inside the digest's window (since, until]. Windows of one channel's digests follow each
 * other without overlap, so an article is news in one digest of that channel and no other:
 *  - entered: first sighting recorded by the store when the corpus was loaded or grew;
 *  - fetched: `fetchedAt` set by ingestion;
 *  - published: the article's date, taken as midnight at its start in the subscription's zone.
 * An article that was already in the corpus when one digest was written cannot enter again later,
 * so the three rules cannot put one article into two windows.
 */
import type { Article } from '../corpus/article.js';
import { instantOf } from './zoned-time.js';

export interface Window {
  since: Date;
  until: Date;
}

/** True when `t` lies in (since, until]. */
function inWindow(t: number, w: Window): boolean {
  return t > w.since.getTime() && t <= w.until.getTime();
}

/** Midnight at the start of a YYYY-MM-DD date in `zone`, as an instant. */
export function startOfDate(date: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day, hour: 0, minute: 0, second: 0 }, zone).instant;
}

/**
 * The ids of the articles that are news in `window`, sorted. `entered` holds the ids the store saw
 * arrive in that window (ArticleSightings.seenBetween); ids no longer in the corpus are dropped.
 */
export function newArticleIds(
  articles: readonly Article[],
  entered: readonly string[],
  window: Window,
  zone: string,
): string[] {
  const present = new Set(articles.map((a) => a.id));
  const ids = new Set(entered.filter((id) => present.has(id)));
  // Dates more than two days outside the window cannot be inside it in any zone: a string
  // comparison rules them out before the (slower) zone arithmetic.
  const DAY = 86_400_000;
  const lo = new Date(window.since.getTime() - 2 * DAY).toISOString().slice(0, 10);
  const hi = new Date(window.until.getTime() + 2 * DAY).toISOString().slice(0, 10);
  for (const a of articles) {
    if (ids.has(a.id)) continue;
    const fetched = a.fetchedAt ? Date.parse(a.fetchedAt) : Number.NaN;
    if (!Number.isNaN(fetched) && inWindow(fetched, window)) ids.add(a.id);
    else if (a.published && a.published >= lo && a.published <= hi) {
      if (inWindow(startOfDate(a.published, zone), window)) ids.add(a.id);
    }
  }
  return [...ids].sort();
}
