/**
 * Retrieval: turns a topic or a question into ranked candidate sentences. A topic is searched one
 * term (facet) at a time so a brief can cover each facet; a question must match the terms that
 * carry most of its information (idf-weighted), or nothing is returned rather than noise.
 */
import { type Article, sentenceKey } from '../corpus/article.js';
import type { Corpus } from '../corpus/corpus.js';
import { queryTerms, tokenize } from '../corpus/tokenize.js';
import { hasDateMention, sentenceRole } from './sentence-features.js';
import type { Topic } from './topics.js';
import type { Candidate } from './writer.js';

export interface RetrieveOptions {
  /** Sentence keys not to return (already shown in the thread), unless nothing else matches. */
  exclude?: ReadonlySet<string>;
  /** Only sentences of articles that pass (digests: new articles only). */
  articleFilter?: (article: Article) => boolean;
  /** How many candidates at most. */
  limit?: number;
}

export interface Retrieved {
  candidates: Candidate[];
  /** True when every candidate had been shown before and was let through because nothing else matched. */
  repeated: boolean;
}

/** Words that shape a question but say nothing about its subject. */
const QUESTION_WORDS = new Set(
  'what when where who whom whose which why how tell know explain describe happen happened happening latest news update updates anything something say said says give show me us about regarding please more detail details info information thing things'.split(
    ' ',
  ),
);

/** The content terms of a question, without question words. */
export function contentTerms(text: string): string[] {
  return queryTerms(text).filter((t) => !QUESTION_WORDS.has(t));
}

/** Below this share of the query's idf mass, a sentence does not answer the query. */
const MIN_COVERAGE = 0.5;

interface Scored {
  ordinal: number;
  candidate: Candidate;
}

/**
 * Finds sentences for a query and keeps those covering enough of its weighted terms.
 * Context terms (thread topic, names from the previous answer) only re-rank: they never make an
 * otherwise irrelevant sentence relevant.
 */
export function searchQuery(corpus: Corpus, query: string, opts: QueryOptions = {}): Retrieved {
  return finish(scoreQuery(corpus, query, opts), opts, opts.limit ?? 40);
}

type QueryOptions = RetrieveOptions & { context?: string; preferDates?: boolean; preferReasons?: boolean };

function scoreQuery(corpus: Corpus, query: string, opts: QueryOptions): Scored[] {
  const terms = contentTerms(query);
  if (terms.length === 0) return [];
  const analysis = corpus.analyze(terms.join(' '));
  const totalIdf = analysis.reduce((sum, t) => sum + t.idf, 0);
  if (totalIdf <= 0) return [];

  const limit = opts.limit ?? 40;
  const filter = articleFilterToSentenceFilter(corpus, opts.articleFilter);
  const hits = corpus.search(terms.join(' '), limit * 4, filter ? { filter } : undefined);

  const contextScores = new Map<number, number>();
  if (opts.context) {
    const contextQuery = contentTerms(opts.context).join(' ');
    if (contextQuery) {
      const ctx = corpus.search(contextQuery, limit * 8, filter ? { filter } : undefined);
      const top = ctx[0]?.score ?? 0;
      for (const h of ctx) contextScores.set(h.ordinal, top > 0 ? h.score / top : 0);
    }
  }

  const top = hits[0]?.score ?? 0;
  const scored: Scored[] = [];
  for (const hit of hits) {
    const tokens = new Set(tokenize(hit.sentence.text));
    let covered = 0;
    for (const t of analysis) {
      if (tokens.has(t.term) || t.variants.some((v) => tokens.has(v))) covered += t.idf;
    }
    const coverage = covered / totalIdf;
    if (coverage < MIN_COVERAGE) continue;
    let score = top > 0 ? hit.score / top : 0;
    score *= 0.5 + 0.5 * coverage;
    if (opts.preferDates && hasDateMention(hit.sentence.text)) score *= 1.35;
    if (opts.preferReasons && sentenceRole(hit.sentence.text) === 'why') score *= 1.35;
    score += 0.35 * (contextScores.get(hit.ordinal) ?? 0);
    scored.push({ ordinal: hit.ordinal, candidate: { sentence: hit.sentence, article: hit.article, score } });
  }
  return scored;
}

/**
 * Candidates for a topic brief: each topic term is searched on its own; a sentence's score is the
 * sum of its normalised scores over the facets it matches, so sentences central to the topic rise.
 */
export function searchTopic(corpus: Corpus, topic: Topic, opts: RetrieveOptions = {}): Retrieved {
  const limit = opts.limit ?? 80;
  const byOrdinal = new Map<number, { candidate: Candidate; facets: string[] }>();
  for (const facet of topic.terms) {
    const facetHits = scoreQuery(corpus, facet, {
      ...(opts.articleFilter ? { articleFilter: opts.articleFilter } : {}),
      limit: 30,
    })
      .sort((a, b) => b.candidate.score - a.candidate.score || a.ordinal - b.ordinal)
      .slice(0, 30);
    for (const { ordinal, candidate: c } of facetHits) {
      const entry = byOrdinal.get(ordinal);
      if (entry) {
        entry.candidate.score += c.score;
        entry.facets.push(facet);
      } else {
        byOrdinal.set(ordinal, { candidate: { ...c }, facets: [facet] });
      }
    }
  }
  const scored: Scored[] = [...byOrdinal.entries()].map(([ordinal, { candidate, facets }]) => ({
    ordinal,
    candidate: { ...candidate, facets },
  }));
  return finish(scored, opts, limit);
}

function articleFilterToSentenceFilter(
  corpus: Corpus,
  articleFilter: ((article: Article) => boolean) | undefined,
): ((ordinal: number) => boolean) | undefined {
  if (!articleFilter) return undefined;
  const memo = new Map<string, boolean>();
  return (ordinal: number) => {
    const s = corpus.sentence(ordinal);
    if (!s) return false;
    let ok = memo.get(s.articleId);
    if (ok === undefined) {
      const article = corpus.get(s.articleId);
      ok = article ? articleFilter(article) : false;
      memo.set(s.articleId, ok);
    }
    return ok;
  };
}

/** Sorts best first (ties by corpus order, for determinism) and applies the thread's exclusions. */
function finish(scored: Scored[], opts: RetrieveOptions, limit: number): Retrieved {
  scored.sort((a, b) => b.candidate.score - a.candidate.score || a.ordinal - b.ordinal);
  const exclude = opts.exclude;
  if (!exclude || exclude.size === 0) {
    return { candidates: scored.slice(0, limit).map((s) => s.candidate), repeated: false };
  }
  const fresh = scored.filter((s) => !exclude.has(sentenceKey(s.candidate.sentence)));
  if (fresh.length > 0) return { candidates: fresh.slice(0, limit).map((s) => s.candidate), repeated: false };
  return { candidates: scored.slice(0, limit).map((s) => s.candidate), repeated: scored.length > 0 };
}
