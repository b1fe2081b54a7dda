/**
 * What the service adds to verified bullets, whichever writer wrote them: citations of other
 * outlets that state the same thing, the number of outlets, the date each bullet speaks of, the
 * people it names (canonically), and flags where outlets disagree about the same event. All of it
 * is computed from the verified quotes and the corpus, so an LLM cannot change a date or drop a
 * flag: they are derived like citations are checked.
 */
import type { Article } from '../../corpus/article.js';
import type { Answer, Flag, Source } from '../answer.js';
import { articleDateFields, type DateBook } from './article-dates.js';
import { gapDays, spanLabel } from './calendar.js';
import { type ClaimSentence, type Fact, factsOf, lazyClaim, mayQuote, sameTripFact } from './claims.js';
import { findContradictions, type FlagDraft } from './contradictions.js';
import { corroborate, countOutlets } from './corroboration.js';
import { normalizeForMatch } from '../write/verify.js';
import { findMentions, type SentenceDate, unsupportedDates } from './event-dates.js';
import { Memo } from '../memo.js';
import type { NameBook, Person } from './person-names.js';
import { sentenceMeasures } from './sentence-measures.js';
import { bestDate, compareDates, episodes } from '../views/timeline.js';
import type { Candidate, DraftBullet, DraftCitation } from '../write/writer.js';

export interface AnnotatedBullet extends DraftBullet {
  outlets: number;
  /** The date it speaks of (from its quotes and their articles' dates); null when undated. */
  date: SentenceDate | null;
  label?: string;
  episode?: number;
}

export interface Annotation {
  bullets: AnnotatedBullet[];
  /** Built for the timeline view (bullets carry dates, episodes and labels in the Answer). */
  timeline: boolean;
  flags: FlagDraft[];
  names: { name: string; variants: string[] }[];
}

export interface AnnotateOptions {
  get: (id: string) => Article | undefined;
  dates: DateBook;
  /** The retrieved candidates: where support and disagreement are looked for. */
  pool: readonly Candidate[];
  /** Offline bullets merge sentences by wording: a merged sentence that disagrees on a fact goes. */
  prune: boolean;
  /** Timeline view: bullets in date order, with episodes. */
  timeline: boolean;
  /**
   * The writer's own words state dates (an LLM's): a bullet whose dates none of its cited
   * sentences supports is dropped, as a forged quote would be.
   */
  checkDates?: boolean;
  /** Told which bullets were dropped for an unsupported date, and why (for logs). */
  onDropped?: (bullet: DraftBullet, dates: string[]) => void;
  /**
   * Sentence keys the reader has been told already ("what's new?", digests): flags then show only
   * changes, a told version against a new one.
   */
  told?: ReadonlySet<string>;
}

/** The sentence of `article` a quote comes from (a quote may be a sentence or a part of one). */
export function sentenceIndexOf(article: Article, quote: string): number {
  const q = normalizeForMatch(quote);
  const normalized = normalizedSentences(article);
  for (const [i, s] of article.sentences.entries()) {
    const t = normalized[i]!;
    if (t.includes(q) || q.includes(t)) return s.index;
  }
  return -1;
}

/** An article's sentences as matched against quotes, once per Article object (its text is fixed). */
const normalizedCache = new Memo(20_000, (article: Article) =>
  article.sentences.map((s) => normalizeForMatch(s.text)),
);
function normalizedSentences(article: Article): string[] {
  return normalizedCache.get(article);
}

/** How many of the best candidates a value's flag may rest on, beside the bullets' own sentences. */
const DRAWN_ON = 20;

