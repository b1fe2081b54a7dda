/**
 * Developments: a topic's retrieved sentences grouped into the events they report, each with the
 * period it happened in, oldest first. A brief then gives every development its own bullets (the
 * latest first) instead of letting the background every article repeats crowd out a development
 * told once.
 *
 * News is written as an inverted pyramid: an article's title and first sentences say what it
 * reports. Articles whose reports say the same thing (their rarer words, idf over the topic's
 * articles) at dates that allow it are one development; the rest of an article is background to
 * its report, and the writer draws on it for that development. Dates come from what the corpus infers
 * (article-dates.ts, event-dates.ts); where there are none, the order comes from what articles
 * know: an article that retells another development as background was written after it.
 */
import type { Article } from '../../corpus/article.js';
import { queryTerms } from '../../corpus/tokenize.js';
import type { DateBook } from '../analysis/article-dates.js';
import { type DateSpan, gapDays, monthOf, monthSpan, yearOf, yearSpan } from '../analysis/calendar.js';
import { speaksOfFuture } from '../analysis/event-dates.js';
import type { Candidate } from './writer.js';
import { FORECAST } from '../analysis/sentence-features.js';

export interface Development {
  /** Its sentences, best first. */
  members: Candidate[];
  /** The period it happened in (month, else year), or null when nothing dates it. */
  date: DateSpan | null;
  /** How much retrieval found of it: the best sentence of each of its articles, summed. */
  score: number;
}

/** Events further apart than this are different developments, whatever their words. */
export const DEVELOPMENT_GAP_DAYS = 60;
/**
 * Reports are one development when the cosine of their idf-weighted words reaches this. Words
 * alone do not separate a development from the next step of its story: the six BBC reports of the
 * Fiat-GM story (talks, deadline, deal, aftermath) score 0.07-0.17 with each other. So only
 * near-restatements merge (0.2 is above that), and an article reports its own development unless
 * another says the same: a brief then errs towards one development too many (a bullet more), never
 * one lost.
 */
const SAME_DEVELOPMENT = 0.2;
/** An article's report: its title and its first sentences (the inverted pyramid's top). */
const LEAD_SENTENCES = 2;

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Weighted word vectors for texts, idf over the texts themselves. */
function vectorsOf(texts: readonly string[][], df: ReadonlyMap<string, number>, n: number): Vector[] {
  return texts.map((terms) => {
    const v: Vector = new Map();
    for (const t of terms) v.set(t, Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

function compatible(a: DateSpan | null, b: DateSpan | null): boolean {
  return a === null || b === null || gapDays(a, b) <= DEVELOPMENT_GAP_DAYS;
}

/**
 * Average-link agglomeration: the closest two groups merge while their average similarity
 * reaches `threshold`; a pair that may not be one development (dates apart) forbids the merge.
 */
function agglomerate(count: number, sim: (i: number, j: number) => number, threshold: number): number[][] {
  let groups: number[][] = Array.from({ length: count }, (_, i) => [i]);
  for (;;) {
    let best = threshold;
    let pair: [number, number] | null = null;
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        let total = 0;
        for (const i of groups[x]!) for (const j of groups[y]!) total += sim(i, j);
        const avg = total / (groups[x]!.length * groups[y]!.length);
        if (avg > best || (avg === best && pair === null)) {
          best = avg;
          pair = [x, y];
        }
      }
    }
    if (!pair) return groups;
    const [x, y] = pair;
    groups[x] = [...groups[x]!, ...groups[y]!].sort((a, b) => a - b);
    groups = groups.filter((_, k) => k !== y);
  }
}

interface Report {
  article: Article;
  vector: Vector;
  date: DateSpan | null;
  members: Candidate[];
}

/** Groups a topic's candidates into developments, oldest first. */
export function groupDevelopments(candidates: readonly Candidate[], dates: DateBook): Development[] {
  const byArticle = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byArticle.get(c.article.id);
    if (list) list.push(c);
    else byArticle.set(c.article.id, [c]);
  }
  const articles = [...byArticle.values()].map((list) => list[0]!.article);
  if (articles.length === 0) return [];

  // What each article reports, weighed against the other articles' reports.
  const reportTerms = articles.map((a) =>
    queryTerms([a.title, ...a.sentences.slice(0, LEAD_SENTENCES).map((s) => s.text)].join(' ')),
  );
  const sentenceTerms = candidates.map((c) => queryTerms(c.sentence.text));
  const df = new Map<string, number>();
  for (const terms of reportTerms) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const reportVectors = vectorsOf(reportTerms, df, articles.length);
  const reports: Report[] = articles.map((article, i) => ({
    article,
    vector: reportVectors[i]!,
    date: reportDate(article, dates),
    members: byArticle.get(article.id)!,
  }));
  // Each pair is weighed once: merging reads every pair again on every round.
  const n = reports.length;
  // A preview ("X is tipped to win") and the outcome ("X won") are two developments, however
  // alike their words: a report is one or the other by its headline and first sentence.
  const forecast = reports.map((r) =>
    FORECAST.test(`${r.article.title} ${r.article.sentences[0]?.text ?? ''}`),
  );
  const similarity = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const sim =
        compatible(reports[i]!.date, reports[j]!.date) && forecast[i] === forecast[j]
          ? cosine(reports[i]!.vector, reports[j]!.vector)
          : Number.NEGATIVE_INFINITY;
      similarity[i * n + j] = sim;
      similarity[j * n + i] = sim;
    }
  const groups = agglomerate(n, (i, j) => similarity[i * n + j]!, SAME_DEVELOPMENT);

  const sentenceVectors = vectorsOf(sentenceTerms, df, articles.length);
  const developments = groups.map((g) =>
    finish(
      g.flatMap((r) => reports[r]!.members),
      g.map((r) => reports[r]!.date),
      dates,
    ),
  );
  return chronological(developments, reports, groups, sentenceVectors, candidates);
}

