/**
 * Bounded memoisation for per-article and per-sentence analysis. Answers read the same articles
 * again and again, so their analysis is kept, but a bot answering for weeks over 100,000 articles
 * would otherwise end up holding every article's analysis (several times the corpus itself). The
 * least recently used entries go first. What is kept only saves time: every value is recomputed
 * the same way when it is asked for again, so answers never depend on what was evicted.
 */
export class Memo<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(
    /** Entries kept at most. */
    readonly capacity: number,
    private readonly compute: (key: K) => V,
  ) {
    if (!(capacity >= 1)) throw new RangeError(`Memo capacity must be at least 1, got ${capacity}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V {
    const entries = this.entries;
    if (entries.has(key)) {
      const hit = entries.get(key) as V;
      // Map keeps insertion order: re-inserting makes this the most recently used.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = this.compute(key);
    if (entries.size >= this.capacity) entries.delete(entries.keys().next().value as K);
    entries.set(key, value);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
