/**
 * Outlets that state different values for the same thing about the same development: "killed 12
 * people" in one report and "the death toll rose to 15" in another, "a $3m fine" and "a $3.5m
 * fine". The rule, in order:
 *  - the values measure the same thing in the same unit (quantities.ts `sameMeasure`): dead with
 *    dead, never dead with injured; dollars with dollars, never with pounds;
 *  - the sentences are about the same development: they share what they say beyond the number
 *    (their words, with their articles' headlines, overlap), and neither is about another occasion;
 *  - the reports are from different outlets at the same time. One outlet's later article with a
 *    new figure is an update, and so is another outlet's report of a later day: a development,
 *    not a disagreement (a report's day is its article's, when both are known to the day);
 *  - the values cannot both be right ("at least 12" and "15" can).
 * Compared only among the sentences given (an answer's candidates and cited articles), grouped by
 * what they measure first, so the cost grows with those, never with the corpus.
 */
import type { Article } from '../../corpus/article.js';
import { contentTerms } from '../../corpus/tokenize.js';
import { gapDays } from './calendar.js';
import { findMentions } from './event-dates.js';
import type { ClaimSentence } from './claims.js';
import { mentionsOtherOccasion } from './claims.js';
import { isCopy, publisherKey } from './corroboration.js';
import { type Quantity, quantitiesOf, sameMeasure, valuesAgree } from './quantities.js';
import type { DraftCitation } from '../write/writer.js';

/** Share of the smaller of two reports' words (sentence and headline) they must share to be one story. */
const SAME_STORY = 1 / 3;

export interface ValueSide {
  value: string;
  citations: DraftCitation[];
}

export interface ValueFlag {
  kind: 'quantity';
  subject: string;
  /** What kind of value and what it measures ("count", "dead"): for leads and renderers. */
  measure: { kind: Quantity['kind']; what: string };
  sides: ValueSide[];
}

/** What a value measures, as compared: only values of one key are ever weighed against each other. */
export function measureKey(q: Quantity): string {
  return `${q.kind}|${q.unit}|${q.concept ?? ''}`;
}

interface Item {
  q: Quantity;
  sentence: ClaimSentence;
  outlet: string;
}

function outletOf(article: Article): string {
  return article.publisher ? publisherKey(article.publisher) : `article:${article.id}`;
}

/** Two articles of no named outlet, one a copy of the other, are one report (corpora hold copies). */
const copies = new WeakMap<Article, WeakMap<Article, boolean>>();
function sameReport(a: Article, b: Article): boolean {
  if (a.publisher || b.publisher) return false;
  let row = copies.get(a);
  if (!row) copies.set(a, (row = new WeakMap()));
  let copy = row.get(b);
  if (copy === undefined) row.set(b, (copy = isCopy(a.text, b.text)));
  return copy;
}

/** Words of a sentence and its headline, without numbers: what a report is about. */
const storyCache = new WeakMap<
  Article,
  Map<number, { text: string; sentence: Set<string>; story: Set<string> }>
>();
function storyWords(s: ClaimSentence): { sentence: Set<string>; story: Set<string> } {
  let byIndex = storyCache.get(s.article);
  if (!byIndex) storyCache.set(s.article, (byIndex = new Map()));
  const hit = byIndex.get(s.index);
  if (hit && hit.text === s.text) return hit;
  const sentence = new Set(contentTerms(s.text).filter((t) => !/\d/.test(t)));
  const story = new Set([...sentence, ...contentTerms(s.article.title).filter((t) => !/\d/.test(t))]);
  const entry = { text: s.text, sentence, story };
  byIndex.set(s.index, entry);
  return entry;
}

/** Two reports of one development: they share words beyond what the values measure. */
function sameStory(a: Item, b: Item): boolean {
  const measured = new Set([...a.q.what, ...b.q.what]);
  const wa = storyWords(a.sentence);
  const wb = storyWords(b.sentence);
  let sentenceShared = 0;
  for (const t of wa.sentence) if (wb.sentence.has(t) && !measured.has(t)) sentenceShared++;
  if (sentenceShared < 2) return false;
  let shared = 0;
  let sizeA = 0;
  let sizeB = 0;
  for (const t of wa.story) if (!measured.has(t)) sizeA++;
  for (const t of wb.story) {
    if (measured.has(t)) continue;
    sizeB++;
    if (wa.story.has(t)) shared++;
  }
  const smaller = Math.min(sizeA, sizeB);
  return smaller > 0 && shared / smaller >= SAME_STORY;
}

