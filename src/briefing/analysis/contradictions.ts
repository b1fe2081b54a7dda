/**
 * Where outlets disagree about the same event: a different duration for the same person's trip,
 * a different arrival or departure day, a quote put in different mouths, and a different value
 * for the same thing (value-disagreements.ts: counts, amounts, ages, times, distances...). Deterministic: facts come from claims.ts and are compared only when they are
 * about the same event — the same person, articles that are not one and the same, dates within
 * weeks of each other, neither sentence about another occasion ("his last visit in 2009", "the
 * first time in nine years"). Brandt in Springfield in 2012 and in 2021 are two events, not a
 * contradiction.
 */
import { gapDays } from './calendar.js';
import { type ClaimSentence, type Fact, factsOf, mentionsOtherOccasion, quoteGrams } from './claims.js';
import type { NameBook, Person } from './person-names.js';
import { type ValueFlag, valueDisagreements } from './value-disagreements.js';
import type { DraftCitation } from '../write/writer.js';

/** Reports further apart than this are about different occasions. */
export const SAME_EVENT_DAYS = 45;

export interface FlagSide {
  /** The version, as a reader sees it: "three days", "4 Oct", "$500 million". */
  value: string;
  citations: DraftCitation[];
}

export interface FlagDraft {
  kind: Fact['kind'] | ValueFlag['kind'];
  /** What the versions are about, naming people by their canonical names: "Naylor's visit". */
  subject: string;
  /** The person it is about (the speaker, for a quote), when one is named. */
  person: Person | null;
  /** Two or more versions, the best supported first. */
  sides: FlagSide[];
  /** For a value's flag: what kind of value and what it measures ("count", "dead"). */
  measure?: ValueFlag['measure'];
}

interface Item {
  fact: Fact;
  sentence: ClaimSentence;
  /** The sentence is about another occasion ("his last visit"): never the same event. */
  other: boolean;
}

function sameOccasion(a: Item, b: Item): boolean {
  if (a.sentence.article.id === b.sentence.article.id) return false;
  const da = a.sentence.date;
  const db = b.sentence.date;
  if (!da || !db) return false;
  if (gapDays(da.span, db.span) > SAME_EVENT_DAYS) return false;
  return !a.other && !b.other;
}

/** A quote's 5-grams, once per fact (attribution facts are compared pairwise). */
const gramCache = new WeakMap<Fact, Set<string>>();
function gramsOf(f: Fact): Set<string> {
  let g = gramCache.get(f);
  if (!g) gramCache.set(f, (g = quoteGrams(f.about!)));
  return g;
}

/** Whether two facts of one kind are about the same thing (before comparing their values). */
function comparable(a: Item, b: Item): boolean {
  // What the facts say first, the occasion last: its dates may have to be inferred.
  if (a.sentence.article.id === b.sentence.article.id || a.other || b.other) return false;
  return aboutTheSame(a, b) && sameOccasion(a, b);
}

function aboutTheSame(a: Item, b: Item): boolean {
  const fa = a.fact;
  const fb = b.fact;
  switch (fa.kind) {
    case 'duration':
    case 'departure':
      return fa.subject !== null && fa.subject === fb.subject;
    case 'arrival':
      return (
        fa.subject !== null && fa.subject === fb.subject && (!fa.about || !fb.about || fa.about === fb.about)
      );
    case 'meeting-date':
      return fa.people!.join() === fb.people!.join();
    case 'attribution': {
      const ga = gramsOf(fa);
      for (const g of gramsOf(fb)) if (ga.has(g)) return true;
      return false;
    }
  }
}

function subjectOf(item: Item): string {
  const f = item.fact;
  const who = f.subject?.short ?? 'The report';
  switch (f.kind) {
    case 'duration':
      return `${who}'s visit`;
    case 'arrival':
      return `${who}'s arrival${f.about ? ` in ${f.about}` : ''}`;
    case 'departure':
      return `${who}'s departure${f.about ? ` for ${f.about}` : ''}`;
    case 'meeting-date':
      return `The meeting of ${f.people!.length} people including ${who}`;
    case 'attribution': {
      const words = f.about!.split(' ');
      return `Who said "${words.slice(0, 8).join(' ')}${words.length > 8 ? '…' : ''}"`;
    }
  }
}

