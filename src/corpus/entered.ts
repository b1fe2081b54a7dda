/**
 * When an article entered the corpus, for digests' "new since": ingestion records it
 * (`fetchedAt`); an article file put in the corpus folder by hand records it as its modification
 * time. Both belong to the corpus itself, so the same files give the same answer on every run (no
 * wall clock is read). The running bot's scheduled digests also keep first sightings in the store
 * (docs/digests.md); this is what a preview without that history can know.
 */
import { statSync } from 'node:fs';
import type { Article } from './article.js';

const cache = new WeakMap<Article, string | null>();

/** ISO instant the article entered the corpus, or null when neither record exists. */
export function enteredAt(article: Article): string | null {
  if (article.fetchedAt) return article.fetchedAt;
  let at = cache.get(article);
  if (at === undefined) {
    // `path` is relative to the working directory, as loading made it.
    const info = statSync(article.path, { throwIfNoEntry: false });
    at = info ? new Date(Math.floor(info.mtimeMs)).toISOString() : null;
    cache.set(article, at);
  }
  return at;
}