/**
 * Reports of the same time: their articles' days, when both are known to the day, are one; and
 * sentences that each name a month name one of the same ("146,000 jobs in January" and "337,000
 * jobs in October" are two months' figures, not two reports of one).
 */
function sameTime(a: Item, b: Item): boolean {
  const ma = monthsNamed(a.sentence.text);
  const mb = monthsNamed(b.sentence.text);
  if (ma.size > 0 && mb.size > 0 && ![...ma].some((m) => mb.has(m))) return false;
  const ra = a.sentence.ref;
  const rb = b.sentence.ref;
  if (!ra || !rb || ra.span.precision !== 'day' || rb.span.precision !== 'day') return true;
  return gapDays(ra.span, rb.span) === 0;
}

function monthsNamed(text: string): Set<number> {
  const months = new Set<number>();
  for (const m of findMentions(text))
    if (m.kind === 'explicit' && (m.shape.type === 'month' || m.shape.type === 'date'))
      months.add(m.shape.month);
  return months;
}

function comparable(a: Item, b: Item): boolean {
  return (
    a.sentence.article.id !== b.sentence.article.id &&
    a.outlet !== b.outlet &&
    sameMeasure(a.q, b.q) &&
    !sameReport(a.sentence.article, b.sentence.article) &&
    sameStory(a, b) &&
    sameTime(a, b)
  );
}

const CONCEPT_SUBJECT: Record<string, string> = {
  dead: 'The number killed',
  injured: 'The number injured',
  casualties: 'The number of casualties',
  arrested: 'The number arrested',
  charged: 'The number charged',
  missing: 'The number missing',
  evacuated: 'The number evacuated',
  rescued: 'The number rescued',
  jobs: 'The number of jobs',
};
const KIND_SUBJECT: Record<Quantity['kind'], string> = {
  count: 'The number',
  amount: 'The amount',
  age: 'The age',
  duration: 'The length',
  time: 'The time',
  distance: 'The distance',
  percent: 'The share',
};

const AUXILIARY = /^(?:is|was|are|were|be|been|has|have|had|will|would|of|at|to)$/;