function compareValues(a: string, b: string): number {
  const na = Number.parseFloat(a);
  const nb = Number.parseFloat(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb) && !/^\d{4}-/.test(a) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Facts that can only be compared with each other share a bucket (kind and whom it is about). */
function bucketOf(f: Fact): string {
  switch (f.kind) {
    case 'meeting-date':
      return `${f.kind}|${f.people!.join()}`;
    case 'attribution':
      return f.kind;
    default:
      return `${f.kind}|${f.subject?.id ?? ''}`;
  }
}

/**
 * Every disagreement among the sentences, one flag per subject and kind of fact. `facts` may
 * cache each sentence's facts across calls (the same sentences are compared many times).
 */
export function findContradictions(
  sentences: readonly ClaimSentence[],
  book: NameBook,
  facts: (sentence: ClaimSentence) => Fact[] = (s) => factsOf(book, s),
  /** Value flags must rest on one of these sentences (valueDisagreements' `anchored`). */
  anchored?: (sentence: ClaimSentence) => boolean,
): FlagDraft[] {
  const all = sentences.flatMap((sentence) => {
    const found = facts(sentence);
    const other = found.length > 0 && mentionsOtherOccasion(sentence.text);
    return found.map((fact) => ({ fact, sentence, other }));
  });
  const buckets = new Map<string, Item[]>();
  for (const item of all) {
    const key = bucketOf(item.fact);
    const list = buckets.get(key) ?? [];
    list.push(item);
    buckets.set(key, list);
  }
  const flags: FlagDraft[] = [];
  const used = new Set<Item>();
  for (const items of buckets.values()) {
    // One version only (every item says the same value): nothing to disagree about.
    if (items.length < 2 || items.every((item) => item.fact.value === items[0]!.fact.value)) continue;
    flags.push(...bucketFlags(items, used));
  }
  // In the order the texts first state them (buckets keep the order of their first fact); values
  // last, leaving out one a fact's flag already shows (a trip's length is also a duration).
  const shown = (f: FlagDraft) =>
    new Set(f.sides.flatMap((s) => s.citations.map((c) => `${c.articleId}\u0000${c.quote}`)));
  const covered = flags.map(shown);
  for (const v of valueDisagreements(sentences, anchored)) {
    const mine = shown({ ...v, person: null });
    if (covered.some((c) => [...mine].filter((k) => c.has(k)).length >= 2)) continue;
    flags.push({ kind: v.kind, subject: v.subject, person: null, sides: v.sides, measure: v.measure });
  }
  return flags;
}

function bucketFlags(items: readonly Item[], used: Set<Item>): FlagDraft[] {
  const flags: FlagDraft[] = [];
  for (const [i, a] of items.entries()) {
    if (used.has(a)) continue;
    // Everything comparable with `a` (directly or through another member) about the same thing.
    const group: Item[] = [a];
    const inGroup = new Set<Item>(group);
    for (let k = 0; k < group.length; k++) {
      for (let j = i + 1; j < items.length; j++) {
        const b = items[j]!;
        if (inGroup.has(b) || used.has(b)) continue;
        if (comparable(group[k]!, b)) {
          group.push(b);
          inGroup.add(b);
        }
      }
    }
    const values = new Map<string, Item[]>();
    for (const item of group) values.set(item.fact.value, [...(values.get(item.fact.value) ?? []), item]);
    if (values.size < 2) continue;
    // A sentence on two sides says both: it is no witness for either.
    const sentenceSides = new Map<string, Set<string>>();
    for (const item of group) {
      const key = `${item.sentence.article.id}#${item.sentence.index}`;
      sentenceSides.set(key, new Set([...(sentenceSides.get(key) ?? []), item.fact.value]));
    }
    const sides: (FlagSide & { order: string })[] = [];
    for (const members of values.values()) {
      const citations: DraftCitation[] = [];
      for (const m of members) {
        const key = `${m.sentence.article.id}#${m.sentence.index}`;
        if (sentenceSides.get(key)!.size > 1) continue;
        if (citations.some((c) => c.articleId === m.sentence.article.id && c.quote === m.sentence.text))
          continue;
        citations.push({ articleId: m.sentence.article.id, quote: m.sentence.text });
      }
      if (citations.length > 0)
        sides.push({ value: members[0]!.fact.shown, citations, order: members[0]!.fact.value });
    }
    // Sides must come from different articles, or it is one article's inconsistency, not outlets'.
    const articles = new Set(sides.flatMap((s) => s.citations.map((c) => c.articleId)));
    if (sides.length < 2 || articles.size < 2) continue;
    for (const item of group) used.add(item);
    // Best supported first; between equals, the earlier day or the smaller figure.
    sides.sort((x, y) => y.citations.length - x.citations.length || compareValues(x.order, y.order));
    flags.push({
      kind: a.fact.kind,
      subject: subjectOf(a),
      person: a.fact.subject,
      sides: sides.map(({ order: _order, ...side }) => side),
    });
  }
  return flags;
}

/**
 * True when two sentences state facts that disagree (durations, days, figures): such sentences
 * never count as saying the same thing, however many words they share.
 */
export function disagree(a: ClaimSentence, b: ClaimSentence, book: NameBook): boolean {
  return findContradictions([a, b], book).length > 0;
}
