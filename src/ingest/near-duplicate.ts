/**
 * Near-identical text across outlets (a shared wire story, a syndicated column): Jaccard similarity
 * of word 5-gram shingles. Each article keeps a 64-value MinHash signature (256 bytes) that picks
 * candidates cheaply; a candidate is then confirmed with the exact Jaccard of the two texts, so the
 * estimate's noise never folds two different stories.
 */

export const SHINGLE_WORDS = 5;
/** At or above this Jaccard similarity two texts are the same story. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Texts with fewer shingles than this are too short to call duplicates by text. */
const MIN_SHINGLES = 12;
const HASHES = 64;
/** Signature agreement below threshold minus this is not worth an exact check. */
const SLACK = 0.2;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mixer (murmur3's finaliser): one "permutation" per seed. */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Sorted, distinct hashes of the text's word 5-grams (case and punctuation ignored). */
export function shingles(text: string): Uint32Array {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return Uint32Array.from(out).sort();
}

/**
 * What an item says, for deciding duplicates: its text, or its title and text when the text alone
 * is too short to tell one story from another (a feed item that is a title and a link summary:
 * "submitted by ... [link] [comments]" is the same under every item of such a feed).
 */
export function storyText(title: string, text: string): string {
  return shingles(text).length >= MIN_SHINGLES ? text : `${title}\n\n${text}`;
}

/** Exact Jaccard similarity of two sorted, distinct hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let k = 0; k < HASHES; k++) {
      const h = mix(x, SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

export interface NearDuplicate {
  id: string;
  similarity: number;
}

/** Signatures of known articles; the texts themselves are asked of `textOf` when confirming. */
export class NearDuplicateIndex {
  private readonly signatures = new Map<string, Uint32Array>();

  constructor(private readonly textOf: (id: string) => string | undefined) {}

  get size(): number {
    return this.signatures.size;
  }

  add(id: string, text: string): void {
    const set = shingles(text);
    if (set.length < MIN_SHINGLES) {
      this.signatures.delete(id);
      return;
    }
    this.signatures.set(id, signature(set));
  }

  remove(id: string): void {
    this.signatures.delete(id);
  }

  /** The most similar known article at or above `threshold`, or null. */
  find(text: string, threshold = DUPLICATE_THRESHOLD): NearDuplicate | null {
    const set = shingles(text);
    if (set.length < MIN_SHINGLES) return null;
    const sig = signature(set);
    const candidates: { id: string; estimate: number }[] = [];
    for (const [id, other] of this.signatures) {
      let same = 0;
      for (let k = 0; k < HASHES; k++) if (sig[k] === other[k]) same++;
      const estimate = same / HASHES;
      if (estimate >= threshold - SLACK) candidates.push({ id, estimate });
    }
    candidates.sort((a, b) => b.estimate - a.estimate || (a.id < b.id ? -1 : 1));
    let best: NearDuplicate | null = null;
    for (const c of candidates) {
      const other = this.textOf(c.id);
      if (other === undefined) continue;
      const similarity = jaccard(set, shingles(other));
      if (similarity >= threshold && (best === null || similarity > best.similarity)) {
        best = { id: c.id, similarity };
      }
    }
    return best;
  }
}