/** What the flag is about, in words a reader knows: the concept, or the words next to the value. */
function subjectOf(item: Item): string {
  const q = item.q;
  if (q.concept) return CONCEPT_SUBJECT[q.concept] ?? `The number ${q.concept}`;
  const text = item.sentence.text;
  if (q.kind === 'count') {
    const noun = /^\s*[\p{L}'’-]+/u.exec(text.slice(q.at).replace(/^[^\s]+\s?/, ''))?.[0].trim();
    return noun ? `The number of ${noun}` : KIND_SUBJECT.count;
  }
  // Up to three words before the value, as written ("the takeover bid", "jailed for").
  const before = text
    .slice(Math.max(0, q.at - 50), q.at)
    .split(/[,;:]/)
    .pop()!
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(-3)
    // From the first lower-case word: names and auxiliaries say nothing of what is measured.
    .filter((w, k, all) => all.slice(0, k + 1).some((x) => /^[a-z]/.test(x) && !AUXILIARY.test(x)))
    .join(' ');
  return before ? `${KIND_SUBJECT[q.kind]} (${before} …)` : KIND_SUBJECT[q.kind];
}

/** A sentence that gives two values of one measure states a change or a range: no witness. */
function oneValueEach(items: readonly Item[]): Item[] {
  const count = new Map<string, number>();
  const key = (i: Item) =>
    `${i.sentence.article.id}#${i.sentence.index}#${i.q.kind}#${i.q.unit}#${i.q.what.join()}`;
  for (const i of items) count.set(key(i), (count.get(key(i)) ?? 0) + 1);
  return items.filter((i) => count.get(key(i)) === 1);
}

/** Every disagreement about a value among the sentences, the best supported side first. */
export function valueDisagreements(
  sentences: readonly ClaimSentence[],
  /**
   * The sentences a flag must rest on (an answer's own), when only those flags are wanted: values
   * are then weighed against these alone, not every pair of figures in the articles.
   */
  anchored?: (sentence: ClaimSentence) => boolean,
): ValueFlag[] {
  const items: Item[] = [];
  for (const sentence of sentences) {
    const found = quantitiesOf(sentence.text);
    if (found.length === 0 || mentionsOtherOccasion(sentence.text)) continue;
    const outlet = outletOf(sentence.article);
    for (const q of found) items.push({ q, sentence, outlet });
  }
  const buckets = new Map<string, Item[]>();
  for (const item of oneValueEach(items)) {
    const key = measureKey(item.q);
    const list = buckets.get(key) ?? [];
    list.push(item);
    buckets.set(key, list);
  }
  const flags: ValueFlag[] = [];
  for (const list of buckets.values()) {
    if (list.length < 2) continue;
    const used = new Set<Item>();
    // Groups grown from each item meet the same pairs again: each pair is judged once.
    const m = list.length;
    const judged = new Uint8Array(m * m);
    const alike = (x: number, y: number) => {
      const at = x < y ? x * m + y : y * m + x;
      if (judged[at] === 0) judged[at] = comparable(list[x]!, list[y]!) ? 2 : 1;
      return judged[at] === 2;
    };
    const anchor = list.map((item) => !anchored || anchored(item.sentence));
    for (const [i, a] of list.entries()) {
      if (used.has(a) || !anchor[i]) continue;
      // Everything about the same thing as `a`, directly or through another (anchored) report.
      const group = [i];
      const inGroup = new Set(group);
      for (let k = 0; k < group.length; k++) {
        if (!anchor[group[k]!]) continue;
        for (let j = anchored ? 0 : i + 1; j < m; j++)
          if (j !== i && !inGroup.has(j) && !used.has(list[j]!) && alike(group[k]!, j)) {
            group.push(j);
            inGroup.add(j);
          }
      }
      const flag = flagOf(group.map((j) => list[j]!));
      if (!flag) continue;
      for (const j of group) used.add(list[j]!);
      flags.push(flag);
    }
  }
  return flags;
}

/** Sides of a group: reports whose values agree are one side; a flag needs two outlets apart. */
function flagOf(group: readonly Item[]): ValueFlag | null {
  if (group.length < 2) return null;
  const sides: Item[][] = [];
  for (const item of group) {
    const home = sides.find((side) => side.every((other) => valuesAgree(other.q, item.q)));
    if (home) home.push(item);
    else sides.push([item]);
  }
  // A report that fits another side as well as its own ("at least 12" beside 12 and 14) is no
  // witness for either.
  for (const side of sides)
    for (const item of [...side])
      if (sides.some((other) => other !== side && other.every((o) => valuesAgree(o.q, item.q))))
        side.splice(side.indexOf(item), 1);
  for (let k = sides.length - 1; k >= 0; k--) if (sides[k]!.length === 0) sides.splice(k, 1);
  if (sides.length < 2) return null;
  // Only sides that disagree with another side from another outlet are versions.
  const apart = sides.filter((side) =>
    sides.some(
      (other) =>
        other !== side &&
        side.some((x) => other.some((y) => x.outlet !== y.outlet && !valuesAgree(x.q, y.q))),
    ),
  );
  if (apart.length < 2) return null;
  const ordered = apart
    .map((side) => ({
      side,
      citations: dedupe(side.map((x) => ({ articleId: x.sentence.article.id, quote: x.sentence.text }))),
    }))
    .sort((x, y) => y.citations.length - x.citations.length || x.side[0]!.q.value - y.side[0]!.q.value);
  const first = ordered[0]!.side[0]!;
  return {
    kind: 'quantity',
    subject: subjectOf(first),
    measure: { kind: first.q.kind, what: first.q.concept ?? first.q.what[0] ?? '' },
    sides: ordered.map(({ side, citations }) => ({ value: side[0]!.q.shown, citations })),
  };
}

function dedupe(citations: DraftCitation[]): DraftCitation[] {
  const out: DraftCitation[] = [];
  for (const c of citations)
    if (!out.some((x) => x.articleId === c.articleId && x.quote === c.quote)) out.push(c);
  return out;
}
