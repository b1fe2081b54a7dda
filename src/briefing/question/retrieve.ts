/**
 * Retrieval: turns a topic or a question into ranked candidate sentences. A topic is searched one
 * term (facet) at a time so a brief can cover each facet; a question must match the terms that
 * carry most of its information (idf-weighted), or nothing is returned rather than noise.
 */
import { type Article, type Sentence, sentenceKey } from '../../corpus/article.js';
import type { Corpus, CorpusHit } from '../../corpus/corpus.js';
import { queryTerms, scanWords, termOf } from '../../corpus/tokenize.js';
import { refersTo } from '../analysis/coreference.js';
import { wordFamilies } from './word-family.js';
import { pairedWeight, questionPairs, type WeightedPair } from './phrase-match.js';
import { Memo } from '../memo.js';
import type { Topic } from '../topics.js';
import type { Candidate } from '../write/writer.js';

export interface RetrieveOptions {
  /** Sentence keys not to return (already shown in the thread), unless nothing else matches. */
  exclude?: ReadonlySet<string>;
  /** Only sentences of articles that pass (digests: new articles only). */
  articleFilter?: (article: Article) => boolean;
  /** How many candidates at most. */
  limit?: number;
}

/** Topic search options: a brief also wants what each matching article reports. */
export interface TopicOptions extends RetrieveOptions {
  /**
   * Add each matching article's first sentences (its report) even where they lack the topic's
   * words ("Irishmen ... will reject any formal offer for the club"), scored below the article's
   * best sentence: an article's development is told there first.
   */
  reports?: boolean;
}

/** An article's report: its first sentences. */
const REPORT_SENTENCES = 2;
/** A report sentence found only through its article counts this share of the article's best. */
const REPORT_CREDIT = 0.5;

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
export function subjectTerms(text: string): string[] {
  return queryTerms(text).filter((t) => !QUESTION_WORDS.has(t));
}

/** Below this share of the query's idf mass, a sentence does not answer the query. */
const MIN_COVERAGE = 0.5;
/**
 * News is written as an inverted pyramid: the first sentences carry the main facts, and they are
 * long, which BM25's length normalisation penalises. A modest prior for the first four sentences
 * of an article evens that out.
 */
const LEAD_BONUS = 0.25;
const LEAD_SENTENCES = 4;
/**
 * A query term missing from the sentence but present around it (the article's title and lead,
 * the same or the previous paragraph) counts this much: "the Freedonian foreign minister" in a
 * paragraph after one naming Brandt is about Brandt. A light stand-in for coreference.
 */
const NEAR_CREDIT = 0.6;
/** The same, for a term only in the title or the article's first paragraph: further away, less sure. */
const FAR_CREDIT = 0.3;
/**
 * A question's story is told by its rarest words that are not names ("bomb" and "threat" in "Who
 * was thought to be behind the bomb threat?"). When some article found says both of the two rarest,
 * the sentences of an article saying neither keep this share of their score: they share only the
 * question's common words, or its answer type, with it ("I thought everyone would treat Populous
 * as weird"), and are of another story.
 */
const OTHER_STORY = 0.6;
/** Added, times the share of the query's idf its side-by-side word pairs carry (phrase-match.ts). */
const PHRASE_BONUS = 0.3;

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

/**
 * A word an article may use instead of a query term. `test`, when given, is what the sentence must
 * say instead of the term itself: a phrase ("called on" for "meet") found through its verb's term.
 */
export interface NearWord {
  term: string;
  weight: number;
  test?: RegExp;
}

export type QueryOptions = RetrieveOptions & {
  context?: string;
  /**
   * Share of the query's idf mass a sentence (with its surroundings) must cover. Questions pass
   * a lower bar than topic facets: the answer type, the names and the period carry the rest.
   */
  minCoverage?: number;
  /** Sentences that may be returned at all (a question's period). */
  sentenceFilter?: (ordinal: number, hit: { sentence: Sentence; article: Article }) => boolean;
  /**
   * Words an article may use instead of a query term (by index term): a sentence holding one
   * instead of the term earns the term's weight times `weight` (meaning-level matching).
   */
  near?: ReadonlyMap<string, readonly NearWord[]>;
  /**
   * More sentences to weigh beside the search's hits, chosen from them (a question's answer told
   * of "the 34-year-old" in an article found by her name). They need no query word of their own
   * (hits without one are otherwise dropped): their surroundings must cover the query.
   */
  extraHits?: (hits: readonly CorpusHit[]) => CorpusHit[];
  /** Added to a sentence's score (the answer type it holds); NaN drops the sentence. */
  bonus?: (hit: { sentence: Sentence; article: Article }, coverage: number) => number;
  /**
   * The index terms of the question's names, when the articles' stories are weighed (OTHER_STORY):
   * the names pick the articles already, and the story is told by the other words.
   */
  storyOf?: ReadonlySet<string>;
};