/**
 * When an article's report happened: the month its lead sentences speak of where they say, else
 * the article's own date (published or inferred).
 */
function reportDate(article: Article, dates: DateBook): DateSpan | null {
  const own = dates.articleDate(article)?.span ?? null;
  for (const s of article.sentences.slice(0, LEAD_SENTENCES)) {
    const d = dates.sentenceDate(article, s.index);
    if (d?.from === 'mention' && d.span.precision !== 'year' && compatible(d.span, own)) return d.span;
  }
  return own;
}

function finish(
  members: Candidate[],
  reportDates: readonly (DateSpan | null)[],
  dates: DateBook,
): Development {
  const sorted = [...members].sort(
    (a, b) =>
      b.score - a.score ||
      (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0) ||
      a.sentence.index - b.sentence.index,
  );
  const best = new Map<string, number>();
  for (const m of sorted) if (!best.has(m.article.id)) best.set(m.article.id, m.score);
  // Reports dated only to the year: the month their sentences speak of most, within that year.
  let date = periodOf(reportDates);
  if (date?.precision === 'year') {
    const year = yearOf(date);
    const said = sorted
      .map((m) => dates.sentenceDate(m.article, m.sentence.index))
      .filter((d) => d?.from === 'mention' && yearOf(d.span) === year)
      .map((d) => d!.span);
    date = periodOf(said) ?? date;
  }
  return {
    members: sorted,
    date,
    score: [...best.values()].reduce((a, b) => a + b, 0),
  };
}

/**
 * The month most dates fall in (of the year most fall in), else that year: one invitation
 * "in February" among reports of an October visit leaves the visit in October.
 */
export function periodOf(spans: readonly (DateSpan | null)[]): DateSpan | null {
  const years = new Map<number, number>();
  const months = new Map<string, number>();
  for (const s of spans) {
    if (!s) continue;
    years.set(yearOf(s), (years.get(yearOf(s)) ?? 0) + 1);
    if (s.precision !== 'year') {
      const key = s.start.slice(0, 7);
      months.set(key, (months.get(key) ?? 0) + 1);
    }
  }
  const year = [...years.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  if (year === undefined) return null;
  const month = [...months.entries()]
    .filter(([k]) => Number(k.slice(0, 4)) === year)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0]?.[0];
  return month
    ? monthSpan(year, monthOf({ start: `${month}-01`, end: `${month}-01`, precision: 'month' }))
    : yearSpan(year);
}

/**
 * Oldest first. Two developments dated apart go by their dates; otherwise by what articles know:
 * an article that retells A (not as something to come) in reporting B was written after A, so A
 * came first. Ties keep the stronger development first, then corpus order.
 */
function chronological(
  developments: Development[],
  reports: readonly Report[],
  groups: readonly number[][],
  sentenceVectors: readonly Vector[],
  candidates: readonly Candidate[],
): Development[] {
  const k = developments.length;
  const index = new Map(candidates.map((c, i) => [c, i]));
  const homeOf = new Map<string, number>();
  groups.forEach((g, d) => g.forEach((r) => homeOf.set(reports[r]!.article.id, d)));
  // retold[a][b]: sentences of b's articles (outside their lead) that retell development a.
  const retold: number[][] = Array.from({ length: k }, () => Array<number>(k).fill(0));
  developments.forEach((dev, a) => {
    const vectors = groups[a]!.map((r) => reports[r]!.vector);
    candidates.forEach((c, i) => {
      const b = homeOf.get(c.article.id);
      if (b === undefined || b === a || c.sentence.index < 2 || speaksOfFuture(c.sentence.text)) return;
      if (vectors.some((v) => cosine(v, sentenceVectors[i]!) >= SAME_DEVELOPMENT)) retold[a]![b]! += 1;
    });
  });
  const byDate = (a: number, b: number) => {
    const da = developments[a]!.date;
    const db = developments[b]!.date;
    if (!da || !db || gapDays(da, db) === 0) return 0;
    return da.start < db.start ? -1 : 1;
  };
  const earliness = developments.map((_, a) => {
    let points = 0;
    for (let b = 0; b < k; b++) {
      if (a === b) continue;
      const d = byDate(a, b);
      points += d !== 0 ? -d : Math.sign(retold[a]![b]! - retold[b]![a]!);
    }
    return points;
  });
  const first = developments.map((d) => Math.min(...d.members.map((m) => index.get(m)!)));
  return developments
    .map((d, i) => i)
    .sort(
      (x, y) =>
        earliness[y]! - earliness[x]! ||
        byDate(x, y) ||
        developments[y]!.score - developments[x]!.score ||
        first[x]! - first[y]!,
    )
    .map((i) => developments[i]!);
}
