/**
 * Bounded memoisation for per-article and per-sentence analysis. Answers read the same articles
 * again and again, so their analysis is kept, but a bot answering for weeks over 100,000 articles
 * would otherwise end up holding every article's analysis (several times the corpus itself). The
 * least recently used entries go first. What is kept only saves time: every value is recomputed
 * the same way when it is asked for again, so answers never depend on what was evicted.
 */
export class Memo<K, V> {
  private readonly entries = new Map<K, V>();
  /** The most recently used key, which a hit need not move (nothing is kept when none is). */
  private newest: K | undefined = undefined;

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
    const hit = entries.get(key);
    // One lookup for a hit (a memo is asked millions of times an hour): `has` only tells a kept
    // undefined from a missing entry.
    if (hit !== undefined || entries.has(key)) {
      // Map keeps insertion order: re-inserting makes this the most recently used — unless it is
      // already (the same key asked again, as loops over one article's sentences do).
      if (key !== this.newest) {
        entries.delete(key);
        entries.set(key, hit as V);
        this.newest = key;
      }
      return hit as V;
    }
    const value = this.compute(key);
    if (entries.size >= this.capacity) entries.delete(entries.keys().next().value as K);
    entries.set(key, value);
    this.newest = key;
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.newest = undefined;
  }
}
