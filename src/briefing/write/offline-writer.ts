/**
 * The deterministic offline writer. It does not paraphrase: each bullet is a sentence from the
 * corpus, cited verbatim, so it cannot misquote. The craft is in the choice: sentences that several
 * outlets make are merged into one bullet citing each; the rest are picked by maximal marginal
 * relevance (relevant, but not a restatement of what is already picked, covering the topic's
 * facets); a brief is ordered what happened, why, what next.
 */
import { queryTerms } from '../../corpus/tokenize.js';
import { textFactsDisagree } from '../analysis/claims.js';
import {
  isSameStatement,
  poolWeights,
  SHARED_SHARE,
  sharesPredicate,
  type StatementOverlap,
  statementOverlap,
  type Weigh,
} from './same-statement.js';
import { roleRank, sentenceRole } from '../analysis/sentence-features.js';
import type { Development } from './developments.js';
import type { Candidate, DraftBullet, WriteRequest, WriteResult, Writer } from './writer.js';

/** Relevance against novelty: 1 is pure relevance. */
const LAMBDA = 0.7;
/** A bullet weaker than this share of the best one is not worth showing once the minimum is met. */
const WEAK = 0.2;
const MIN_BULLETS = 4;
/** How many candidates are considered at most; beyond this they are too weak to matter. */
const POOL = 60;

interface Cluster {
  members: Candidate[];
  terms: Set<string>;
  score: number;
  facets: Set<string>;
}

/** The same statement as same-statement.ts's rule: the shorter's words mostly in the other. */
function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>, weigh: Weigh): boolean {
  return isRestatement(statementOverlap(a, b, weigh), Math.min(a.size, b.size));
}

function isRestatement(o: StatementOverlap, shorter: number): boolean {
  return isSameStatement(o, SHARED_SHARE * shorter);
}

export function createOfflineWriter(): Writer {
  return {
    name: 'offline',
    async write(request: WriteRequest): Promise<WriteResult> {
      return { ok: true, mode: 'offline', bullets: writeOffline(request) };
    },
  };
}

/** The offline composition as a pure function (exported for tests and the digest preview). */
export function writeOffline(request: WriteRequest): DraftBullet[] {
  if (request.kind !== 'answer' && request.developments && request.developments.length > 0)
    return writeByDevelopment(request, request.developments);
  const pool = request.candidates.slice(0, POOL);
  const termSets = pool.map((c) => new Set(queryTerms(c.sentence.text)));
  const weigh = poolWeights(termSets);
  const clusters = clusterStatements(pool, termSets, weigh);
  const picked = pickByMarginalRelevance(clusters, request, weigh);
  const ordered =
    request.kind === 'answer'
      ? picked
      : [...picked].sort(
          (a, b) =>
            roleRank(sentenceRole(lead(a).sentence.text)) - roleRank(sentenceRole(lead(b).sentence.text)) ||
            b.score - a.score,
        );
  return ordered.map(toBullet);
}

function lead(cluster: Cluster): Candidate {
  return cluster.members[0]!;
}

/**
 * Groups candidates that state the same thing. Members from the same article as an earlier member
 * are dropped (one article, one citation per statement); the first (best) member leads.
 */
function clusterStatements(
  candidates: readonly Candidate[],
  termSets: readonly Set<string>[],
  weigh: Weigh,
  /** Whether each further outlet saying it adds to a statement's score (answers: likelier a key fact). */
  repetitionCounts = true,
): Cluster[] {
  const clusters: Cluster[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const terms = termSets[i]!;
    if (terms.size < 3) continue; // fragments ("Meeting with army chief") carry no claim
    // "three-day visit" and "four-day visit" share most words but not the fact, and sentences that
    // share only names and titles share no statement: neither is one bullet.
    const home = clusters.find(
      (c) =>
        sameStatement(c.terms, terms, weigh) &&
        sharesPredicate(lead(c).sentence.text, candidate.sentence.text) &&
        !c.members.some((m) => textFactsDisagree(m.sentence.text, candidate.sentence.text)),
    );
    if (home) {
      if (home.members.some((m) => m.article.id === candidate.article.id)) continue;
      home.members.push(candidate);
      for (const f of candidate.facets ?? []) home.facets.add(f);
      if (repetitionCounts) home.score += candidate.score * 0.5; // another outlet: likelier a key fact
      continue;
    }
    clusters.push({
      members: [candidate],
      terms,
      score: candidate.score,
      facets: new Set(candidate.facets ?? []),
    });
  }
  return clusters;
}

