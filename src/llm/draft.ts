/**
 * What the model writes, and what survives of it: the JSON shape it is asked for, a tolerant parser
 * (code fences, leading <think> blocks), and grounding, which maps passage ids to articles and keeps
 * only citations the shared verifier finds in the cited passage. Everything here returns values.
 */
import { z } from 'zod';
import { normalizeForMatch, verifyDraft } from '../briefing/verify.js';
import type { DraftBullet, DraftCitation } from '../briefing/writer.js';
import type { Passage } from './passages.js';

/** The response schema, sent as a strict json_schema where the server supports it. */
export const llmDraftSchema = z.object({
  bullets: z.array(
    z.object({
      text: z.string(),
      citations: z.array(z.object({ passage: z.string(), quote: z.string() })),
    }),
  ),
});
export type LlmDraft = z.infer<typeof llmDraftSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** The JSON inside `content`: without a leading reasoning block and without Markdown code fences. */
export function extractJson(content: string): string {
  const text = content.replace(/^\s*<think>[\s\S]*?<\/think>/i, '').trim();
  // indexOf, not a regex: `\s*([\s\S]*?)\s*` around a fence backtracked cubically on long whitespace
  // (8,000 spaces blocked the event loop for minutes, beyond any timer's reach).
  const open = text.indexOf('```');
  if (open < 0) return text;
  let start = open + 3;
  if (text.startsWith('json', start) || text.startsWith('JSON', start)) start += 4;
  const close = text.indexOf('```', start);
  return close < 0 ? text : text.slice(start, close).trim();
}

/** Parses the assistant message; `finishReason` 'length' turns a parse failure into "truncated". */
export function parseDraft(content: string, finishReason?: string | null): Parsed<LlmDraft> {
  let json: unknown;
  try {
    json = JSON.parse(extractJson(content));
  } catch {
    return {
      ok: false,
      reason: finishReason === 'length' ? 'output truncated (finish_reason length)' : 'non-JSON output',
    };
  }
  const parsed = llmDraftSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown';
    return { ok: false, reason: `schema mismatch (${where})` };
  }
  return { ok: true, value: parsed.data };
}

/** "P3", "p3", "[P3]", "3" all name passage P3; anything else names nothing. */
export function normalizePassageId(raw: string): string {
  const m = /^\s*\[?\s*P?\s*(\d+)\s*\]?\s*$/i.exec(raw);
  return m ? `P${Number(m[1])}` : raw.trim();
}

export interface Grounded {
  bullets: DraftBullet[];
  /** Bullets the model wrote, citations it made and of those, how many were dropped. */
  stats: { bullets: number; citations: number; droppedCitations: number; droppedBullets: number };
}

/**
 * Keeps the citations whose quote is in the passage they name (verified by the shared verifier
 * against that passage's text, not the whole article), then maps passage ids to article ids.
 * Bullets left without a valid citation go; at most `maxBullets` remain.
 */
export function groundDraft(draft: LlmDraft, passages: readonly Passage[], maxBullets: number): Grounded {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const written = draft.bullets
    .map((b) => ({
      text: b.text.replace(/\s+/g, ' ').trim(),
      citations: b.citations.map((c) => ({
        articleId: normalizePassageId(c.passage),
        quote: c.quote.trim(),
      })),
    }))
    .filter((b) => b.text !== '');
  const verified = verifyDraft(written, (id) => byId.get(id)?.text);

  const bullets: DraftBullet[] = [];
  for (const bullet of verified.bullets) {
    // Two passages of one article (a repeated lead) can yield the same article citation twice.
    const seen = new Set<string>();
    const citations: DraftCitation[] = [];
    for (const c of bullet.citations) {
      const articleId = byId.get(c.articleId)!.articleId;
      const key = `${articleId}\u0000${normalizeForMatch(c.quote)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ articleId, quote: c.quote });
    }
    bullets.push({ text: bullet.text, citations });
  }
  return {
    bullets: bullets.slice(0, Math.max(0, maxBullets)),
    stats: {
      bullets: draft.bullets.length,
      citations: draft.bullets.reduce((n, b) => n + b.citations.length, 0),
      droppedCitations: verified.dropped.length,
      droppedBullets: draft.bullets.length - verified.bullets.length,
    },
  };
}
