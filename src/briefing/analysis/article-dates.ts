/**
 * The date of an article, and of each of its sentences. An article's date is its published date;
 * without one, it is inferred only where the text supports it, and carried separately (the
 * Article's `published` stays null):
 *  1. a publication line or dateline: "Published in The Evening Herald, October 2nd, 2012.";
 *  2. its own full dates: "planned ... from 2-3 October 2012" makes it a 2012 article (year only);
 *  3. the same events in dated articles: an undated report of Naylor's trip "from Oct 3-6" that
 *     names the people a 2012-10-02 article names, with that article's "October 3", is from 2012;
 *  4. "the first time ... in nine years": nine years after the latest such event a dated article
 *     reports.
 * Steps 2-4 give a year, never a made-up day, and each says why (`basis`).
 */
import type { Article } from '../../corpus/article.js';
import { publicationLine } from '../../corpus/publication-line.js';
import { contentTerms } from '../../corpus/tokenize.js';
import {
  addDays,
  daySpan,
  gapDays,
  isoDay,
  isRealDay,
  MONTH_ABBREVIATIONS,
  spanLabel,
  yearOf,
  yearSpan,
} from './calendar.js';
import {
  type ArticleDate,
  dateSentences,
  findMentions,
  numberWord,
  type SentenceDate,
} from './event-dates.js';
import type { Corpus } from '../../corpus/corpus.js';
import { Memo } from '../memo.js';
import { NameBook, readNames } from './person-names.js';

/** 1. A publication line, a byline date or a dateline ("LISBON, March 8, 2019 — ..."). */
function publicationDate(article: Article): ArticleDate | null {
  const line = publicationLine(article.paragraphs);
  return line?.date ? { span: daySpan(line.date), source: 'text', basis: line.basis } : null;
}

/** 2. The latest year among the article's own full dates ("2-3 October 2012", "October 2012"). */
function ownYear(article: Article): ArticleDate | null {
  let best: { year: number; words: string } | null = null;
  for (const s of article.sentences) {
    for (const m of findMentions(s.text)) {
      const y = m.shape.type === 'date' || m.shape.type === 'month' ? m.shape.year : undefined;
      if (y !== undefined && (!best || y > best.year)) best = { year: y, words: m.words };
    }
  }
  if (!best) return null;
  return { span: yearSpan(best.year), source: 'text', basis: `the article dates events "${best.words}"` };
}

/** What can be known of an article from itself alone (published, a dateline, its own full dates). */
export function ownDate(article: Article): ArticleDate | null {
  if (article.published) {
    return { span: daySpan(article.published), source: 'published', basis: 'published date' };
  }
  return publicationDate(article) ?? ownYear(article);
}

/** Years an article names as past events ("in 2009"): an inferred year cannot be earlier. */
function latestBareYear(article: Article): number {
  let latest = 0;
  for (const s of article.sentences) {
    for (const m of findMentions(s.text)) {
      if (m.shape.type === 'year' && !m.shape.bound) latest = Math.max(latest, m.shape.year);
    }
  }
  return latest;
}

/** The people an article names (by id), per name book: asked for every pair of articles. */
const peopleCache = new WeakMap<NameBook, WeakMap<Article, Set<string>>>();
function peopleOf(a: Article, book: NameBook): Set<string> {
  let byArticle = peopleCache.get(book);
  if (!byArticle) peopleCache.set(book, (byArticle = new WeakMap()));
  let set = byArticle.get(a);
  if (!set) {
    set = new Set(a.sentences.flatMap((s) => book.peopleIn(a.id, s.index).map((p) => p.id)));
    byArticle.set(a, set);
  }
  return set;
}

/** A sentence's distinct content terms, cached: the gap rule compares against every dated sentence. */
const termCache = new WeakMap<object, Set<string>>();
function termsOf(sentence: { text: string }): Set<string> {
  let set = termCache.get(sentence);
  if (!set) {
    set = new Set(contentTerms(sentence.text));
    termCache.set(sentence, set);
  }
  return set;
}

interface Dated {
  article: Article;
  date: ArticleDate;
  sentences: (SentenceDate | null)[];
}

/** Days an article names without a year ("October 3"): what step 3 can place in a year. */
function yearlessDays(article: Article): { month: number; day: number; words: string }[] {
  const days: { month: number; day: number; words: string }[] = [];
  for (const s of article.sentences) {
    for (const m of findMentions(s.text)) {
      if (m.shape.type === 'date' && m.shape.year === undefined)
        days.push({ month: m.shape.month, day: m.shape.day, words: m.words });
    }
  }
  return days;
}

/** Relative dates ("on Wednesday", "last week", "next day") fall this close to their article's date. */
const RELATIVE_REACH_DAYS = 21;