function pickByMarginalRelevance(clusters: Cluster[], request: WriteRequest, weigh: Weigh): Cluster[] {
  const picked: Cluster[] = [];
  const covered = new Set<string>();
  const perArticle = new Map<string, number>();
  const remaining = [...clusters];
  const best = Math.max(0, ...clusters.map((c) => c.score));
  if (best === 0) return [];

  while (picked.length < request.maxBullets && remaining.length > 0) {
    let bestIndex = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < remaining.length; i++) {
      const c = remaining[i]!;
      const relevance = c.score / best;
      const overlaps = picked.map((p) => statementOverlap(p.terms, c.terms, weigh));
      if (overlaps.some((o, k) => isRestatement(o, Math.min(picked[k]!.terms.size, c.terms.size)))) continue;
      const redundancy = Math.max(0, ...overlaps.map((o) => o.value));
      const newFacets = [...c.facets].filter((f) => !covered.has(f)).length;
      const facetBonus = c.facets.size > 0 ? 0.15 * Math.min(newFacets, 2) : 0;
      const sameArticle = 0.05 * (perArticle.get(lead(c).article.id) ?? 0);
      const value = LAMBDA * relevance - (1 - LAMBDA) * redundancy + facetBonus - sameArticle;
      if (value > bestValue) {
        bestValue = value;
        bestIndex = i;
      }
    }
    if (bestIndex < 0) break;
    const chosen = remaining.splice(bestIndex, 1)[0]!;
    if (picked.length >= MIN_BULLETS && chosen.score / best < WEAK) break;
    picked.push(chosen);
    for (const f of chosen.facets) covered.add(f);
    const id = lead(chosen).article.id;
    perArticle.set(id, (perArticle.get(id) ?? 0) + 1);
  }
  return picked;
}

/** An article's report: its first sentences (the inverted pyramid's top). */
const REPORT_SENTENCES = 2;

/** The first item with the highest value (deterministic on ties). */
function maxBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  let best: T | undefined;
  let top = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const v = value(item);
    if (v > top) {
      top = v;
      best = item;
    }
  }
  return best;
}

/** The first item with the lowest value. */
function minBy<T>(items: readonly T[], value: (item: T) => number): T | undefined {
  return maxBy(items, (item) => -value(item));
}

/** Bullets one development may have: its report, and at most two more of what it brought. */
const PER_DEVELOPMENT = 3;
/** A development whose articles retrieval found this much less of than the best one's is noise. */
const WEAK_DEVELOPMENT = 0.25;

/**
 * A brief by development: every development that retrieval found enough of gets its best
 * statement (most important development first, while bullets remain), then each gets a second and
 * a third where it has more to say; an article not yet cited gets its best statement in its
 * development while there is room. A statement's score is its best sentence's, not a sum over the
 * outlets that repeat it: background every article retells must not outrank a development told
 * once. Bullets come out the latest development first (`oldestFirst`: the reverse).
 */
