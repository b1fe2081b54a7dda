/**
 * The corpus in memory: articles by id, a global sentence table (ordinal -> sentence), each
 * article's range of ordinals, and search over sentences.
 *
 * A sentence is found by its own words and, more weakly, by its article's title, so "Naylor" also
 * finds "the army chief said..." in an article titled "Naylor leaves for Freedonia". Titles are kept in a
 * second, article-level index rather than appended to every sentence: same effect, without
 * multiplying the postings by the title length. A sentence's score is its BM25 score plus
 * TITLE_WEIGHT times its article's title score, and a title match counts towards `matched`.
 *
 * Ordinals are never reused: replacing an article gives its sentences new ordinals and retires the
 * old ones, so an ordinal held elsewhere (a thread's memory) never points at different text.
 */
import type { Article, Sentence } from './article.js';
import { popcount, SearchIndex, type TermAnalysis, TopK } from './search-index.js';
import { type QueryToken, queryTokens } from './tokenize.js';

/** How much a title match is worth next to the same match in the sentence itself. */
export const TITLE_WEIGHT = 0.35;

export interface CorpusHit {
  sentence: Sentence;
  article: Article;
  score: number;
  /** Distinct query terms found in the sentence or its article's title. */
  matched: number;
  ordinal: number;
}

export interface CorpusSearchOptions {
  /** Keep only sentences for which this returns true (asked about likely winners only). */
  filter?: (ordinal: number) => boolean;
}

/** A corpus in parts (see Corpus.snapshot); index-cache.ts persists it. */
export interface CorpusSnapshot {
  /** Live articles in article-number order. */
  articles: Article[];
  /** Per article: its number, first ordinal and end ordinal (exclusive). */
  ranges: Int32Array;
  /** Article numbers ever given out (retired ones included). */
  slots: number;
  /** Sentence ordinals ever given out (retired ones included). */
  ordinals: number;
  sentenceIndex: Buffer;
  titleIndex: Buffer;
}

/** A snapshot whose indexes may already be read (load-corpus.ts reads them before the articles). */
export type RestorableSnapshot = Omit<CorpusSnapshot, 'sentenceIndex' | 'titleIndex'> & {
  sentenceIndex: Buffer | SearchIndex;
  titleIndex: Buffer | SearchIndex;
};

interface Entry {
  article: Article;
  /** Article number: the document id in the title index. */
  no: number;
  start: number;
  end: number;
}

export class Corpus {
  private readonly byId = new Map<string, Entry>();
  private readonly byNo: (Entry | undefined)[] = [];
  private readonly sentences: (Sentence | undefined)[] = [];
  /** Ordinal -> article number. */
  private sentenceArticle = new Int32Array(1024);
  // Not readonly: `restore` puts indexes read from a snapshot in their place.
  private sentenceIndex = new SearchIndex();
  private titleIndex = new SearchIndex();
  private live = 0;
  private sorted: Article[] | null = null;
  // Search scratch: sentences scored from their own words; title score and match bits per article.
  private inBody = new Uint8Array(0);
  /** Set during a search: a filter that searched again would overwrite the scratch. */
  private busy = false;
  private titleScore = new Float64Array(0);
  private titleMask = new Uint32Array(0);

  static from(articles: Iterable<Article>): Corpus {
    const corpus = new Corpus();
    for (const a of articles) corpus.add(a);
    return corpus;
  }

  /**
   * Everything needed to rebuild this corpus without re-indexing: the live articles in article-number
   * order with their numbers and ordinal ranges, and both indexes in SearchIndex's binary form.
   */
  snapshot(): CorpusSnapshot {
    const live = this.byNo.filter((e): e is Entry => e !== undefined);
    const ranges = new Int32Array(live.length * 3);
    live.forEach((e, i) => {
      ranges[i * 3] = e.no;
      ranges[i * 3 + 1] = e.start;
      ranges[i * 3 + 2] = e.end;
    });
    return {
      articles: live.map((e) => e.article),
      ranges,
      slots: this.byNo.length,
      ordinals: this.sentences.length,
      sentenceIndex: this.sentenceIndex.toBuffer(),
      titleIndex: this.titleIndex.toBuffer(),
    };
  }

