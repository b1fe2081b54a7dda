/**
 * What one ingest run did, for the CLI, the logs and tests: articles added, duplicates folded (and
 * why), items already seen, and warnings that each name the URL (or file) they are about.
 */

export interface IngestWarning {
  url: string;
  message: string;
}

export interface AddedArticle {
  id: string;
  title: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  path: string;
}

export interface FoldedDuplicate {
  /** The article it was folded into. */
  id: string;
  url: string | null;
  reason: 'url' | 'guid' | 'text';
  /** The other outlet, recorded in the article's alsoPublishedBy (text duplicates). */
  outlet: string | null;
}

export interface IngestReport {
  source: string;
  kind: 'feed' | 'page' | 'file' | 'unknown';
  /** RSS, Atom, ... for feeds. */
  format: string | null;
  /** 304 Not Modified: nothing was downloaded. */
  notModified: boolean;
  added: AddedArticle[];
  folded: FoldedDuplicate[];
  alreadySeen: number;
  warnings: IngestWarning[];
  /** Why the source itself could not be used (unreachable, refused, malformed), or null. */
  failed: string | null;
}

export function emptyReport(source: string): IngestReport {
  return {
    source,
    kind: 'unknown',
    format: null,
    notModified: false,
    added: [],
    folded: [],
    alreadySeen: 0,
    warnings: [],
    failed: null,
  };
}

/** A few lines for people: a summary, then each article, fold and warning. */
export function renderReport(r: IngestReport): string {
  const lines: string[] = [];
  const what =
    r.kind === 'feed' ? (r.format ? `Feed (${r.format})` : 'Feed') : r.kind === 'page' ? 'Page' : 'Source';
  if (r.failed) lines.push(`${what} ${r.source}: not ingested: ${r.failed}`);
  else if (r.notModified) lines.push(`${what} ${r.source}: not modified since the last fetch; nothing new.`);
  else
    lines.push(
      `${what} ${r.source}: ${r.added.length} new, ${r.folded.length} duplicate${r.folded.length === 1 ? '' : 's'} folded, ${r.alreadySeen} already seen.`,
    );
  for (const a of r.added)
    lines.push(
      `  + ${a.id}  ${a.title} — ${a.publisher ?? 'publisher unknown'} — ${a.published ?? 'date unknown'}`,
    );
  for (const f of r.folded)
    lines.push(
      `  = ${f.url ?? '(no URL)'} folded into ${f.id} (same ${f.reason === 'text' ? 'text' : f.reason === 'url' ? 'URL' : 'GUID'}${f.outlet ? `, also published by ${f.outlet}` : ''})`,
    );
  for (const w of r.warnings) lines.push(`  ! ${w.url}: ${w.message}`);
  return `${lines.join('\n')}\n`;
}
