/**
 * What ingestion knows about the live corpus for de-duplication: each article's normalised URL and
 * the signature of what it says (`storyText`). Kept in step with the Corpus lazily (sync() before
 * each run), so articles the corpus folder watcher or another process added are known too.
 */
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/corpus.js';
import { NearDuplicateIndex, storyText } from './near-duplicate.js';
import { normalizeUrl } from './normalize-url.js';

export class KnownArticles {
  private readonly byUrl = new Map<string, string>();
  private readonly urlOf = new Map<string, string>();
  private readonly indexed = new Map<string, Article>();
  readonly text: NearDuplicateIndex;

  constructor(private readonly corpus: Corpus) {
    this.text = new NearDuplicateIndex((id) => {
      const article = this.corpus.get(id);
      return article && storyText(article.title, article.text);
    });
  }

  /** Brings the indexes up to date with the corpus (new, replaced and removed articles). */
  sync(): void {
    const live = new Set<string>();
    for (const article of this.corpus.articles()) {
      live.add(article.id);
      if (this.indexed.get(article.id) !== article) this.track(article);
    }
    for (const id of [...this.indexed.keys()]) if (!live.has(id)) this.forget(id);
  }

  /** The id of the article at this (normalised) URL, if any. */
  idForUrl(normalized: string): string | undefined {
    const id = this.byUrl.get(normalized);
    return id !== undefined && this.corpus.get(id) ? id : undefined;
  }

  track(article: Article): void {
    const previous = this.indexed.get(article.id);
    if (
      previous &&
      previous.text === article.text &&
      previous.title === article.title &&
      previous.url === article.url
    ) {
      this.indexed.set(article.id, article);
      return;
    }
    this.forget(article.id);
    this.indexed.set(article.id, article);
    const url = article.url ? normalizeUrl(article.url) : null;
    if (url) {
      this.urlOf.set(article.id, url);
      if (!this.byUrl.has(url)) this.byUrl.set(url, article.id);
    }
    this.text.add(article.id, storyText(article.title, article.text));
  }

  private forget(id: string): void {
    this.indexed.delete(id);
    this.text.remove(id);
    const url = this.urlOf.get(id);
    if (url !== undefined) {
      this.urlOf.delete(id);
      if (this.byUrl.get(url) === id) this.byUrl.delete(url);
    }
  }
}