/**
 * A sentence's or paragraph's terms in text order: index terms (stemmed, through the bounded stem
 * cache), with stopwords kept as written so that word positions stay what coreference counts.
 */
function termsInOrder(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (w) => out.push(termOf(w) ?? w));
  return out;
}

/**
 * Whether `lowered` text may hold a token of the term: false only when it certainly does not. The
 * light stemmer only cuts endings and then changes or adds at most the last letter, so a term
 * without its last letter (`termProbe`) starts every lower-cased word it came from ("arm" of
 * "armi" from "army", "hop" of "hope" from "hoping", "sa" of "sai" from "saying"). On plain text
 * (null otherwise) a missing probe rules the term out without tokenizing the text.
 */
function mayHold(lowered: string | null, probes: readonly string[]): boolean {
  if (lowered === null) return true;
  for (const p of probes) if (lowered.includes(p)) return true;
  return false;
}

/** What a term's words all start with (see `mayHold`): exported for the test of that rule. */
export const termProbe = (term: string) => (term.length > 1 ? term.slice(0, -1) : term);

/** Some paragraphs of an article, or its lead (first paragraph and title), as retrieval reads them. */
interface Place {
  /** The text as written, which `termsOf` tokenizes ("US" is "usa" only in capitals). */
  source: string;
  /** Lower-cased as the tokenizer reads it (see `plainPlace`), which `writesAt` searches. */
  text: string;
  /** `text`, or null when a term's probe may miss it there (see `mayHold`). */
  lowered: string | null;
  /** Tokenized only when the substring test cannot rule a term out. */
  terms?: Terms;
}

/**
 * What one retrieval call reads, kept for the call: a topic's facets find many of the same
 * sentences and articles, and each is read once.
 */
class TermCache {
  private readonly sentences = new Map<number, SentenceTerms>();
  private readonly places = new Map<string, Place>();
  private readonly said = new Map<string, boolean>();

  /**
   * Whether the article (its title or text) writes one of the terms. Only the words around each
   * place its text holds a term's probe (see `mayHold`) are tokenized, unless the text may hide a
   * term from the probe (`MAY_FOLD`).
   */
  says(article: Article, terms: readonly string[]): boolean {
    const key = `${article.id}\u0000${terms.join(' ')}`;
    let known = this.said.get(key);
    if (known !== undefined) return known;
    const place = WHOLE_TEXTS.get(article);
    known =
      place.lowered === null || terms.includes('usa')
        ? terms.some((t) => termsOf(place).set.has(t))
        : terms.map(termProbe).some((probe) => writesAt(place, probe, terms));
    this.said.set(key, known);
    return known;
  }

  sentence(ordinal: number, text: string): SentenceTerms {
    let terms = this.sentences.get(ordinal);
    if (!terms) this.sentences.set(ordinal, (terms = new SentenceTerms(text)));
    return terms;
  }

  /** Paragraphs of an article, by number, or 'lead': what NEAR_CREDIT and FAR_CREDIT reach. */
  place(article: Article, paragraphs: readonly number[] | 'lead'): Place {
    const key = `${article.id}\u0000${paragraphs === 'lead' ? 'lead' : paragraphs.join(',')}`;
    let place = this.places.get(key);
    if (!place) {
      const text =
        paragraphs === 'lead'
          ? `${article.paragraphs[0] ?? ''} ${article.title}`
          : paragraphs.map((p) => article.paragraphs[p] ?? '').join(' ');
      place = plainPlace(text);
      this.places.set(key, place);
    }
    return place;
  }
}

/**
 * Whether a sentence writes a term, asked of a few terms per sentence: on plain text only the words
 * around the term's probe are tokenized (see `writesAt`), not the whole sentence — tokenizing every
 * hit's sentence was an eighth of an answer's time. The whole set is read only when needed. Exported
 * for its test.
 */
export class SentenceTerms {
  private place: Place | null = null;
  private all: Set<string> | null = null;
  private readonly known = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  has(term: string): boolean {
    if (this.all) return this.all.has(term);
    let found = this.known.get(term);
    if (found === undefined) {
      this.place ??= plainPlace(this.text);
      // Cased "US" is the term "usa", which lower-cased text cannot show.
      found =
        this.place.lowered === null || term === 'usa'
          ? this.set().has(term)
          : writesAt(this.place, termProbe(term), [term]);
      this.known.set(term, found);
    }
    return found;
  }

