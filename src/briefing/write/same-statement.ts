/**
 * Whether two sentences state the same thing, for the offline writer (one bullet citing each
 * outlet that says it, and no bullet restating another) and for corroboration, timelines and
 * "what changed" (support, repeats). Two sentences say the same thing when most of the shorter
 * one's information is in the other: a majority of its idf-weighted words (idf over the candidate
 * pool), with a margin, and enough words as such that a name or two is no statement.
 *
 * Measured on bbc-2005 (none of the eval's brief stories): the 155 pairs of sentences from
 * different articles at weighted overlap >= 0.35 in seven topic pools (Kelly Holmes, Band Aid,
 * tsunami, Davis Cup, Golden Globes, SAG awards, Parmalat). At 0.55 and 60% of words, 23 pairs
 * merge, 18 of them restatements by reading (5 are the same people in another event: "won" against
 * "tipped to win"; claims.ts and the shared-predicate test guard facts); at 0.6 it is 16 pairs, 14
 * restatements, and 4 restatements lost. Below 0.5 no pair read was a restatement.
 */
import { queryTerms } from '../../corpus/tokenize.js';

/** Share of the shorter sentence's weight the other must hold. */
const SAME_STATEMENT = 0.55;
/**
 * Share of the shorter sentence's words the other must hold when merging a pool's sentences: a
 * restatement of a short sentence counts as one of a long one does (an absolute count of shared
 * words favoured long sentences).
 */
export const SHARED_SHARE = 0.6;
/** Words two sentences must share to support one another (a matcher over texts). */
const SHARED_WORDS = 6;

/** Term weights from document frequency within the pool: words every sentence shares weigh little. */
export type Weigh = (term: string) => number;

/** Idf over the pool's term sets, each weight worked out once. */
export function poolWeights(termSets: readonly ReadonlySet<string>[]): Weigh {
  const df = new Map<string, number>();
  for (const set of termSets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(1, termSets.length);
  const weights = new Map<string, number>();
  return (t) => {
    let w = weights.get(t);
    if (w === undefined) weights.set(t, (w = Math.log(1 + n / (df.get(t) ?? 1))));
    return w;
  };
}

/** The summed weight of a term set. */
export function totalWeight(terms: ReadonlySet<string>, weigh: Weigh): number {
  let total = 0;
  for (const t of terms) total += weigh(t);
  return total;
}

export interface StatementOverlap {
  /** Weighted overlap coefficient: shared weight over the lighter set's weight (0 for an empty one). */
  value: number;
  /** Terms the two share. */
  shared: number;
}

/** How much of the lighter of two term sets the other holds; their total weights when known. */
export function statementOverlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weigh: Weigh,
  totalA = totalWeight(a, weigh),
  totalB = totalWeight(b, weigh),
): StatementOverlap {
  let shared = 0;
  let common = 0;
  for (const t of b) {
    if (a.has(t)) {
      shared++;
      common += weigh(t);
    }
  }
  const smaller = Math.min(totalA, totalB);
  return { value: smaller > 0 ? common / smaller : 0, shared };
}

/** The one rule: the shared weight is a majority with a margin, and at least `minShared` words. */
export function isSameStatement(o: StatementOverlap, minShared: number): boolean {
  return o.value >= SAME_STATEMENT && o.shared >= minShared;
}

/** Words written in lower case, as terms: what a sentence says, apart from whom it names. */
function predicateTerms(text: string): Set<string> {
  const lowered = (text.match(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []).join(' ');
  return new Set(queryTerms(lowered));
}

/**
 * Two sentences that share only names and titles ("Chief of General Staff ... Baxter") are about
 * the same people, not the same statement: a statement shares at least two words of what it says.
 */
export function sharesPredicate(a: string, b: string): boolean {
  const pa = predicateTerms(a);
  let shared = 0;
  for (const t of predicateTerms(b)) if (pa.has(t) && ++shared >= 2) return true;
  return false;
}

/**
 * Two texts state the same thing (idf over `pool`), sharing at least six words and two of what
 * they say (`sharesPredicate`).
 */
export function statementMatcher(pool: readonly string[]): (a: string, b: string) => boolean {
  // The same few sentences are matched against each other many times in one answer: each text's
  // terms, their weights and its total weight are worked out once.
  const termSets = new Map<string, Set<string>>();
  const termsOf = (text: string) => {
    let set = termSets.get(text);
    if (!set) termSets.set(text, (set = new Set(queryTerms(text))));
    return set;
  };
  const weigh = poolWeights(pool.map(termsOf));
  const totals = new Map<string, number>();
  const totalOf = (text: string, terms: Set<string>) => {
    let total = totals.get(text);
    if (total === undefined) totals.set(text, (total = totalWeight(terms, weigh)));
    return total;
  };
  return (a, b) => {
    const ta = termsOf(a);
    const tb = termsOf(b);
    const o = statementOverlap(ta, tb, weigh, totalOf(a, ta), totalOf(b, tb));
    return isSameStatement(o, SHARED_WORDS) && sharesPredicate(a, b);
  };
}
