/**
 * How dates read on every surface: a bullet's date beside its quote, never inside it, and an
 * article's one date in sources lists and article panels. Pure functions of Answer fields; the
 * service puts their words in the answer (answer-views.ts `dateLabel`), which Slack, Discord and the
 * console show, so every surface words the same date the same way.
 */
import type { Bullet, Source } from '../answer.js';
import { humanSpan, parseSpan } from '../analysis/calendar.js';

type DatedBullet = Pick<Bullet, 'date' | 'dateKind' | 'dateEnd'>;

/**
 * "3 Oct 2012" for what the sentence says ("tomorrow" in an article of 2 Oct 2012 included),
 * "reported 2 Oct 2012" when only its article's date is known, "2012, inferred" when the date
 * rests on an inferred article date; null when undated.
 */
export function bulletDateLabel(bullet: DatedBullet): string | null {
  if (!bullet.date) return null;
  const span = parseSpan(bullet.date, bullet.dateEnd);
  const when = span ? humanSpan(span) : bullet.date;
  switch (bullet.dateKind) {
    case 'inferred':
      return `${when}, inferred`;
    case 'article':
      return `reported ${when}`;
    default:
      return when;
  }
}

/** An article's date: published, else inferred (said so), else "date unknown". */
export function sourceDateLabel(source: Pick<Source, 'published' | 'publishedInferred'>): string {
  if (source.published) return source.published;
  if (source.publishedInferred) return `${source.publishedInferred.date} (inferred)`;
  return 'date unknown';
}
