/**
 * A brief's lead: one or two sentences naming its latest developments and when they happened,
 * each the main clause of the development's first bullet, cited by that bullet's quote. A date is
 * said only in words the cited quotes or sources carry ("October 2012" where a quote says
 * "October", else the year); the service then verifies the lead like an answer's.
 */
import { type DateSpan, MONTH_NAMES, monthOf, yearOf } from '../analysis/calendar.js';
import type { Development } from './developments.js';
import { shortened } from './lead.js';
import { claimSupported } from './verify.js';
import type { DraftBullet, DraftLead } from './writer.js';

/** How many developments the lead names: the latest and the one before it. */
const NAMED = 2;

/** The development a bullet belongs to: the one holding its first citation's sentence. */
function developmentOf(bullet: DraftBullet, developments: readonly Development[]): number {
  const c = bullet.citations[0];
  if (!c) return -1;
  return developments.findIndex((d) =>
    d.members.some((m) => m.article.id === c.articleId && m.sentence.text === c.quote),
  );
}

/** The words for a period that the support carries: "October 2012", "2012", or nothing. */
function periodWords(span: DateSpan | null, support: string): string | null {
  if (!span) return null;
  const year = String(yearOf(span));
  const month = span.precision === 'year' ? null : `${MONTH_NAMES[monthOf(span) - 1]} ${year}`;
  for (const words of [month, year]) {
    if (words && claimSupported(words, [support]).ok) return words;
  }
  return null;
}

function clause(text: string): string {
  return shortened(text)
    .replace(/^(?:But|And|However|Meanwhile|Also),?\s+/, '')
    .replace(/[.;:,\s]+$/, '');
}

/**
 * The lead, from the verified bullets (in brief order, the latest development first) and the
 * developments they came from; null when no bullet can be placed in a development.
 */
export function briefLead(
  developments: readonly Development[],
  bullets: readonly DraftBullet[],
  metadata: (articleId: string) => string,
): DraftLead | null {
  const seen = new Set<number>();
  const parts: { text: string; citation: DraftBullet['citations'][number] }[] = [];
  for (const bullet of bullets) {
    if (parts.length >= NAMED) break;
    const d = developmentOf(bullet, developments);
    if (d < 0 || seen.has(d)) continue;
    seen.add(d);
    const citation = bullet.citations[0]!;
    const support = `${citation.quote} \n ${metadata(citation.articleId)}`;
    const when = periodWords(developments[d]!.date, support);
    const said = clause(citation.quote.replace(/^[A-Z][A-Z .'-]{2,30}:\s+(?=\S)/, ''));
    parts.push({ text: when ? `${said} (${when})` : said, citation });
  }
  if (parts.length === 0) return null;
  const [latest, before] = parts;
  const text = before ? `${latest!.text}. Before that: ${before.text}.` : `${latest!.text}.`;
  return { text, citations: parts.map((p) => p.citation) };
}