/**
 * Whether a dated article can speak of one of `days` (within a day): it names one of their months
 * or a neighbouring one (a day near a month's end), or it was published close enough for its
 * relative dates to reach one. It spares dating every sentence of articles that cannot.
 */
function mayNameDays(other: Article, days: readonly { month: number; day: number }[]): boolean {
  if (!other.published) return true;
  // "Oct" is in "October" and "Oct." (and in a few other words: then the article is only dated).
  for (const d of days) {
    for (const m of [d.month - 1, d.month, d.month + 1]) {
      // A month at its shortest ("Sep" in "Sept" and "September").
      if (other.text.includes(MONTH_ABBREVIATIONS[(m + 11) % 12]!)) return true;
    }
  }
  const published = daySpan(other.published);
  const year = yearOf(published);
  return days.some((d) =>
    [year - 1, year, year + 1].some(
      (y) =>
        isRealDay(y, d.month, d.day) &&
        gapDays(daySpan(isoDay(y, d.month, d.day)), published) <= RELATIVE_REACH_DAYS,
    ),
  );
}

/**
 * 3. The year of the same events in dated articles that name the same people. The days are
 * matched first and the people only for articles whose days match: the name book is the costly
 * part and most undated articles never need it.
 *
 * `narrow` (a large corpus, where the related articles come from a search): only articles that
 * can name one of the days are dated (`mayNameDays`), and the people are read in a book of this
 * article and the articles whose days match, not of everything the search found: "the same
 * people" is a question about the reports compared, and reading forty articles' names per undated
 * article was most of an answer's time.
 */
function storyYear(
  article: Article,
  related: readonly Article[],
  datedOf: (a: Article) => Dated | null,
  bookOf: (matched: readonly Article[]) => NameBook,
  narrow: boolean,
): ArticleDate | null {
  const days = yearlessDays(article);
  if (days.length === 0) return null;
  const floor = latestBareYear(article);
  const matches: { other: Dated; found: { year: number; words: string }[] }[] = [];
  for (const a of related) {
    if (a.id === article.id) continue;
    if (narrow && !mayNameDays(a, days)) continue;
    const other = datedOf(a);
    if (!other) continue;
    // This article's days that fall on (or next to) a day the other reports, in reading order.
    const found: { year: number; words: string }[] = [];
    for (const d of other.sentences) {
      if (!d || d.from !== 'mention' || d.span.precision !== 'day') continue;
      const y = yearOf(d.span);
      if (y < floor) continue;
      // Within a day of the span: from the day before it starts to the day after it ends.
      const from = addDays(d.span.start, -1);
      const to = addDays(d.span.end, 1);
      for (const day of days) {
        if (!isRealDay(y, day.month, day.day)) continue;
        const mine = isoDay(y, day.month, day.day);
        if (from <= mine && mine <= to) found.push({ year: y, words: day.words });
      }
    }
    if (found.length > 0) matches.push({ other, found });
  }
  if (matches.length === 0) return null;
  const book = bookOf(matches.map((m) => m.other.article));
  const mine = peopleOf(article, book);
  if (mine.size < 2) return null;
  const years = new Map<number, { other: Dated; words: string }>();
  for (const { other, found } of matches) {
    const theirs = peopleOf(other.article, book);
    let shared = 0;
    for (const p of mine) if (theirs.has(p)) shared++;
    if (shared < 2) continue;
    for (const f of found) if (!years.has(f.year)) years.set(f.year, { other, words: f.words });
  }
  // Two candidate years is a coincidence of days, not the same story: say nothing.
  if (years.size !== 1) return null;
  const [[year, { other, words }]] = [...years.entries()] as [[number, { other: Dated; words: string }]];
  const when = other.article.published ?? String(yearOf(other.date.span));
  return {
    span: yearSpan(year),
    source: 'corpus',
    basis: `"${words}" and the same people as "${other.article.title}" (${when})`,
  };
}

const FIRST_IN_YEARS = /\bfirst\b[^.;]{0,100}?\bin\s+(\w+)\s+years\b/i;
/** Words of such a sentence that say nothing about which event it is. */
const GAP_WORDS = new Set(['first', 'time', 'year', 'ha', 'been']);

/** 4. "The first time a Freedonian foreign minister has visited Ruritania in nine years." */
/** Whether step 4 has a sentence to work from ("first ... in nine years"). */
function hasGapSentence(article: Article): boolean {
  return article.sentences.some((s) => {
    const m = FIRST_IN_YEARS.exec(s.text);
    const n = m ? numberWord(m[1]!) : null;
    return n !== null && n >= 1 && n <= 100;
  });
}

