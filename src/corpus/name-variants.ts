/**
 * Spelling variants of names (Naylor/Nailor, Kelly/Kelli, Jonathan/Jonathon, Mohammed/Muhammad,
 * Qaddafi/Gaddafi) without a hand-written entry per pair.
 *
 * Two stages. A skeleton key buckets words that sound alike when transliterated: first letter (any
 * leading vowel counts as "a") plus the consonants, with y counted as a vowel, an h after the first
 * letter dropped (kh, dh, gh, th, "Mohammad"), doubled letters collapsed, and transliteration pairs
 * folded (ph->f, ck/c/q->k, w->v, z->s; g->k only in words of 6+ letters, where "gold"/"cold"-style
 * accidents are rare). Within a bucket a word is accepted only if its Damerau-Levenshtein distance is
 * at most 2 (at most 1 when both words are under 6 letters) and both have 4+ letters. The key keeps
 * the candidate set small; the distance keeps false friends out: "cancel"/"council" share a key but
 * are 3 edits apart, "visit"/"vast" are 2 apart but short. Both words must also end alike (two vowels
 * or the same consonant), which keeps morphology out ("Ruritania"/"Ruritanian"). Short English pairs that differ in one vowel
 * ("meet"/"meat") do pass: callers weight variant matches below exact ones for that reason.
 */

/** Shortest word that takes part in variant matching. */
export const MIN_VARIANT_LENGTH = 4;

const azOnly = /^[a-z]+$/;

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y';
}

/**
 * The skeleton key of a lowercase word, or null when the word is too short or not all a-z (numbers,
 * other scripts) and so never has variants.
 */
export function variantKey(term: string): string | null {
  if (term.length < MIN_VARIANT_LENGTH || !azOnly.test(term)) return null;
  let w = term
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/[cq]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/z/g, 's');
  if (term.length >= 6) w = w.replace(/g/g, 'k');
  // h after the first letter is mostly a transliteration mark (kh, dh, gh) or silent.
  w = w[0]! + w.slice(1).replace(/h/g, '');
  let key = isVowel(w[0]!) ? 'a' : w[0]!;
  let prev = w[0]!;
  for (let i = 1; i < w.length; i++) {
    const c = w[i]!;
    if (c === prev) continue;
    prev = c;
    if (!isVowel(c)) key += c;
  }
  return key;
}

/**
 * Optimal-string-alignment Damerau-Levenshtein distance (an adjacent transposition costs 1).
 * Stops early and returns `max + 1` once the distance is known to exceed `max`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Edits allowed between two words of these lengths. */
function allowedDistance(a: string, b: string): number {
  return Math.max(a.length, b.length) >= 6 ? 2 : 1;
}

/**
 * Both words end in a vowel, or in the same consonant. Transliterations vary vowels inside a name
 * ("Kelly"/"Kelli", "Jonathan"/"Jonathon"); a different ending is morphology ("Ruritania"/"Ruritanian",
 * "minister"/"ministry"), which is not a spelling variant.
 */
function sameEnding(a: string, b: string): boolean {
  const x = a[a.length - 1]!;
  const y = b[b.length - 1]!;
  return x === y || (isVowel(x) && isVowel(y));
}

/** Distance between two bucket mates when they are variants, else -1. */
function variantDistance(a: string, b: string): number {
  if (a === b || !sameEnding(a, b)) return -1;
  const max = allowedDistance(a, b);
  const d = damerauLevenshtein(a, b, max);
  return d <= max ? d : -1;
}

/** True when `a` and `b` are different spellings of what is probably the same name or word. */
export function isVariant(a: string, b: string): boolean {
  if (a === b) return false;
  const key = variantKey(a);
  if (key === null || key !== variantKey(b)) return false;
  return variantDistance(a, b) >= 0;
}

/** Vocabulary bucketed by skeleton key, so a word's variants are found without scanning it all. */
export class VariantIndex {
  private readonly buckets = new Map<string, string[]>();
  private readonly known = new Set<string>();

  /** Adds a vocabulary word; words that can have no variants are ignored. Returns whether it was added. */
  add(term: string): boolean {
    if (this.known.has(term)) return false;
    const key = variantKey(term);
    if (key === null) return false;
    this.known.add(term);
    const bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, [term]);
    else bucket.push(term);
    return true;
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  get size(): number {
    return this.known.size;
  }

  /** Other vocabulary words that are variants of `term` (which need not be in the vocabulary), closest first. */
  variantsOf(term: string): string[] {
    const key = variantKey(term);
    if (key === null) return [];
    const bucket = this.buckets.get(key);
    if (bucket === undefined) return [];
    const found: { term: string; distance: number }[] = [];
    for (const other of bucket) {
      const distance = variantDistance(term, other);
      if (distance >= 0) found.push({ term: other, distance });
    }
    found.sort((x, y) => x.distance - y.distance || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
    return found.map((f) => f.term);
  }
}
