/**
 * The citation verifier, shared by every writer: a quote counts only if it is found in the cited
 * text, up to whitespace and typographic quote/dash differences. Nothing unverified is shown.
 */
import type { DraftBullet, DraftCitation } from './writer.js';

/** Folds what may legitimately differ between a quote and its source: quotes, dashes, spaces, case of none. */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shorter than this, a "quote" proves nothing (a single word is in most articles). */
export const MIN_QUOTE_CHARS = 12;

/** True when `quote` occurs in `source` after normalisation. */
export function quoteIsIn(quote: string, source: string): boolean {
  const q = normalizeForMatch(quote);
  if (q.length < MIN_QUOTE_CHARS) return false;
  return normalizeForMatch(source).includes(q);
}

export interface DroppedCitation {
  citation: DraftCitation;
  reason: 'unknown-source' | 'quote-not-found';
}

export interface VerifiedDraft {
  bullets: DraftBullet[];
  dropped: DroppedCitation[];
  /** Bullets removed because none of their citations verified. */
  droppedBullets: number;
}

/**
 * Keeps the citations whose quote is found in the text `lookup` returns for their id (an article's
 * cleaned text, or a passage's text for the LLM writer); drops bullets left without one.
 * Duplicate citations within a bullet and bullets repeating an earlier bullet's only quote go too.
 */
export function verifyDraft(
  bullets: readonly DraftBullet[],
  lookup: (id: string) => string | undefined,
): VerifiedDraft {
  const dropped: DroppedCitation[] = [];
  const kept: DraftBullet[] = [];
  const normalizedCache = new Map<string, string>();
  const seenQuotes = new Set<string>();
  let droppedBullets = 0;

  for (const bullet of bullets) {
    const citations: DraftCitation[] = [];
    const local = new Set<string>();
    for (const citation of bullet.citations) {
      const source = lookup(citation.articleId);
      if (source === undefined) {
        dropped.push({ citation, reason: 'unknown-source' });
        continue;
      }
      let normalizedSource = normalizedCache.get(citation.articleId);
      if (normalizedSource === undefined) {
        normalizedSource = normalizeForMatch(source);
        normalizedCache.set(citation.articleId, normalizedSource);
      }
      const q = normalizeForMatch(citation.quote);
      if (q.length < MIN_QUOTE_CHARS || !normalizedSource.includes(q)) {
        dropped.push({ citation, reason: 'quote-not-found' });
        continue;
      }
      const k = `${citation.articleId}\u0000${q}`;
      if (local.has(k)) continue;
      local.add(k);
      citations.push(citation);
    }
    const keys = citations.map((c) => `${c.articleId}\u0000${normalizeForMatch(c.quote)}`);
    // A bullet that only re-cites sentences an earlier bullet already cited says nothing new.
    if (citations.length === 0 || keys.every((k) => seenQuotes.has(k))) {
      droppedBullets++;
      continue;
    }
    for (const k of keys) seenQuotes.add(k);
    kept.push({ text: bullet.text, citations });
  }
  return { bullets: kept, dropped, droppedBullets };
}