function gapYear(article: Article, others: readonly Dated[]): ArticleDate | null {
  for (const s of article.sentences) {
    const m = FIRST_IN_YEARS.exec(s.text);
    if (!m) continue;
    const n = numberWord(m[1]!);
    if (n === null || n < 1 || n > 100) continue;
    const terms = new Set(contentTerms(s.text).filter((t) => !GAP_WORDS.has(t) && !/^\d+$/.test(t)));
    let anchor: { year: number; other: Dated } | null = null;
    for (const other of others) {
      if (other.article.id === article.id) continue;
      for (const [i, os] of other.article.sentences.entries()) {
        const d = other.sentences[i];
        if (!d) continue;
        let shared = 0;
        for (const t of termsOf(os)) if (terms.has(t)) shared++;
        if (shared < 3 || shared < terms.size / 2) continue;
        const y = yearOf(d.span);
        if (!anchor || y > anchor.year) anchor = { year: y, other };
      }
    }
    if (!anchor) continue;
    return {
      span: yearSpan(anchor.year + n),
      source: 'corpus',
      basis: `"${m[0]}": ${m[1]} years after the same event in "${anchor.other.article.title}" (${anchor.year})`,
    };
  }
  return null;
}

/** Articles whose sentence dates are kept (as many as person-names.ts keeps names for). */
const ARTICLES_KEPT = 20_000;

/**
 * Article and sentence dates for a corpus that may grow: results are cached per article object
 * and dropped when the set of articles changes (a new article can anchor an undated one).
 */
export class DateBook {
  // Per Article object (a replaced article is a new object). Sentence dates take a few KB an
  // article and are bounded; an article's date is a few bytes and kept for every article asked.
  private readonly own = new Memo<Article, Dated | null>(ARTICLES_KEPT, (a) => this.readOwn(a));
  private readonly inferred = new Map<string, { article: Article; date: ArticleDate | null }>();
  private readonly sentences = new Memo<Article, (SentenceDate | null)[]>(ARTICLES_KEPT, (a) =>
    dateSentences(
      a.sentences.map((s) => s.text),
      this.articleDate(a),
    ),
  );
  private generation = -1;

  /**
   * `articles()` lists the articles that may anchor an undated one (those sharing its people);
   * `generation()` changes whenever the corpus does.
   */
  constructor(
    private readonly related: (article: Article) => readonly Article[],
    /** The people of these articles (a cached book of the whole corpus when it is small). */
    readonly names: (articles: readonly Article[]) => NameBook,
    private readonly generationOf: () => number,
    /** A large corpus: related articles come from a search, and step 3 reads fewer of them. */
    private readonly narrow: () => boolean = () => false,
  ) {}

  private fresh(): void {
    const g = this.generationOf();
    if (g !== this.generation) {
      this.own.clear();
      this.inferred.clear();
      this.sentences.clear();
      this.generation = g;
    }
  }

  /** Level one: what an article says of itself, with its sentences dated against that. */
  private ownDated(article: Article): Dated | null {
    return this.own.get(article);
  }

  private readOwn(article: Article): Dated | null {
    const date = ownDate(article);
    const dated = date
      ? {
          article,
          date,
          sentences: dateSentences(
            article.sentences.map((s) => s.text),
            date,
          ),
        }
      : null;
    return dated;
  }

  /** The article's date: published, or inferred (with its basis), or null when nothing says. */
  articleDate(article: Article): ArticleDate | null {
    this.fresh();
    const hit = this.inferred.get(article.id);
    if (hit && hit.article === article) return hit.date;
    let date = ownDate(article);
    // Steps 3 and 4 need yearless days or a "first ... in n years" sentence: an article with
    // neither has nothing to infer from, so the related articles and their name book (most of an
    // answer's time on a large corpus) are not looked for. Either step alone still finds nothing
    // without its own cue, so skipping it changes no result.
    const story = !date && yearlessDays(article).length > 0;
    const gap = !date && hasGapSentence(article);
    if (!date && (story || gap)) {
      const related = this.related(article);
      const narrow = this.narrow();
      if (story) {
        // One book over the article and all it was compared with (the whole of a small corpus),
        // or, narrowed, over the article and the reports whose days match.
        const book = (matched: readonly Article[]) =>
          this.names(
            narrow
              ? [article, ...matched]
              : related.some((a) => a.id === article.id)
                ? related
                : [article, ...related],
          );
        date = storyYear(article, related, (a) => this.ownDated(a), book, narrow);
      }
      if (!date && gap) {
        const others = related
          .filter((a) => a.id !== article.id)
          .map((a) => this.ownDated(a))
          .filter((d): d is Dated => d !== null);
        date = gapYear(article, others);
      }
    }
    this.inferred.set(article.id, { article, date });
    return date;
  }

