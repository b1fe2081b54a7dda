/**
 * What renderers show that is worked out from other Answer fields or the cited articles: each
 * bullet's and source's date label, a timeline's episodes and days, and where each quote is in
 * its article. Filled once, on the way out of the service, so Slack, Discord and the web console
 * render from the Answer JSON alone and word every date the same way.
 */
import type { Answer, Bullet, Citation, Source } from '../answer.js';
import { bulletDateLabel, sourceDateLabel } from './date-label.js';
import { dateKindNote, groupTimeline } from './timeline.js';
import { needsNormalizing, normalizeForMatch } from '../write/verify.js';

type QuoteSpan = NonNullable<Citation['at']>;

/**
 * A paragraph folded as normalizeForMatch folds text, one character at a time, keeping for every
 * folded character the range of the original it came from, so a match can be marked in the original.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    for (const c of /\s/.test(ch) ? ' ' : normalizeForMatch(ch)) {
      if (c === ' ' && (folded === '' || folded.endsWith(' '))) continue;
      folded += c;
      starts.push(offset);
      ends.push(offset + ch.length);
    }
    offset += ch.length;
  }
  return { folded, starts, ends };
}

/**
 * Where a quote is among an article's paragraphs, matched as the verifier matches it (case
 * aside, when folding keeps lengths); undefined when no paragraph holds it.
 */
export function locateQuote(paragraphs: readonly string[], quote: string): QuoteSpan | undefined {
  const wanted = normalizeForMatch(quote);
  if (wanted === '') return undefined;
  const lowered = wanted.toLowerCase();
  for (const [paragraph, text] of paragraphs.entries()) {
    // The cheap test first: only a paragraph that holds the quote is mapped character by character.
    if (!normalizeForMatch(text).toLowerCase().includes(lowered)) continue;
    // Text the fold leaves alone (plain ASCII, single spaces) is its own map.
    if (!needsNormalizing(text)) {
      let at = text.indexOf(wanted);
      if (at < 0) at = text.toLowerCase().indexOf(lowered);
      if (at >= 0) return { paragraph, start: at, end: at + wanted.length };
      continue;
    }
    const map = foldWithMap(text);
    let at = map.folded.indexOf(wanted);
    if (at < 0 && map.folded.length === map.folded.toLowerCase().length) {
      at = map.folded.toLowerCase().indexOf(lowered);
    }
    if (at >= 0) return { paragraph, start: map.starts[at]!, end: map.ends[at + wanted.length - 1]! };
  }
  return undefined;
}

/** A bullet with its `dateLabel` and `dateNote`, when it has them. */
export function bulletView<B extends Pick<Bullet, 'date' | 'dateKind' | 'dateEnd'>>(bullet: B): B {
  const dateLabel = bulletDateLabel(bullet);
  const dateNote = dateKindNote(bullet.dateKind);
  return { ...bullet, ...(dateLabel ? { dateLabel } : {}), ...(dateNote ? { dateNote } : {}) };
}

/** A source with its `dateLabel`. */
export function sourceView(source: Source): Source {
  return { ...source, dateLabel: sourceDateLabel(source) };
}

/**
 * The answer with its view fields (`dateLabel`, `dateNote`, `timeline`, and each citation's `at`
 * when `paragraphs` gives the cited articles' paragraphs); every other field as it was.
 */
export function withViews(
  answer: Answer,
  paragraphs: (articleId: string) => readonly string[] | undefined = () => undefined,
): Answer {
  const ids = new Map(answer.sources.map((s) => [s.n, s.id]));
  const located = new Map<string, QuoteSpan | undefined>();
  const cite = (c: Citation): Citation => {
    const id = ids.get(c.source);
    const text = id === undefined ? undefined : paragraphs(id);
    if (!text) return c;
    const key = `${id}\u0000${c.quote}`;
    if (!located.has(key)) located.set(key, locateQuote(text, c.quote));
    const at = located.get(key);
    return at ? { ...c, at } : c;
  };
  const cited = <T extends { citations: Citation[] }>(item: T): T => ({
    ...item,
    citations: item.citations.map(cite),
  });
  const bullets = answer.bullets.map((b) => bulletView(cited(b)));
  const timeline =
    answer.view === 'timeline'
      ? groupTimeline(answer.bullets.map((b, i) => ({ ...b, i }))).map((episode) => ({
          label: episode.label,
          days: episode.days.map((day) => ({ label: day.label, bullets: day.bullets.map((b) => b.i) })),
        }))
      : undefined;
  return {
    ...answer,
    ...(answer.lead ? { lead: cited(answer.lead) } : {}),
    bullets,
    ...(answer.flags
      ? {
          flags: answer.flags.map((f) => ({
            ...cited(f),
            ...(f.sides ? { sides: f.sides.map(cited) } : {}),
          })),
        }
      : {}),
    sources: answer.sources.map(sourceView),
    ...(timeline ? { timeline } : {}),
  };
}
