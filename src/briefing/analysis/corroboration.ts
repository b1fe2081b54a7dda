/**
 * How many outlets stand behind a bullet. An outlet is a publisher, named the same way up to case,
 * punctuation and a leading "The" ("The Evening Herald" = "Evening Herald"); outlets that carried
 * the same story (`alsoPublishedBy`) count too. An article with no publisher is an outlet of its own
 * only when its text is not a copy of another cited article (a scrape of a Courier story is the Courier):
 * two texts are copies when most of the shorter one's 4-word runs appear in the other.
 *
 * A bullet is also supported by sentences of other outlets in the candidate pool that state the
 * same thing, unless they disagree on a fact (claims.ts): "three-day visit" does not corroborate
 * "four-day visit". Those sentences are added as citations, so each supporting outlet is cited.
 */
import type { Article } from '../../corpus/article.js';
import { Memo } from '../memo.js';
import { statementMatcher } from '../write/same-statement.js';
import { normalizeForMatch } from '../write/verify.js';
import type { DraftBullet, DraftCitation } from '../write/writer.js';

/** Share of the shorter text's 4-word runs found in the other for the two to be copies. */
const COPY = 0.6;

export function publisherKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** True when one text is mostly a copy of the other. */
export function isCopy(a: string, b: string): boolean {
  return copyOf(shingles(a), shingles(b));
}

/**
 * An article's 4-word runs as sorted distinct 53-bit hashes, once per article: a few KB where the
 * runs as strings took tens, and compared by a merge. Two different runs share a hash with odds
 * of about one in 10^10 per comparison of two articles (600 runs each).
 */
const articleShingles = new Memo(20_000, (article: Article) => runHashes(article.text));
function shingleHashes(article: Article): Float64Array {
  return articleShingles.get(article);
}

/**
 * The distinct hashes of a text's 4-word runs, sorted: each run hashed from its words as `shingles`
 * would join them, without building the run's string (an article's hundreds of strings, made
 * afresh for every article an answer cites, were most of what comparing outlets allocated).
 */
export function runHashes(text: string): Float64Array {
  const words = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const values = new Float64Array(Math.max(0, words.length - 3));
  for (let i = 0; i < values.length; i++) values[i] = hash53Run(words, i);
  values.sort();
  let n = 0;
  for (let i = 0; i < values.length; i++)
    if (i === 0 || values[i] !== values[i - 1]) values[n++] = values[i]!;
  return values.slice(0, n);
}

/**
 * Two 32-bit multiplicative hashes (FNV-1a and one with another multiplier) of the four words from
 * `from` joined by single spaces, as `shingles` writes a run, as one integer below 2^53.
 */
function hash53Run(words: readonly string[], from: number): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let k = from; k < from + 4; k++) {
    if (k > from) {
      a = Math.imul(a ^ SPACE, 0x01000193);
      b = Math.imul(b ^ SPACE, 0x5bd1e995);
    }
    const word = words[k]!;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) >>> 11);
}
const SPACE = 0x20;

/** The same test as `isCopy`, for articles, on their runs' hashes. */
function articlesCopy(a: Article, b: Article): boolean {
  const ha = shingleHashes(a);
  const hb = shingleHashes(b);
  const [small, large] = ha.length <= hb.length ? [ha, hb] : [hb, ha];
  if (small.length === 0) return false;
  let shared = 0;
  for (let i = 0, j = 0; i < small.length && j < large.length;) {
    if (small[i]! === large[j]!) {
      shared++;
      i++;
      j++;
    } else if (small[i]! < large[j]!) i++;
    else j++;
  }
  return shared / small.length >= COPY;
}

/**
 * `articlesCopy`, each pair compared once: `corroborate` asks for the outlets of the cited articles
 * with each pool article in turn, and merging two articles' runs again for every pool sentence was
 * a tenth of an answer's time. Kept for one call only (the pairs asked are the call's).
 */
function copiesOnce(): (a: Article, b: Article) => boolean {
  const known = new Map<Article, Map<Article, boolean>>();
  return (a, b) => {
    let row = known.get(a);
    if (!row) known.set(a, (row = new Map()));
    let copy = row.get(b);
    if (copy === undefined) row.set(b, (copy = articlesCopy(a, b)));
    return copy;
  };
}

function copyOf(sa: Set<string>, sb: Set<string>): boolean {
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return false;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size >= COPY;
}

/** An article's publisher keys (its publisher's, then those that carried the same story), once. */
const articlePublisherKeys = new WeakMap<Article, string[]>();
function publisherKeys(a: Article): string[] {
  let keys = articlePublisherKeys.get(a);
  if (!keys) {
    keys = [...(a.publisher ? [a.publisher] : []), ...a.alsoPublishedBy].map(publisherKey);
    articlePublisherKeys.set(a, keys);
  }
  return keys;
}