  /**
   * The corpus a snapshot describes; answers are the same as from the corpus it was taken of.
   * Throws an Error naming the problem when the parts do not fit together (a damaged cache).
   */
  static restore(snap: RestorableSnapshot): Corpus {
    const { articles, ranges, slots, ordinals } = snap;
    if (ranges.length !== articles.length * 3)
      throw new Error('corpus snapshot: ranges do not match articles');
    const corpus = new Corpus();
    const index = (x: Buffer | SearchIndex) => (x instanceof SearchIndex ? x : SearchIndex.fromBuffer(x));
    corpus.sentenceIndex = index(snap.sentenceIndex);
    corpus.titleIndex = index(snap.titleIndex);
    // Filled by push, not by setting length: a long array made by `length =` can start out as a
    // slow dictionary in V8.
    for (let i = 0; i < slots; i++) corpus.byNo.push(undefined);
    // A saved fresh build has every ordinal, article after article: its sentences are pushed in
    // order as the articles are placed (one pass less over millions of sentences); else placed.
    let next = 0;
    for (let i = 0; i < articles.length && next >= 0; i++)
      next = ranges[i * 3 + 1] === next ? ranges[i * 3 + 2]! : -1;
    const contiguous = next === ordinals;
    if (!contiguous) for (let i = 0; i < ordinals; i++) corpus.sentences.push(undefined);
    corpus.sentenceArticle = new Int32Array(Math.max(ordinals, 1024));
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i]!;
      const no = ranges[i * 3]!;
      const start = ranges[i * 3 + 1]!;
      const end = ranges[i * 3 + 2]!;
      const fits =
        no >= 0 && no < slots && start >= 0 && end <= ordinals && end - start === article.sentences.length;
      if (!fits || corpus.byNo[no] !== undefined || corpus.byId.has(article.id)) {
        throw new Error(`corpus snapshot: article ${article.id} does not fit its ranges`);
      }
      const entry: Entry = { article, no, start, end };
      corpus.byNo[no] = entry;
      corpus.byId.set(article.id, entry);
      if (!corpus.titleIndex.has(no))
        throw new Error(`corpus snapshot: title of ${article.id} is not indexed`);
      for (let o = start; o < end; o++) {
        if ((!contiguous && corpus.sentences[o] !== undefined) || !corpus.sentenceIndex.has(o)) {
          throw new Error(`corpus snapshot: sentence ${o} is claimed twice or not indexed`);
        }
        if (contiguous) corpus.sentences.push(article.sentences[o - start]!);
        else corpus.sentences[o] = article.sentences[o - start]!;
        corpus.sentenceArticle[o] = no;
      }
      corpus.live += end - start;
    }
    if (corpus.sentenceIndex.size !== corpus.live || corpus.titleIndex.size !== articles.length) {
      throw new Error('corpus snapshot: indexes hold other documents than the articles');
    }
    return corpus;
  }

  /** Number of articles. */
  get size(): number {
    return this.byId.size;
  }

  /** Number of sentences of the articles now in the corpus. */
  get sentenceCount(): number {
    return this.live;
  }

  /** Adds an article; an article with the same id is replaced (its old sentences stop matching). */
  add(article: Article): void {
    this.remove(article.id);
    const no = this.byNo.length;
    const start = this.sentences.length;
    const end = start + article.sentences.length;
    const entry: Entry = { article, no, start, end };
    this.byNo.push(entry);
    this.byId.set(article.id, entry);
    if (end > this.sentenceArticle.length) {
      let n = this.sentenceArticle.length * 2;
      while (n < end) n *= 2;
      const next = new Int32Array(n);
      next.set(this.sentenceArticle);
      this.sentenceArticle = next;
    }
    for (let i = 0; i < article.sentences.length; i++) {
      const s = article.sentences[i]!;
      const ordinal = start + i;
      this.sentences.push(s);
      this.sentenceArticle[ordinal] = no;
      this.sentenceIndex.add(ordinal, s.text);
    }
    this.titleIndex.add(no, article.title);
    this.live += article.sentences.length;
    this.sorted = null;
  }

  /** Removes an article; returns whether it was there. */
  remove(id: string): boolean {
    const entry = this.byId.get(id);
    if (entry === undefined) return false;
    for (let o = entry.start; o < entry.end; o++) {
      const s = this.sentences[o];
      if (s !== undefined) this.sentenceIndex.remove(o, s.text);
      this.sentences[o] = undefined;
    }
    this.titleIndex.remove(entry.no, entry.article.title);
    this.byNo[entry.no] = undefined;
    this.byId.delete(id);
    this.live -= entry.end - entry.start;
    this.sorted = null;
    return true;
  }

  get(id: string): Article | undefined {
    return this.byId.get(id)?.article;
  }

  /** All articles, ordered by id. */
  articles(): Article[] {
    if (this.sorted === null) {
      this.sorted = [...this.byId.values()]
        .map((e) => e.article)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
    return [...this.sorted];
  }

  /** The sentence at `ordinal`, or undefined when there is none (never was, or its article left). */
  sentence(ordinal: number): Sentence | undefined {
    return this.sentences[ordinal];
  }

  /** The article a sentence ordinal belongs to. */
  articleOf(ordinal: number): Article | undefined {
    if (this.sentences[ordinal] === undefined) return undefined;
    return this.byNo[this.sentenceArticle[ordinal]!]?.article;
  }

  /** The ordinals of an article's sentences, in order (empty for an unknown id). */
  ordinalsOf(articleId: string): number[] {
    const e = this.byId.get(articleId);
    if (e === undefined) return [];
    return Array.from({ length: e.end - e.start }, (_, i) => e.start + i);
  }

  /** How the sentence index weighs each term of `query` (see SearchIndex.analyze). */
  analyze(query: string): TermAnalysis[] {
    return this.sentenceIndex.analyze(query);
  }

  /** The `k` best sentences for `query`, best first; equal scores in corpus (ordinal) order. */
  search(query: string, k: number, opts: CorpusSearchOptions = {}): CorpusHit[] {
    if (!(k > 0)) return [];
    const tokens = this.sentenceIndex.selectTokens(queryTokens(query));
    if (tokens.length === 0) return [];
    if (this.busy) throw new Error('Corpus.search called from inside a search filter');
    this.busy = true;
    try {
      return this.searchTokens(tokens, Math.floor(k), opts.filter);
    } finally {
      this.busy = false;
    }
  }

  private searchTokens(
    tokens: QueryToken[],
    k: number,
    filter: ((ordinal: number) => boolean) | undefined,
  ): CorpusHit[] {
    const top = new TopK(k);

    // Title scores first, into dense per-article scratch (the body loop looks one up per sentence).
    const titles = this.titleIndex.accumulate(tokens);
    this.ensureScratch();
    const titleScore = this.titleScore;
    const titleMask = this.titleMask;
    const titled = Array.from(titles.docs.subarray(0, titles.count));
    for (let i = 0; i < titles.count; i++) {
      titleScore[titles.docs[i]!] = TITLE_WEIGHT * titles.scores[i]!;
      titleMask[titles.docs[i]!] = titles.masks[i]!;
    }

    const body = this.sentenceIndex.accumulate(tokens);
    const inBody = this.inBody;
    const sentenceArticle = this.sentenceArticle;
    // The filter is the caller's code: whatever it does, the scratch is left clean.
    try {
      for (let i = 0; i < body.count; i++) {
        const ordinal = body.docs[i]!;
        inBody[ordinal] = 1;
        const no = sentenceArticle[ordinal]!;
        const score = body.scores[i]! + titleScore[no]!;
        if (!top.wouldAccept(score, ordinal)) continue;
        if (filter !== undefined && !filter(ordinal)) continue;
        top.push(ordinal, score, body.masks[i]! | titleMask[no]!);
      }

      // Sentences matching only through their title score the same within an article, so articles are
      // taken best first and each from its first sentence; once one cannot enter, nothing after can.
      titled.sort((a, b) => titleScore[b]! - titleScore[a]! || a - b);
      outer: for (const no of titled) {
        const entry = this.byNo[no];
        if (entry === undefined) continue;
        const score = titleScore[no]!;
        for (let o = entry.start; o < entry.end; o++) {
          if (inBody[o] === 1) continue;
          if (!top.wouldAccept(score, o)) break outer;
          if (filter !== undefined && !filter(o)) continue;
          top.push(o, score, titleMask[no]!);
        }
      }
    } finally {
      for (let i = 0; i < body.count; i++) inBody[body.docs[i]!] = 0;
      for (const no of titled) {
        titleScore[no] = 0;
        titleMask[no] = 0;
      }
    }

    return top.results().map((r) => ({
      sentence: this.sentences[r.doc]!,
      article: this.byNo[this.sentenceArticle[r.doc]!]!.article,
      score: r.score,
      matched: popcount(r.mask),
      ordinal: r.doc,
    }));
  }

  private ensureScratch(): void {
    if (this.inBody.length < this.sentences.length) {
      this.inBody = new Uint8Array(Math.ceil(this.sentences.length * 1.25));
    }
    if (this.titleScore.length < this.byNo.length) {
      const n = Math.ceil(this.byNo.length * 1.25);
      this.titleScore = new Float64Array(n);
      this.titleMask = new Uint32Array(n);
    }
  }
}
