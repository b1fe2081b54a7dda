/**
 * A digest cites every new article it counts: after the writer has chosen its bullets, each
 * article with a retrieved sentence that no bullet cites gets one bullet, its best-ranked sentence,
 * quoted whole (verified like any other). Without it a digest could say "5 new articles" and cite
 * four.
 */
import type { Candidate, DraftBullet } from './writer.js';

export function coverArticles(
  drafts: readonly DraftBullet[],
  candidates: readonly Candidate[],
  maxExtra: number,
): DraftBullet[] {
  const cited = new Set(drafts.flatMap((d) => d.citations.map((c) => c.articleId)));
  const quoted = new Set(drafts.flatMap((d) => d.citations.map((c) => c.quote)));
  const extra: DraftBullet[] = [];
  // Candidates come best first: an article's first one is its best.
  for (const c of candidates) {
    if (extra.length >= maxExtra) break;
    if (cited.has(c.article.id) || quoted.has(c.sentence.text)) continue;
    cited.add(c.article.id);
    extra.push({ text: c.sentence.text, citations: [{ articleId: c.article.id, quote: c.sentence.text }] });
  }
  return [...drafts, ...extra];
}