export function annotate(drafts: readonly DraftBullet[], options: AnnotateOptions): Annotation {
  const { get, dates } = options;
  // One ClaimSentence object per sentence, and its facts once: they are compared many times.
  const claimsAt = new Map<string, ClaimSentence>();
  const claimAt = (article: Article, index: number): ClaimSentence => {
    const key = `${article.id}#${index}`;
    let cl = claimsAt.get(key);
    if (!cl) {
      cl = lazyClaim(article, index, dates);
      claimsAt.set(key, cl);
    }
    return cl;
  };
  const quoted = new Map<string, ClaimSentence | null>();
  const claim = (c: DraftCitation): ClaimSentence | null => {
    const key = `${c.articleId}\u0000${c.quote}`;
    if (quoted.has(key)) return quoted.get(key)!;
    const article = get(c.articleId);
    const index = article ? sentenceIndexOf(article, c.quote) : -1;
    const cl = article && index >= 0 ? claimAt(article, index) : null;
    quoted.set(key, cl);
    return cl;
  };
  const factCache = new Map<ClaimSentence, Fact[]>();
  const facts = (cl: ClaimSentence): Fact[] => {
    let f = factCache.get(cl);
    if (!f) {
      f = factsOf(book, cl);
      factCache.set(cl, f);
    }
    return f;
  };

  const articles = new Map<string, Article>();
  for (const c of options.pool) articles.set(c.article.id, c.article);
  for (const key of options.told ?? []) {
    const a = get(key.slice(0, key.lastIndexOf('#')));
    if (a) articles.set(a.id, a);
  }
  for (const d of drafts) {
    for (const c of d.citations) {
      const a = get(c.articleId);
      if (a) articles.set(a.id, a);
    }
  }
  const book = dates.names([...articles.values()]);
  const disagree = (a: DraftCitation, b: DraftCitation) => {
    const ca = claim(a);
    const cb = claim(b);
    // Two sentences disagree only on facts both state: most pool sentences state none.
    if (ca === null || cb === null || facts(ca).length === 0 || facts(cb).length === 0) return false;
    return findContradictions([ca, cb], book, facts).length > 0;
  };

  let bullets: DraftBullet[] = drafts.map((d) => ({ text: d.text, citations: [...d.citations] }));
  if (options.checkDates) {
    bullets = bullets.filter((b) => {
      const evidence = b.citations.map(claim).filter((c): c is ClaimSentence => c !== null);
      // Dropped when it states dates and none of them is its quotes' (a retelling that also
      // names other dates of the story keeps the bullet; its quotes still carry its own).
      const stated = findMentions(b.text).filter((m) => m.kind === 'explicit').length;
      const wrong = unsupportedDates(b.text, evidence);
      const misdated = stated > 0 && wrong.length === stated;
      if (misdated) options.onDropped?.(b, wrong);
      return !misdated;
    });
  }
  if (options.prune) {
    bullets = bullets.map((b) => {
      const kept: DraftCitation[] = [];
      for (const c of b.citations) if (!kept.some((k) => disagree(k, c))) kept.push(c);
      return { text: b.text, citations: kept };
    });
  }
  const sameEvent = (a: DraftCitation, b: DraftCitation) => {
    const ca = claim(a);
    const cb = claim(b);
    // Facts first: most pairs share none, and then their dates (costly for undated articles) are not needed.
    if (!ca || !cb || !sameTripFact(facts(ca), facts(cb))) return false;
    return ca.date !== null && cb.date !== null && gapDays(ca.date.span, cb.date.span) <= 0;
  };
  bullets = corroborate(
    bullets,
    options.pool.map((c) => ({ article: c.article, text: c.sentence.text })),
    { get, disagree, sameEvent },
  );

  const peopleOf = (b: DraftBullet): Person[] => {
    const out: Person[] = [];
    for (const c of b.citations) {
      const cl = claim(c);
      if (!cl) continue;
      for (const p of book.peopleIn(cl.article.id, cl.index)) if (!out.includes(p)) out.push(p);
    }
    return out;
  };
  const display = displayNames(book);

  let annotated: AnnotatedBullet[] = bullets.map((b) => {
    const cited = b.citations.map((c) => get(c.articleId)).filter((a): a is Article => a !== undefined);
    const people = peopleOf(b).slice(0, 3);
    return {
      ...b,
      outlets: Math.max(1, countOutlets(cited)),
      // Every bullet is dated from its quotes ("tomorrow" against its article's date), on every view.
      date: bestDate(b.citations.map(claim).map((cl) => cl?.date ?? null)),
      ...(people.length > 0 ? { label: people.map(display).join(', ') } : {}),
    };
  });
  if (options.timeline) {
    // Date order within each episode, episodes apart; a date known only to the year closes its
    // episode ("2012, day unknown") rather than opening it. Undated bullets (an LLM's) go last.
    const dated = annotated
      .map((b, i) => ({ b, i }))
      .filter((x) => x.b.date)
      .sort((x, y) => compareDates(x.b.date!.span, y.b.date!.span) || x.i - y.i);
    const numbers = episodes(dated.map((x) => x.b.date!.span));
    dated.forEach((x, k) => {
      x.b.episode = numbers[k]!;
    });
    const yearOnly = (b: AnnotatedBullet) => (b.date!.span.precision === 'year' ? 1 : 0);
    dated.sort((x, y) => x.b.episode! - y.b.episode! || yearOnly(x.b) - yearOnly(y.b));
    annotated = [...dated.map((x) => x.b), ...annotated.filter((b) => !b.date)];
  }

  // Disagreements among everything the answer drew on, about the people it is about. A flag's
  // person is named in every sentence on its sides (durations, days and figures are compared
  // only for one subject, meetings only for one set of people), so only sentences naming someone
  // the bullets are about can be on a kept flag's sides. Quotes are compared whoever said them
  // (a quote's sides may name other speakers), so sentences that may quote someone stay too.
  // Values (counts, amounts...) are compared whoever is named, in every sentence of the articles
  // drawn on; a value's flag is kept when one of its sides is a sentence the answer drew on.
  const about = new Set(annotated.flatMap((b) => peopleOf(b)));
  // What the answer drew on: its bullets' sentences and the best of what it was chosen from.
  const drawnOn = new Set(options.pool.slice(0, DRAWN_ON).map((c) => `${c.article.id}#${c.sentence.index}`));
  for (const b of bullets)
    for (const c of b.citations) {
      const cl = claim(c);
      if (cl) drawnOn.add(`${cl.article.id}#${cl.index}`);
    }
  // A value's flag is kept only when one side is drawn on, so another sentence's value matters
  // only when it measures what a drawn-on sentence does: the rest are not compared at all (a
  // brief's articles hold thousands of figures).
  const drawnMeasures = new Set<string>();
  for (const key of drawnOn) {
    const [id, index] = [key.slice(0, key.lastIndexOf('#')), Number(key.slice(key.lastIndexOf('#') + 1))];
    const article = articles.get(id);
    if (article) for (const m of sentenceMeasures(article)[index] ?? []) drawnMeasures.add(m);
  }
  // Values are read in the articles drawn on: a brief's candidates span dozens of articles and
  // thousands of figures, most about other things.
  const drawnArticles = new Set([...drawnOn].map((key) => key.slice(0, key.lastIndexOf('#'))));
  const sentences: ClaimSentence[] = [];
  for (const article of articles.values()) {
    const measures =
      drawnArticles.has(article.id) && drawnMeasures.size > 0 ? sentenceMeasures(article) : null;
    for (const [i, s] of article.sentences.entries()) {
      const people = book.peopleIn(article.id, s.index);
      const named = people.some((p) => about.has(p)) || (people.length > 0 && mayQuote(s.text));
      if (named || measures?.[i]!.some((m) => drawnMeasures.has(m)))
        sentences.push(claimAt(article, s.index));
    }
  }
  const relevant = (f: FlagDraft) =>
    f.kind === 'quantity'
      ? f.sides.some((side) => side.citations.some((c) => drawnOn.has(`${c.articleId}#${claim(c)?.index}`)))
      : f.person !== null && about.has(f.person);
  const told = options.told;
  const isTold = (c: DraftCitation) => {
    const a = get(c.articleId);
    return a !== undefined && told !== undefined && told.has(`${a.id}#${sentenceIndexOf(a, c.quote)}`);
  };
  const flags = findContradictions(sentences, book, facts, (s) => drawnOn.has(`${s.article.id}#${s.index}`))
    .filter(relevant)
    // After "what's new?" only changes matter: a version told before against one not told.
    .filter(
      (f) =>
        !told ||
        (f.sides.some((s) => s.citations.some(isTold)) && f.sides.some((s) => !s.citations.some(isTold))),
    )
    .map((f) => ({
      ...f,
      subject: f.person ? f.subject.replace(f.person.short, display(f.person)) : f.subject,
      sides: told
        ? f.sides.map((s) => (s.citations.some(isTold) ? { ...s, value: `${s.value} (told before)` } : s))
        : f.sides,
    }));

  const named = new Set<Person>([...about, ...flags.map((f) => f.person!).filter(Boolean)]);
  const names = book
    .all()
    .filter((p) => named.has(p) && p.variants.length > 0)
    .map((p) => ({ name: p.name, variants: p.variants }));
  return { bullets: annotated, timeline: options.timeline, flags, names };
}

