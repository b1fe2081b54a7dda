/**
 * The deterministic offline writer. It does not paraphrase: each bullet is a sentence from the
 * corpus, cited verbatim, so it cannot misquote. The craft is in the choice: sentences that several
 * outlets make are merged into one bullet citing each; the rest are picked by maximal marginal
 * relevance (relevant, but not a restatement of what is already picked, covering the topic's
 * facets); a brief is ordered what happened, why, what next.
 */
import { queryTerms } from '../corpus/tokenize.js';
import { jaccard, roleRank, sentenceRole } from './sentence-features.js';
import type { Candidate, DraftBullet, WriteRequest, WriteResult, Writer } from './writer.js';

/** Two sentences this similar (content-term Jaccard) say the same thing. */
const SAME_STATEMENT = 0.5;
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
  const clusters = clusterStatements(request.candidates.slice(0, POOL));
  const picked = pickByMarginalRelevance(clusters, request);
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
function clusterStatements(candidates: readonly Candidate[]): Cluster[] {
  const clusters: Cluster[] = [];
  for (const candidate of candidates) {
    const terms = new Set(queryTerms(candidate.sentence.text));
    if (terms.size < 3) continue; // fragments ("Meeting with army chief") carry no claim
    const home = clusters.find((c) => jaccard(c.terms, terms) >= SAME_STATEMENT);
    if (home) {
      if (home.members.some((m) => m.article.id === candidate.article.id)) continue;
      home.members.push(candidate);
      for (const f of candidate.facets ?? []) home.facets.add(f);
      home.score += candidate.score * 0.25; // corroboration raises a statement, modestly
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

function pickByMarginalRelevance(clusters: Cluster[], request: WriteRequest): Cluster[] {
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
      const redundancy = Math.max(0, ...picked.map((p) => jaccard(p.terms, c.terms)));
      if (redundancy >= SAME_STATEMENT) continue;
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

/** Strips a leading dateline ("ISLAMABAD: ") from the bullet text; the quote stays verbatim. */
function bulletText(text: string): string {
  return text.replace(/^[A-Z][A-Z .'-]{2,30}:\s+(?=\S)/, '');
}

function toBullet(cluster: Cluster): DraftBullet {
  return {
    text: bulletText(lead(cluster).sentence.text),
    citations: cluster.members.map((m) => ({ articleId: m.article.id, quote: m.sentence.text })),
  };
}