  /** Every term of the sentence, as `termsInOrder` reads it. */
  set(): Set<string> {
    return (this.all ??= new Set(termsInOrder(this.text)));
  }
}

/**
 * Text as the tokenizer reads it, lower-cased ("O'Brien" is "obrien", "1,000" is "1000"), for
 * `writesAt`; `lowered` is null where a probe may miss a term (`MAY_FOLD`). Cased text is needed only
 * for "US" ("usa"), which callers test on the whole set.
 */
function plainPlace(source: string): Place {
  let text = source.toLowerCase();
  if (/['`\u00b4\u2019]/.test(text)) text = text.replace(INNER_APOSTROPHE, '');
  if (/\d,\d/.test(text)) text = text.replace(DIGIT_COMMA, '');
  return { source, text, lowered: /[^\x00-\x7f]/.test(text) && MAY_FOLD.test(text) ? null : text };
}

/**
 * An article's title and text as `says` reads them, kept across questions: lower-casing a whole
 * article for every question that weighs its story cost a tenth of an answer's time. Bounded, as
 * every per-article analysis is (memo.ts); keyed by the article object, so a changed article is
 * read afresh.
 */
const WHOLE_TEXTS = new Memo<Article, Place>(4096, (article) => {
  // Read lower-cased throughout, as it always has been: `says` is asked of no name ("usa").
  const place = plainPlace(`${article.title}\n${article.text}`);
  return { ...place, source: place.text };
});

/**
 * Whether plain text writes one of the terms where its probe occurs: only the words around each
 * occurrence (up to the spaces either side, which always end a word) are tokenized, not the place.
 */
function writesAt(place: Place, probe: string, terms: readonly string[]): boolean {
  const lowered = place.lowered!;
  for (let i = lowered.indexOf(probe); i >= 0; i = lowered.indexOf(probe, i + probe.length)) {
    let start = i;
    while (start > 0 && !SPACE.test(lowered[start - 1]!)) start--;
    let end = i + probe.length;
    while (end < lowered.length && !SPACE.test(lowered[end]!)) end++;
    if (termsInOrder(place.text.slice(start, end)).some((t) => terms.includes(t))) return true;
  }
  return false;
}
const SPACE = /[ \t\r\n]/;
/**
 * Lower-cased text in which a term's probe may not be found where the tokenizer reads the term:
 * letters it folds ("naïve") and characters it ignores. Other non-ASCII text ("£5m", curly quotes)
 * hides nothing.
 */
const MAY_FOLD = /(?![\x00-\x7f])[\p{L}\p{M}\p{N}]|\u00ad|\u200c|\u200d|\u2060/u;
/**
 * An apostrophe inside a word, not a possessive's ("o'brien", "don't"; not "ruritania's"). This and
 * the next open on the character they remove, which the engine scans for, and look behind from there.
 */
const INNER_APOSTROPHE = /['`\u00b4\u2019](?<=[a-z].)(?=[a-z])(?!s(?![a-z0-9]))/g;
/** "1,000": one number. */
const DIGIT_COMMA = /,(?<=\d,)(?=\d)/g;

/** A place's terms in order and as a set, tokenized once. */
function termsOf(place: Place): Terms {
  if (!place.terms) {
    const list = termsInOrder(place.source);
    place.terms = { list, set: new Set(list) };
  }
  return place.terms;
}

/**
 * Whether the place writes the term or one of its variants: on plain text by the words around each
 * probe (`writesAt`), not by tokenizing paragraphs that a missing term's probe merely occurs in.
 */
function placeWrites(place: Place, t: { term: string; variants: readonly string[] }): boolean {
  const forms = [t.term, ...t.variants];
  if (place.lowered === null || forms.includes('usa')) return forms.some((f) => termsOf(place).set.has(f));
  return forms.some((f) => writesAt(place, termProbe(f), [f]));
}

function scoreQuery(corpus: Corpus, query: string, opts: QueryOptions, cache = new TermCache()): Scored[] {
  const terms = subjectTerms(query);
  if (terms.length === 0) return [];
  const families = wordFamilies(terms, (t) => (corpus.analyze(t)[0]?.df ?? 0) > 0);
  // A family member counts as its term ("cancellation" answers "cancel"), like a spelling variant.
  const analysis = corpus.analyze(terms.join(' ')).map((t) => ({
    ...t,
    variants: [...t.variants, ...(families.get(t.term) ?? [])],
  }));
  const totalIdf = analysis.reduce((sum, t) => sum + t.idf, 0);
  if (totalIdf <= 0) return [];

  const limit = opts.limit ?? 40;
  const minCoverage = opts.minCoverage ?? MIN_COVERAGE;
  const filter = articleFilterToSentenceFilter(corpus, opts.articleFilter);
  const alike = analysis.map((t) => opts.near?.get(t.term) ?? []);
  const searched = [...terms, ...[...families.values()].flat(), ...alike.flat().map((n) => n.term)].join(' ');
  const searchedHits = corpus.search(searched, limit * 4, filter ? { filter } : undefined);
  const extra = opts.extraHits?.(searchedHits) ?? [];
  const extraOrdinals = new Set(extra.map((h) => h.ordinal));
  let hits = searchedHits;
  if (extra.length > 0) {
    const searchedOrdinals = new Set(searchedHits.map((h) => h.ordinal));
    hits = [...searchedHits, ...extra.filter((h) => !searchedOrdinals.has(h.ordinal))];
  }

  const contextScores = new Map<number, number>();
  if (opts.context) {
    const contextQuery = subjectTerms(opts.context).join(' ');
    if (contextQuery) {
      const ctx = corpus.search(contextQuery, limit * 8, filter ? { filter } : undefined);
      const top = ctx[0]?.score ?? 0;
      for (const h of ctx) contextScores.set(h.ordinal, top > 0 ? h.score / top : 0);
    }
  }

  const top = hits[0]?.score ?? 0;
  // The question's word pairs, each word by its place in `analysis`, so that a hit is read for
  // them only when it holds both words (most hold one at most).
  const termAt = new Map(analysis.map((t, i) => [t.term, i]));
  const pairs = questionPairs(query, QUESTION_WORDS).flatMap(([first, second]) => {
    const a = termAt.get(first);
    const b = termAt.get(second);
    if (a === undefined || b === undefined) return [];
    return [{ first, second, a, b, weight: (analysis[a]!.idf + analysis[b]!.idf) / 2 }];
  });
  const holds = new Uint8Array(analysis.length);
  const scored: Scored[] = [];
  const inSet = (set: Pick<ReadonlySet<string>, 'has'>, t: (typeof analysis)[number]) =>
    set.has(t.term) || t.variants.some((v) => set.has(v));
  // Each term's credit, summed in term order as before this was split in two passes (float sums
  // depend on their order, and answers must not change by a last bit).
  const credit = new Float64Array(analysis.length);
  const probes = analysis.map((t) => [t.term, ...t.variants].map(termProbe));
  for (const hit of hits) {
    const tokens = cache.sentence(hit.ordinal, hit.sentence.text);
    let direct = 0;
    let absent = 0;
    for (const [i, t] of analysis.entries()) {
      const found = inSet(tokens, t);
      holds[i] = found ? 1 : 0;
      let weight = found ? 1 : 0;
      if (!found)
        for (const n of alike[i]!)
          if (n.weight > weight && tokens.has(n.term) && (!n.test || n.test.test(hit.sentence.text)))
            weight = n.weight;
      credit[i] = weight * t.idf;
      direct += credit[i]!;
      absent += t.idf - credit[i]!;
    }
    // Context can only add to what the sentence itself covers, at most the missing terms in full:
    // a hit that cannot reach the threshold is dropped before its paragraphs are read.
    if ((direct === 0 && !extraOrdinals.has(hit.ordinal)) || direct + absent < minCoverage * totalIdf - 1e-9)
      continue;
    if (opts.sentenceFilter && !opts.sentenceFilter(hit.ordinal, hit)) continue;
    let near: Place | undefined;
    let far: Place | undefined;
    for (const [i, t] of analysis.entries()) {
      if (credit[i]! >= t.idf) continue;
      // Most missing terms are in neither place: a substring test says so before any tokenizing.
      near ??= cache.place(hit.article, [hit.sentence.paragraph - 1, hit.sentence.paragraph]);
      if (mayHold(near.lowered, probes[i]!) && placeWrites(near, t)) {
        // "the Freedonian foreign minister" after "Freedonian Foreign Minister Kelly Brandt" is Brandt.
        credit[i] = Math.max(
          credit[i]!,
          (refersTo(tokens.set(), termsOf(near).list, [t.term, ...t.variants]) ? 1 : NEAR_CREDIT) * t.idf,
        );
        continue;
      }
      far ??= cache.place(hit.article, 'lead');
      if (mayHold(far.lowered, probes[i]!) && placeWrites(far, t)) {
        credit[i] = Math.max(credit[i]!, FAR_CREDIT * t.idf);
      }
    }
    let covered = 0;
    for (let i = 0; i < analysis.length; i++) covered += credit[i]!;
    const coverage = covered / totalIdf;
    if (coverage < minCoverage) continue;
    let score = top > 0 ? hit.score / top : 0;
    score = 0.5 * score + 0.5 * coverage;
    score *= 1 + LEAD_BONUS * Math.max(0, 1 - hit.sentence.index / LEAD_SENTENCES);
    score += PHRASE_BONUS * phraseShare(hit.sentence.text, holds, pairs, totalIdf);
    if (opts.bonus) {
      const extra = opts.bonus(hit, coverage);
      if (Number.isNaN(extra)) continue;
      score += extra;
    }
    score += 0.35 * (contextScores.get(hit.ordinal) ?? 0);
    scored.push({ ordinal: hit.ordinal, candidate: { sentence: hit.sentence, article: hit.article, score } });
  }
  if (opts.storyOf) otherStories(scored, analysis, families, opts.storyOf, cache);
  return scored;
}

/** The share of the query's idf mass carried by the question's word pairs the sentence writes side by side. */
function phraseShare(
  text: string,
  holds: Uint8Array,
  pairs: readonly (WeightedPair & { a: number; b: number })[],
  totalIdf: number,
): number {
  const held = pairs.filter((p) => holds[p.a] === 1 && holds[p.b] === 1);
  return held.length === 0 ? 0 : pairedWeight(text, held) / totalIdf;
}

/**
 * Lowers the sentences of articles saying neither of the question's two rarest words that are not
 * names, when an article found says both (OTHER_STORY). A word counts in its own forms and its word
 * family ("threaten" for "threat"), never its spelling variants, which are other words as often
 * as not ("treat"); a word the corpus never writes tells no story apart.
 */
function otherStories(
  scored: Scored[],
  analysis: readonly { term: string; df: number }[],
  families: ReadonlyMap<string, readonly string[]>,
  names: ReadonlySet<string>,
  cache: TermCache,
): void {
  const rarest = analysis
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.df > 0 && !names.has(t.term))
    // Rarest by the word's own count: its idf also counts its spelling variants ("treat" for "threat").
    .sort((a, b) => a.t.df - b.t.df || a.i - b.i)
    .slice(0, 2)
    .map(({ t }) => [t.term, ...(families.get(t.term) ?? [])]);
  if (rarest.length < 2) return;
  const says = new Map<string, number>();
  for (const { candidate } of scored) {
    const article = candidate.article;
    if (!says.has(article.id))
      says.set(article.id, rarest.filter((terms) => cache.says(article, terms)).length);
  }
  if (![...says.values()].includes(rarest.length)) return;
  for (const { candidate } of scored)
    if (says.get(candidate.article.id) === 0) candidate.score *= OTHER_STORY;
}

/**
 * Candidates for a topic brief: each topic term is searched on its own; a sentence's score is the
 * sum of its normalised scores over the facets it matches, so sentences central to the topic rise.
 */
export function searchTopic(corpus: Corpus, topic: Topic, opts: TopicOptions = {}): Retrieved {
  const limit = opts.limit ?? 80;
  const byOrdinal = new Map<number, { candidate: Candidate; facets: string[] }>();
  const cache = new TermCache();
  for (const facet of topic.terms) {
    const facetHits = scoreQuery(
      corpus,
      facet,
      { ...(opts.articleFilter ? { articleFilter: opts.articleFilter } : {}), limit: 30 },
      cache,
    )
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
  if (opts.reports) scored.push(...reportSentences(corpus, scored));
  return finish(scored, opts, limit);
}

/** The first sentences of each article the topic found, where the search did not find them. */
function reportSentences(corpus: Corpus, scored: readonly Scored[]): Scored[] {
  const best = new Map<string, Scored>();
  const have = new Set<number>();
  for (const s of scored) {
    have.add(s.ordinal);
    const b = best.get(s.candidate.article.id);
    if (!b || s.candidate.score > b.candidate.score) best.set(s.candidate.article.id, s);
  }
  const out: Scored[] = [];
  for (const top of best.values()) {
    const article = top.candidate.article;
    // Ordinals run through an article's sentences in order (corpus.sentence(ordinal)).
    const first = top.ordinal - top.candidate.sentence.index;
    for (const sentence of article.sentences.slice(0, REPORT_SENTENCES)) {
      const ordinal = first + sentence.index;
      if (have.has(ordinal) || corpus.sentence(ordinal)?.articleId !== article.id) continue;
      out.push({
        ordinal,
        candidate: { sentence, article, score: REPORT_CREDIT * top.candidate.score, facets: [] },
      });
    }
  }
  return out;
}

interface Terms {
  list: string[];
  set: Set<string>;
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