/** Surnames, unless two people of the book share one ("Tom Carver", "Sam Carver"). */
function displayNames(book: NameBook): (p: Person) => string {
  const count = new Map<string, number>();
  for (const p of book.all()) count.set(p.short, (count.get(p.short) ?? 0) + 1);
  return (p) => ((count.get(p.short) ?? 0) > 1 ? p.name : p.short);
}

/** The flag sides as citation-carrying drafts, to be numbered with the bullets. */
export function flagSideDrafts(flags: readonly FlagDraft[]): DraftBullet[] {
  return flags.flatMap((f) => f.sides.map((s) => ({ text: s.value, citations: s.citations })));
}

const markers = (citations: readonly { source: number }[]) =>
  [...new Set(citations.map((c) => c.source))]
    .sort((a, b) => a - b)
    .map((n) => `[${n}]`)
    .join('');

/**
 * The Answer's bullets and flags from the annotation and the numbered drafts (bullets first, then
 * each flag's sides in order, as `flagSideDrafts` lists them).
 */
export function finishAnnotation(
  annotation: Annotation,
  numbered: Answer['bullets'],
): { bullets: Answer['bullets']; flags: Flag[] } {
  const bullets = annotation.bullets.map((b, i) => {
    const n = numbered[i]!;
    // Every bullet carries its date; episodes and who it is about belong to the timeline view.
    const dated = annotation.timeline ? timelineFields(b) : dateFields(b);
    return { text: n.text, citations: n.citations, outlets: b.outlets, ...dated };
  });
  let k = annotation.bullets.length;
  const flags: Flag[] = annotation.flags.map((f) => {
    const sides = f.sides.map(() => {
      const n = numbered[k++]!;
      return { value: n.text, citations: n.citations };
    });
    const text = `${f.subject}: ${sides.map((s) => `${s.value} ${markers(s.citations)}`).join(' vs ')}`;
    return {
      kind: 'contradiction' as const,
      text,
      citations: sides.flatMap((s) => s.citations),
      subject: f.subject,
      sides,
    };
  });
  return { bullets, flags };
}

/** A bullet's date, its kind and its last day (for a span of days). */
function dateFields(b: AnnotatedBullet) {
  const span = b.date?.span;
  return {
    date: span ? spanLabel(span) : null,
    dateKind: b.date?.kind ?? null,
    ...(span && span.precision === 'day' && span.end !== span.start ? { dateEnd: span.end } : {}),
  };
}

/** A timeline bullet's date fields, its episode and whom it is about. */
function timelineFields(b: AnnotatedBullet) {
  return {
    ...dateFields(b),
    ...(b.episode ? { episode: b.episode } : {}),
    ...(b.label ? { label: b.label } : {}),
  };
}

/** `publishedInferred` for sources whose article has no published date but an inferred one. */
export function withInferredDates(
  sources: readonly Source[],
  get: (id: string) => Article | undefined,
  dates: DateBook,
): Source[] {
  return sources.map((s) => {
    if (s.published) return s;
    const article = get(s.id);
    const inferred = article ? articleDateFields(article, dates).publishedInferred : undefined;
    return inferred ? { ...s, publishedInferred: inferred } : s;
  });
}
