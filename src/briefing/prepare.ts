/**
 * Background preparation: after a start, the analysis answers read of each article (its people,
 * its sentences' dates and the values they measure, an undated article's inferred date) is worked
 * out ahead of the questions, newest articles first, in short slices that leave the event loop to
 * answers. Without it, the first answers after a restart pay for every article they touch for the
 * first time (on 10,000 articles, a cold answer costs several times a warm one). It changes no answer: the same values
 * are computed on demand when an article was not prepared.
 */
import type { Article } from '../corpus/article.js';
import type { Corpus } from '../corpus/corpus.js';
import { corpusDateBook } from './analysis/article-dates.js';
import { sentenceMeasures } from './analysis/sentence-measures.js';

/**
 * Articles prepared by default: as many as the analysis caches keep (person-names.ts, article-dates.ts),
 * so preparation never evicts what it did itself. About 15 KB of heap an article.
 */
export const DEFAULT_PREPARED_ARTICLES = 20_000;

/** Longest stretch of preparation before yielding to waiting answers. */
const SLICE_MS = 4;

export interface PreparationStats {
  articles: number;
  ms: number;
  /** True when stopped (shutdown) before every article was prepared. */
  stopped: boolean;
}

export interface Preparation {
  /** Settles when every article is prepared, or preparation was stopped. Never rejects. */
  readonly done: Promise<PreparationStats>;
  stop(): void;
}

/** Newest first (by published date; undated articles after dated ones), ties by id. */
export function preparationOrder(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === null) return 1;
      if (b.published === null) return -1;
      return a.published < b.published ? 1 : -1;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

export function prepareInBackground(
  corpus: Corpus,
  options: { limit?: number; onError?: (err: unknown) => void } = {},
): Preparation {
  const limit = Math.max(0, options.limit ?? DEFAULT_PREPARED_ARTICLES);
  // Ordered in the first slice, not here: sorting 100,000 articles is no part of start-up.
  let queue: Article[] | null = null;
  const dates = corpusDateBook(corpus);
  const started = performance.now();
  let next = 0;
  let stopped = false;
  let timer: NodeJS.Immediate | null = null;
  let finish!: (stats: PreparationStats) => void;
  const done = new Promise<PreparationStats>((resolve) => (finish = resolve));
  const settle = () =>
    finish({
      articles: next,
      ms: performance.now() - started,
      stopped: stopped && (queue === null || next < queue.length),
    });

  const slice = () => {
    timer = null;
    if (stopped) return settle();
    queue ??= preparationOrder(corpus.articles()).slice(0, limit);
    const until = performance.now() + SLICE_MS;
    try {
      while (next < queue.length && performance.now() < until) {
        const article = queue[next]!;
        // An article replaced or removed since the queue was made is not worth preparing.
        if (corpus.get(article.id) === article) {
          dates.prepare(article);
          sentenceMeasures(article);
        }
        next++;
      }
    } catch (err) {
      // A bug in the analysis must not take the bot down: answers compute the same on demand.
      options.onError?.(err);
      next++;
    }
    if (next >= queue.length) return settle();
    timer = setImmediate(slice);
  };
  // Whoever starts it stops it on shutdown (Briefbot.close): until then it keeps the process alive.
  if (limit === 0 || corpus.size === 0) settle();
  else timer = setImmediate(slice);
  return {
    done,
    stop() {
      if (stopped) return;
      stopped = true;
      if (timer !== null) {
        clearImmediate(timer);
        timer = null;
        settle();
      }
    },
  };
}