/**
 * The outlets behind a set of articles, as keys: publishers (and those that carried the same
 * story), and one key per publisher-less article that is not a copy of another of the set.
 */
export function outletKeys(
  articles: readonly Article[],
  copy: (a: Article, b: Article) => boolean = articlesCopy,
): Set<string> {
  const keys = new Set<string>();
  const unique = [...new Map(articles.map((a) => [a.id, a])).values()];
  for (const a of unique) for (const key of publisherKeys(a)) keys.add(key);
  const anonymous: Article[] = [];
  for (const a of unique) {
    if (a.publisher) continue;
    // A copy of a published article is that outlet; a copy of an anonymous one already counted is it.
    if (unique.some((b) => b.publisher && copy(a, b))) continue;
    if (anonymous.some((b) => copy(a, b))) continue;
    anonymous.push(a);
    keys.add(`article:${a.id}`);
  }
  return keys;
}

export function countOutlets(articles: readonly Article[]): number {
  return outletKeys(articles).size;
}

/** Candidate sentences the pool offers as support, with their article. */
export interface PoolSentence {
  article: Article;
  text: string;
}

/**
 * Folds bullets that state one claim into the first of them, then adds to each bullet the pool
 * sentences of outlets it does not cite yet that state the same thing and do not disagree with it. A sentence already cited by any bullet is never added again
 * (no two bullets cite one sentence).
 */
export function corroborate(
  drafts: readonly DraftBullet[],
  pool: readonly PoolSentence[],
  options: {
    get: (id: string) => Article | undefined;
    disagree: (a: DraftCitation, b: DraftCitation) => boolean;
    /** Support beyond wording: the same event by its facts (claims.ts `sameTripFact`). */
    sameEvent?: (a: DraftCitation, b: DraftCitation) => boolean;
    maxCitations?: number;
  },
): DraftBullet[] {
  const max = options.maxCitations ?? 6;
  let bullets = drafts;
  const same = statementMatcher(pool.map((p) => p.text));
  // Two bullets that state one claim from different outlets are one bullet citing both.
  const merged: DraftBullet[] = [];
  for (const bullet of bullets) {
    const home = merged.find(
      (m) =>
        bullet.citations.every((c) => !m.citations.some((x) => x.articleId === c.articleId)) &&
        m.citations.some((x) =>
          bullet.citations.some(
            (c) => (same(x.quote, c.quote) || options.sameEvent?.(x, c) === true) && !options.disagree(x, c),
          ),
        ) &&
        !m.citations.some((x) => bullet.citations.some((c) => options.disagree(x, c))),
    );
    if (home && home.citations.length + bullet.citations.length <= max)
      home.citations.push(...bullet.citations);
    else merged.push({ text: bullet.text, citations: [...bullet.citations] });
  }
  bullets = merged;
  const used = new Set(
    bullets.flatMap((b) => b.citations.map((c) => `${c.articleId}\u0000${normalizeForMatch(c.quote)}`)),
  );
  const poolKeys = pool.map((p) => `${p.article.id}\u0000${normalizeForMatch(p.text)}`);
  const copy = copiesOnce();
  return bullets.map((bullet) => {
    const citations = [...bullet.citations];
    // The cited articles and their outlets change only when a citation is added.
    const citedArticles = () =>
      citations.map((c) => options.get(c.articleId)).filter((a): a is Article => a !== undefined);
    let cited = citedArticles();
    let keys = outletKeys(cited, copy);
    let allPublished = cited.every((a) => a.publisher);
    // A published article adds an outlet to published ones when it brings a publisher key they
    // lack; with an article of no publisher on either side, copies are looked for (outletKeys).
    const addsOutlet = (a: Article) =>
      allPublished && a.publisher
        ? publisherKeys(a).some((k) => !keys.has(k))
        : outletKeys([...cited, a], copy).size !== keys.size;
    for (const [i, p] of pool.entries()) {
      if (citations.length >= max) break;
      if (citations.some((c) => c.articleId === p.article.id)) continue;
      const key = poolKeys[i]!;
      if (used.has(key)) continue;
      if (!addsOutlet(p.article)) continue;
      const candidate = { articleId: p.article.id, quote: p.text };
      if (!citations.some((c) => same(c.quote, p.text) || options.sameEvent?.(c, candidate) === true))
        continue;
      if (citations.some((c) => options.disagree(c, candidate))) continue;
      citations.push(candidate);
      used.add(key);
      cited = citedArticles();
      keys = outletKeys(cited, copy);
      allPublished = cited.every((a) => a.publisher);
    }
    return { text: bullet.text, citations };
  });
}
