/**
 * What the model writes, and what survives of it: the JSON shape it is asked for, a tolerant parser
 * (code fences, leading <think> blocks), and grounding, which maps passage ids to articles and keeps
 * only citations the shared verifier finds in the cited passage. Everything here returns values.
 */
import { z } from 'zod';
import { normalizeForMatch, type VerifyContext, verifyDraft } from '../briefing/write/verify.js';
import type { DraftBullet, DraftCitation, DraftLead } from '../briefing/write/writer.js';
import type { Passage } from './passages.js';

const llmItemSchema = z.object({
  text: z.string(),
  citations: z.array(z.object({ passage: z.string(), quote: z.string() })),
});
type LlmItem = z.infer<typeof llmItemSchema>;

/**
 * The response schema, sent as a strict json_schema where the server supports it. `lead` is the
 * direct answer to a question; null for briefs and digests and when the passages do not answer.
 * Strict mode wants every property required, hence nullable rather than optional.
 */
export const llmDraftSchema = z.object({
  lead: llmItemSchema.nullable(),
  bullets: z.array(llmItemSchema),
});

/** What is read back: the bullets must have their shape; a lead is optional (json_object replies). */
const parsedDraftSchema = z.object({ bullets: z.array(llmItemSchema) });

export interface LlmDraft {
  lead?: LlmItem | null;
  bullets: LlmItem[];
  /** Why a lead the model wrote was set aside before grounding (not the expected shape). */
  leadIgnored?: string;
}

/** A lead is one or two sentences; anything longer is not the direct answer asked for. */
export const MAX_LEAD_CHARS = 600;

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
  const parsed = parsedDraftSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown';
    return { ok: false, reason: `schema mismatch (${where})` };
  }
  // A malformed lead costs only the lead: the bullets stand, and the service composes one offline.
  const raw = (json as { lead?: unknown }).lead;
  if (raw === undefined || raw === null) return { ok: true, value: { ...parsed.data, lead: null } };
  const lead = llmItemSchema.safeParse(raw);
  if (lead.success) return { ok: true, value: { ...parsed.data, lead: lead.data } };
  const first = lead.error.issues[0];
  const where = first ? `${['lead', ...first.path].join('.')}: ${first.message}` : 'lead';
  return { ok: true, value: { ...parsed.data, lead: null, leadIgnored: `schema mismatch (${where})` } };
}

/** "P3", "p3", "[P3]", "3" all name passage P3; anything else names nothing. */
export function normalizePassageId(raw: string): string {
  const m = /^\s*\[?\s*P?\s*(\d+)\s*\]?\s*$/i.exec(raw);
  return m ? `P${Number(m[1])}` : raw.trim();
}

export interface Grounded {
  bullets: DraftBullet[];
  /** The model's direct answer with its verified citations; null when it wrote none or none held. */
  lead: DraftLead | null;
  /** Bullets the model wrote, citations it made and of those, how many were dropped. */
  stats: { bullets: number; citations: number; droppedCitations: number; droppedBullets: number };
  /** Why the model's lead was dropped here (its citations or its length); absent when kept or none. */
  leadDropped?: string;
}

/** The model's items as drafts citing passage ids, text spaces folded, empty ones gone. */
function written(items: readonly LlmItem[]): DraftBullet[] {
  return items
    .map((b) => ({
      text: b.text.replace(/\s+/g, ' ').trim(),
      citations: b.citations.map((c) => ({
        articleId: normalizePassageId(c.passage),
        quote: c.quote.trim(),
      })),
    }))
    .filter((b) => b.text !== '');
}

/** Verified drafts citing articles instead of passages, each article's quote once. */
function toArticles(items: readonly DraftBullet[], byId: ReadonlyMap<string, Passage>): DraftBullet[] {
  return items.map((item) => {
    // Two passages of one article (a repeated lead) can yield the same article citation twice.
    const seen = new Set<string>();
    const citations: DraftCitation[] = [];
    for (const c of item.citations) {
      const articleId = byId.get(c.articleId)!.articleId;
      const key = `${articleId}\u0000${normalizeForMatch(c.quote)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      citations.push({ articleId, quote: c.quote });
    }
    return { text: item.text, citations };
  });
}

/**
 * Keeps the citations whose quote is in the passage they name (verified by the shared verifier
 * against that passage's text, not the whole article), then maps passage ids to article ids.
 * Bullets left without a valid citation go; at most `maxBullets` remain. The lead is grounded the
 * same way, on its own (it may quote a sentence a bullet quotes too).
 */
export function groundDraft(draft: LlmDraft, passages: readonly Passage[], maxBullets: number): Grounded {
  const byId = new Map(passages.map((p) => [p.id, p]));
  const lookup = (id: string) => byId.get(id)?.text;
  // What the service allows a claim, here per passage: to name its article's title, outlet and date,
  // and to rest on a short quote that is a whole sentence.
  const context: VerifyContext = {
    sentences: (id) => byId.get(id)?.sentenceTexts,
    metadata: (id) => {
      const p = byId.get(id);
      return p ? [p.title, p.publisher ?? '', p.published ?? ''].join(' \n ') : '';
    },
  };
  const verified = verifyDraft(written(draft.bullets), lookup, context);
  const bullets = toArticles(verified.bullets, byId);

  let lead: DraftLead | null = null;
  let leadDropped: string | undefined;
  const [proposed] = written(draft.lead ? [draft.lead] : []);
  if (proposed && proposed.text.length > MAX_LEAD_CHARS) leadDropped = 'longer than a direct answer';
  else if (proposed) {
    const checked = verifyDraft([proposed], lookup, context);
    const [kept] = toArticles(checked.bullets, byId);
    const unsupported = checked.unsupported[0];
    if (kept) lead = kept;
    else if (unsupported) leadDropped = `it ${unsupported.reason}`;
    else leadDropped = 'no citation verified';
  }
  return {
    bullets: bullets.slice(0, Math.max(0, maxBullets)),
    lead,
    stats: {
      bullets: draft.bullets.length,
      citations: draft.bullets.reduce((n, b) => n + b.citations.length, 0),
      droppedCitations: verified.dropped.length,
      droppedBullets: draft.bullets.length - verified.bullets.length,
    },
    ...(leadDropped ? { leadDropped } : {}),
  };
}
