/**
 * Bounded memoisation for per-article and per-sentence analysis. Answers read the same articles
 * again and again, so their analysis is kept, but a bot answering for weeks over 100,000 articles
 * would otherwise end up holding every article's analysis (several times the corpus itself). The
 * least recently used entries go first. What is kept only saves time: every value is recomputed
 * the same way when it is asked for again, so answers never depend on what was evicted.
 *
 * lru-cache keeps recency in typed-array links: a hit costs one hash lookup. The hand-written
 * Map-based LRU it replaces re-inserted every hit, and at 10,000 articles, where the per-sentence
 * memos are full, the churn was 6% of an ask's CPU time.
 */
import { LRUCache } from 'lru-cache';

/** lru-cache stores no undefined or null; a memo keeps whatever its function returns. */
interface Kept<V> {
  value: V;
}

export class Memo<K extends object | string | number, V> {
  private readonly cache: LRUCache<K, Kept<V>>;

  constructor(
    /** Entries kept at most. */
    readonly capacity: number,
    private readonly compute: (key: K) => V,
  ) {
    if (!(capacity >= 1)) throw new RangeError(`Memo capacity must be at least 1, got ${capacity}`);
    this.cache = new LRUCache<K, Kept<V>>({ max: capacity });
  }

  get size(): number {
    return this.cache.size;
  }

  get(key: K): V {
    // get and set, not lru-cache's memo(), which copies its options on every call (a quarter
    // slower in a micro-benchmark of hits).
    let kept = this.cache.get(key);
    if (kept === undefined) this.cache.set(key, (kept = { value: this.compute(key) }));
    return kept.value;
  }

  clear(): void {
    this.cache.clear();
  }
}