function writeByDevelopment(request: WriteRequest, developments: readonly Development[]): DraftBullet[] {
  const pool = developments.flatMap((d) => d.members);
  const termSets = pool.map((c) => new Set(queryTerms(c.sentence.text)));
  const weigh = poolWeights(termSets);
  const clusters = clusterStatements(pool, termSets, weigh, false);
  const devOf = new Map<Candidate, number>();
  developments.forEach((d, i) => d.members.forEach((m) => devOf.set(m, i)));
  const perDev: Cluster[][] = developments.map(() => []);
  for (const c of clusters) perDev[devOf.get(lead(c))!]!.push(c);
  for (const list of perDev) list.sort((a, b) => b.score - a.score);

  const top = Math.max(0, ...developments.map((d) => d.score));
  const eligible = developments
    .map((d, i) => ({ d, i }))
    .filter(({ d, i }) => d.score >= WEAK_DEVELOPMENT * top && perDev[i]!.length > 0)
    .sort((a, b) => b.d.score - a.d.score || a.i - b.i)
    .map(({ i }) => i);
  const picked: Cluster[][] = developments.map(() => []);
  let total = 0;
  const cited = new Set<string>();
  const take = (i: number, c: Cluster) => {
    picked[i]!.push(c);
    total++;
    for (const m of c.members) cited.add(m.article.id);
  };
  // What a statement tells that other developments' articles tell too: the share of its weight
  // in words they use. What they share is background, not what this development brought.
  const devsWith = new Map<string, Set<number>>();
  pool.forEach((m, k) => {
    for (const t of termSets[k]!) {
      const set = devsWith.get(t);
      if (set) set.add(devOf.get(m)!);
      else devsWith.set(t, new Set([devOf.get(m)!]));
    }
  });
  const toldElsewhere = (c: Cluster) => {
    const home = devOf.get(lead(c))!;
    let all = 0;
    let shared = 0;
    for (const t of c.terms) {
      all += weigh(t);
      const devs = devsWith.get(t);
      if (devs && (devs.size > 1 || !devs.has(home))) shared += weigh(t);
    }
    return all > 0 ? shared / all : 1;
  };
  const isNew = (c: Cluster) =>
    !picked.some((list) => list.some((p) => sameStatement(p.terms, c.terms, weigh) || p === c));
  for (let round = 0; round < PER_DEVELOPMENT && total < request.maxBullets; round++) {
    for (const i of eligible) {
      if (total >= request.maxBullets) break;
      if (picked[i]!.length !== round) continue;
      const best = perDev[i]![0]!.score;
      const options = perDev[i]!.filter(
        (c) => !picked[i]!.includes(c) && isNew(c) && (round === 0 || c.score >= WEAK * best),
      );
      // A development opens with its report (an article's first sentences) where it has one;
      // then come the reports of its other articles, each the news of its own article (relevant,
      // and least like anything the brief already says); then what its articles add that no other
      // development tells: a later paragraph with new content beats a restatement of background
      // (retrieval scores a sentence by how many of the topic's terms it repeats, so background
      // ranks high; among statements relevant enough to show, ties go to the more relevant).
      const redundancy = (c: Cluster) =>
        Math.max(0, ...picked.flat().map((p) => statementOverlap(p.terms, c.terms, weigh).value));
      const uncitedReports = options.filter(
        (c) => lead(c).sentence.index < REPORT_SENTENCES && !c.members.some((m) => cited.has(m.article.id)),
      );
      const next =
        round === 0
          ? (minBy(
              options.filter((c) => lead(c).sentence.index < REPORT_SENTENCES),
              (c) => lead(c).sentence.index,
            ) ?? options[0])
          : uncitedReports.length > 0
            ? maxBy(uncitedReports, (c) => LAMBDA * (c.score / best) - (1 - LAMBDA) * redundancy(c))
            : maxBy(options, (c) => 1 - Math.max(redundancy(c), toldElsewhere(c)));
      if (next) take(i, next);
    }
  }
  // Every article with relevant content is eligible: one still uncited gets its best statement.
  for (const i of eligible) {
    for (const c of perDev[i]!) {
      if (total >= request.maxBullets || picked[i]!.length >= PER_DEVELOPMENT) break;
      if (c.members.every((m) => cited.has(m.article.id)) || !isNew(c)) continue;
      take(i, c);
    }
  }
  const order = developments.map((_, i) => i);
  if (!request.oldestFirst) order.reverse();
  return order.flatMap((i) => picked[i]!).map(toBullet);
}

/** Strips a leading dateline ("SPRINGFIELD: ") from the bullet text; the quote stays verbatim. */
function bulletText(text: string): string {
  return text.replace(/^[A-Z][A-Z .'-]{2,30}:\s+(?=\S)/, '');
}

function toBullet(cluster: Cluster): DraftBullet {
  return {
    text: bulletText(lead(cluster).sentence.text),
    citations: cluster.members.map((m) => ({ articleId: m.article.id, quote: m.sentence.text })),
  };
}
