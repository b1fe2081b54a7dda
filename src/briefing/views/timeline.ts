/**
 * The timeline view: dated, cited events in date order, grouped into episodes (runs of events
 * close in time: Naylor's and Brandt's visits of October 2012 are one episode, Brandt's 2021 visit
 * another). Only sentences that themselves say when something happened are events; a sentence
 * dated only by its article is not. Sentences several outlets make about one event are one entry
 * citing each, dated by the most precise of them ("on Wednesday" + "on October 3").
 */
import type { DateBook } from '../analysis/article-dates.js';
import {
  type DateSpan,
  gapDays,
  humanSpan,
  MONTH_ABBREVIATIONS,
  parseSpan,
  type Precision,
  weekday,
  yearOf,
} from '../analysis/calendar.js';
import {
  type ClaimSentence,
  type Fact,
  factsOf,
  sameTripFact,
  textFactsDisagree,
} from '../analysis/claims.js';
import { statementMatcher } from '../write/same-statement.js';
import type { Development } from '../write/developments.js';
import type { DateKind, SentenceDate } from '../analysis/event-dates.js';
import type { Candidate, DraftBullet } from '../write/writer.js';

/** Events further apart than this belong to different episodes. */
export const EPISODE_GAP_DAYS = 60;
export const TIMELINE_EVENTS = 14;

const RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

export interface DatedDraft extends DraftBullet {
  date: SentenceDate;
}

interface Entry {
  members: DatedCandidate[];
  score: number;
}

/** The most precise date among a bullet's sentences that all the others allow. */
export function bestDate(dates: readonly (SentenceDate | null)[]): SentenceDate | null {
  const known = dates.filter((d): d is SentenceDate => d !== null);
  const mentioned = known.filter((d) => d.from === 'mention');
  const pool = mentioned.length > 0 ? mentioned : known;
  let best: SentenceDate | null = null;
  for (const d of pool) {
    const agrees = pool.every((o) => gapDays(o.span, d.span) === 0);
    if (!agrees) continue;
    if (!best || RANK[d.span.precision] > RANK[best.span.precision]) best = d;
  }
  // Sentences that disagree on the day: the first one (the best ranked) speaks for the bullet.
  return best ?? pool[0] ?? null;
}