  /** The date each sentence of the article speaks of (parallel to `article.sentences`). */
  sentenceDates(article: Article): (SentenceDate | null)[] {
    this.fresh();
    return this.sentences.get(article);
  }

  /**
   * Works out ahead of time what answers read of an article (its people, its sentences' dates,
   * its inferred date), so the first answer that draws on it does not pay for it. For idle time:
   * an answer over articles never read costs ~0.3 ms per article, and ~5 ms more per undated one
   * on a 10,000-article corpus.
   */
  prepare(article: Article): void {
    readNames(article);
    this.sentenceDates(article);
  }

  /** The date of one sentence, by its key (`articleId#index`). */
  sentenceDate(article: Article, index: number): SentenceDate | null {
    return this.sentenceDates(article)[index] ?? null;
  }
}

/** Articles that may anchor an undated one: all of a small corpus, else those sharing its names. */
const SMALL_CORPUS = 200;
/**
 * At most this many: a story is retold by a few outlets, and each related article costs dating
 * its sentences (40 gave the same share of right and wrong years on the 10k bench corpus, at
 * half again the time).
 */
const RELATED = 20;

/**
 * How many of an article's capitalised words look for the articles on the same events. Four of
 * the rarest find the same stories as eight (years right/wrong/unknown on the bench corpora:
 * 10k 207/292/462 vs 219/327/415; 100k, 600 undated articles, 241/33/326 vs 233/63/304) at a
 * fraction of the search (names recur in thousands of sentences of a 100k corpus).
 */
const RELATED_WORDS = 4;

/**
 * The article's capitalised words (names, places) that find the articles on the same events: the
 * rarest few in the corpus, in reading order. Common ones ("Minister", "Ruritania") add little to
 * the ranking and most of a search's cost (their postings are long).
 */
function rareNames(corpus: Corpus, article: Article): string {
  const words = [...new Set(article.text.match(/\b[A-Z][a-z]{3,}\b/g) ?? [])].slice(0, 30);
  return words
    .map((word, i) => ({ word, i, df: corpus.analyze(word)[0]?.df ?? 0 }))
    .filter((w) => w.df > 0)
    .sort((a, b) => a.df - b.df || a.i - b.i)
    .slice(0, RELATED_WORDS)
    .sort((a, b) => a.i - b.i)
    .map((w) => w.word)
    .join(' ');
}

/** A DateBook over a live corpus (its size and sentence count tell when it changed). */
/**
 * A number that changes whenever the corpus does (an article added, replaced or removed), for
 * what is worked out once per state of the corpus.
 */
export function corpusGeneration(corpus: Corpus): number {
  return corpus.size * 1_000_003 + corpus.sentenceCount;
}

export function corpusDateBook(corpus: Corpus): DateBook {
  // One per corpus: whoever asks (the service, a warm-up, a test) shares what it has worked out.
  let book = dateBooks.get(corpus);
  if (!book) dateBooks.set(corpus, (book = newCorpusDateBook(corpus)));
  return book;
}
const dateBooks = new WeakMap<Corpus, DateBook>();

function newCorpusDateBook(corpus: Corpus): DateBook {
  let all: { generation: number; book: NameBook } | null = null;
  return new DateBook(
    (article) => {
      if (corpus.size <= SMALL_CORPUS) return corpus.articles();
      const seen = new Map<string, Article>();
      for (const hit of corpus.search(rareNames(corpus, article), RELATED * 8)) {
        if (!seen.has(hit.article.id)) seen.set(hit.article.id, hit.article);
        if (seen.size >= RELATED) break;
      }
      return [...seen.values()];
    },
    // A small corpus is one book of names, built once per state of the corpus; it knows the
    // people of any subset asked about.
    (articles) => {
      if (corpus.size > SMALL_CORPUS) return NameBook.build(articles);
      const g = corpusGeneration(corpus);
      if (!all || all.generation !== g) all = { generation: g, book: NameBook.build(corpus.articles()) };
      return all.book;
    },
    () => corpusGeneration(corpus),
    () => corpus.size > SMALL_CORPUS,
  );
}

/**
 * An article's one date, as every surface shows it (sources lists, the article panel, `sources`,
 * timelines and digests): its published date, else the inferred one with its basis, else neither.
 */
export function articleDateFields(
  article: Article,
  dates: DateBook,
): { published: string | null; publishedInferred?: { date: string; basis: string } } {
  if (article.published) return { published: article.published };
  const date = dates.articleDate(article);
  if (!date || date.source === 'published') return { published: null };
  return { published: null, publishedInferred: { date: spanLabel(date.span), basis: date.basis } };
}