function bulletText(text: string): string {
  return text.replace(/^[A-Z][A-Z .'-]{2,30}:\s+(?=\S)/, '');
}

/**
 * How much a dated sentence is worth on a timeline: its relevance, more for a precise date (the
 * backbone of a timeline) and for an article's lead (its main event).
 */
const PRECISION_WEIGHT: Record<Precision, number> = { day: 1.5, month: 1, year: 0.7 };
const LEAD_WEIGHT = 1.5;

interface DatedCandidate {
  candidate: Candidate;
  date: SentenceDate;
  facts: Fact[];
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday a date's words name ("on Wednesday" -> 3), if any. */
function namedWeekday(date: SentenceDate): number | null {
  const w = date.words?.toLowerCase().match(/(sun|mon|tues|wednes|thurs|fri|satur)day/)?.[0];
  return w ? WEEKDAY_NAMES.indexOf(w) : null;
}

/**
 * Two reports of one event by their facts: the same person's trip of the same length or on the
 * same day, at dates that allow each other. "Naylor on Wednesday embarked on a three-day visit"
 * and "Naylor is due to leave on October 3 for a three-day trip" are one departure, and October 3,
 * 2012 being a Wednesday dates the first.
 */
function sameEvent(a: DatedCandidate, b: DatedCandidate): boolean {
  if (a.candidate.article.id === b.candidate.article.id) return false;
  if (gapDays(a.date.span, b.date.span) > 0) return false;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const wd = namedWeekday(x.date);
    if (wd !== null && y.date.span.precision === 'day' && y.date.span.start === y.date.span.end) {
      if (weekday(y.date.span.start) !== wd) return false;
    }
  }
  return sameTripFact(a.facts, b.facts);
}

/** Dated events among the candidates, merged across outlets, best `max` kept, in date order. */
export function timelineDrafts(
  candidates: readonly Candidate[],
  dates: DateBook,
  max = TIMELINE_EVENTS,
  /** The topic's developments: a sentence dated outside its development's period is background. */
  developments: readonly Development[] = [],
): DatedDraft[] {
  const period = new Map<Candidate, DateSpan>();
  for (const d of developments) if (d.date) for (const m of d.members) period.set(m, d.date);
  const book = dates.names([...new Map(candidates.map((c) => [c.article.id, c.article])).values()]);
  const dated: DatedCandidate[] = [];
  for (const candidate of candidates) {
    const date = dates.sentenceDate(candidate.article, candidate.sentence.index);
    if (date?.from !== 'mention') continue;
    // "Invited in February", told in a report of an October visit, is not an event of October's
    // story: the timeline files each development under its own period.
    const own = period.get(candidate);
    if (own && gapDays(own, date.span) > 0) continue;
    const claim: ClaimSentence = {
      article: candidate.article,
      index: candidate.sentence.index,
      text: candidate.sentence.text,
      date,
      ref: dates.articleDate(candidate.article),
    };
    dated.push({ candidate, date, facts: factsOf(book, claim) });
  }
  const same = statementMatcher(dated.map((d) => d.candidate.sentence.text));
  const weight = (d: DatedCandidate) =>
    d.candidate.score *
    PRECISION_WEIGHT[d.date.span.precision] *
    (d.candidate.sentence.index === 0 ? LEAD_WEIGHT : 1);
  const entries: Entry[] = [];
  for (const d of dated) {
    const text = d.candidate.sentence.text;
    const home = entries.find(
      (e) =>
        !e.members.some((m) => m.candidate.article.id === d.candidate.article.id) &&
        !e.members.some((m) => textFactsDisagree(m.candidate.sentence.text, text)) &&
        ((same(e.members[0]!.candidate.sentence.text, text) &&
          gapDays(e.members[0]!.date.span, d.date.span) === 0) ||
          e.members.some((m) => sameEvent(m, d))),
    );
    if (home) {
      home.members.push(d);
      home.score = Math.max(home.score, weight(d)) + 0.5 * Math.min(home.score, weight(d));
    } else {
      entries.push({ members: [d], score: weight(d) });
    }
  }
  // Each article's best event first (so every outlet's story is on the line), then the best others.
  const byScore = [...entries].sort((a, b) => b.score - a.score);
  const picked = new Set<Entry>();
  const covered = new Set<string>();
  for (const e of byScore) {
    if (picked.size >= max) break;
    const ids = e.members.map((m) => m.candidate.article.id);
    if (ids.some((id) => !covered.has(id))) {
      picked.add(e);
      for (const id of ids) covered.add(id);
    }
  }
  for (const e of byScore) {
    if (picked.size >= max) break;
    picked.add(e);
  }
  const drafts = [...picked].map((e) => ({
    text: bulletText(e.members[0]!.candidate.sentence.text),
    citations: e.members.map((m) => ({
      articleId: m.candidate.article.id,
      quote: m.candidate.sentence.text,
    })),
    date: bestDate(e.members.map((m) => m.date))!,
    score: e.score,
  }));
  drafts.sort((a, b) => compareDates(a.date.span, b.date.span) || b.score - a.score);
  return drafts.map(({ score: _score, ...d }) => d);
}

/** Date order; a coarser date ("2012") comes before the days it contains. */
export function compareDates(a: DateSpan, b: DateSpan): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.precision !== b.precision) return RANK[a.precision] - RANK[b.precision];
  return a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

/**
 * Episode numbers (1-based) for spans in date order: a new episode starts after a gap of more
 * than EPISODE_GAP_DAYS. A year-only date ("2012") joins the episode of that year with the most
 * events, or starts its own.
 */
export function episodes(spans: readonly DateSpan[]): number[] {
  const precise = spans.map((s, i) => ({ s, i })).filter(({ s }) => s.precision !== 'year');
  const out = new Array<number>(spans.length).fill(0);
  const groups: { end: string; start: string; members: number[] }[] = [];
  for (const { s, i } of precise) {
    const last = groups.at(-1);
    if (last && gapDays({ start: last.start, end: last.end, precision: 'day' }, s) <= EPISODE_GAP_DAYS) {
      last.members.push(i);
      if (s.end > last.end) last.end = s.end;
    } else {
      groups.push({ start: s.start, end: s.end, members: [i] });
    }
  }
  const yearOnly = spans.map((s, i) => ({ s, i })).filter(({ s }) => s.precision === 'year');
  for (const { s, i } of yearOnly) {
    const y = yearOf(s);
    const home = groups
      .filter((g) => Number(g.start.slice(0, 4)) <= y && Number(g.end.slice(0, 4)) >= y)
      .sort((a, b) => b.members.length - a.members.length)[0];
    if (home) home.members.push(i);
    else {
      const own = groups.find((g) =>
        g.members.every((m) => spans[m]!.precision === 'year' && yearOf(spans[m]!) === y),
      );
      if (own) own.members.push(i);
      else groups.push({ start: s.start, end: s.end, members: [i] });
    }
  }
  groups.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (const [n, g] of groups.entries()) for (const m of g.members) out[m] = n + 1;
  return out;
}

/** What a timeline shows: episodes, each a list of days, each a list of bullets (answer-views.ts puts it in the answer). */
export interface TimelineDay<B> {
  /**
   * "3 Oct 2012", "3–4 Oct 2012", "Oct 2012", "2012", or "Undated"; empty when it would repeat
   * its episode's heading (renderers then show no day heading).
   */
  label: string;
  bullets: B[];
}
export interface TimelineEpisode<B> {
  n: number;
  /** "Sep – Oct 2012", "2021". */
  label: string;
  days: TimelineDay<B>[];
}

interface DatedBullet {
  date?: string | null | undefined;
  dateEnd?: string | null | undefined;
  episode?: number | undefined;
}

/** Groups a timeline answer's bullets (already in order) by episode and by day. */
export function groupTimeline<B extends DatedBullet>(bullets: readonly B[]): TimelineEpisode<B>[] {
  const out: TimelineEpisode<B>[] = [];
  for (const b of bullets) {
    const n = b.episode ?? 0;
    let episode = out.at(-1);
    if (!episode || episode.n !== n) {
      episode = { n, label: '', days: [] };
      out.push(episode);
    }
    const span = b.date ? parseSpan(b.date, b.dateEnd) : null;
    const label = span ? humanSpan(span) : 'Undated';
    const day = episode.days.at(-1);
    if (day && day.label === label) day.bullets.push(b);
    else episode.days.push({ label, bullets: [b] });
  }
  for (const episode of out) {
    episode.label = episodeLabel(episode.days.flatMap((d) => d.bullets));
    // One heading per period: a day that is the whole episode ("2021" under "2021") gets none.
    for (const day of episode.days) if (day.label === episode.label) day.label = '';
  }
  return out;
}

function episodeLabel(bullets: readonly DatedBullet[]): string {
  const spans = bullets
    .map((b) => (b.date ? parseSpan(b.date, b.dateEnd) : null))
    .filter((s): s is DateSpan => s !== null);
  const precise = spans.filter((s) => s.precision !== 'year');
  const use = precise.length > 0 ? precise : spans;
  if (use.length === 0) return 'Undated';
  const start = use.reduce((a, s) => (s.start < a ? s.start : a), use[0]!.start);
  const end = use.reduce((a, s) => (s.end > a ? s.end : a), use[0]!.end);
  if (precise.length === 0)
    return start.slice(0, 4) === end.slice(0, 4)
      ? start.slice(0, 4)
      : `${start.slice(0, 4)}–${end.slice(0, 4)}`;
  const m1 = `${MONTH_ABBREVIATIONS[Number(start.slice(5, 7)) - 1]}`;
  const m2 = `${MONTH_ABBREVIATIONS[Number(end.slice(5, 7)) - 1]}`;
  if (start.slice(0, 7) === end.slice(0, 7)) return `${m1} ${start.slice(0, 4)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${m1} – ${m2} ${start.slice(0, 4)}`;
  return `${m1} ${start.slice(0, 4)} – ${m2} ${end.slice(0, 4)}`;
}

/** Reader-facing text of a bullet's date kind (a bullet's `dateNote`). */
export function dateKindNote(kind: DateKind | null | undefined): string {
  switch (kind) {
    case 'explicit':
      return '';
    case 'relative':
      return 'worked out from the article’s date';
    case 'article':
      return 'the article’s date';
    case 'inferred':
      return 'inferred';
    default:
      return '';
  }
}
