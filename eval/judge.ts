/**
 * Judging one answer against a set item. Pure functions over Answer JSON, so they are tested on
 * hand-made answers. `lead` is read through a local schema: it is optional in the contract.
 */
import { z } from 'zod';
import type { Answer } from '../src/briefing/answer.js';
import type { ServiceResult } from '../src/briefing/service-api.js';

/** Bullets whose text counts next to the lead (a reader sees these first). */
export const JUDGED_BULLETS = 2;

const leadSchema = z
  .object({
    text: z.string(),
    citations: z.array(z.object({ source: z.number(), quote: z.string() })),
  })
  .nullable()
  .optional();
export type Lead = { text: string; citations: { source: number; quote: string }[] };

/** The answer's lead, if it has one (before the field exists, never). */
export function leadOf(answer: Answer): Lead | null {
  const parsed = leadSchema.safeParse((answer as Record<string, unknown>).lead);
  return parsed.success && parsed.data ? parsed.data : null;
}

export interface Verdict {
  right: boolean;
  /** A lead exists and every expected pattern matches its text alone (answerable items only). */
  leadHit: boolean;
  /** Why it was judged wrong (empty when right). */
  reason: string;
}

export interface Expectation {
  expect: readonly string[];
  articles?: readonly string[];
}

function matchesAll(patterns: readonly string[], text: string): string[] {
  return patterns.filter((p) => !new RegExp(p, 'i').test(text));
}

/** Judges an answerable item: every pattern in the lead and first bullets, and a cited article. */
export function judgeAnswerable(result: ServiceResult, expectation: Expectation): Verdict {
  if (!result.ok)
    return { right: false, leadHit: false, reason: `error ${result.error.code}: ${result.error.message}` };
  const answer = result.answer;
  const lead = leadOf(answer);
  const bullets = answer.bullets.slice(0, JUDGED_BULLETS);
  if (!lead && bullets.length === 0)
    return { right: false, leadHit: false, reason: `nothing found${answer.note ? ` (${answer.note})` : ''}` };
  const parts: string[] = [];
  const citations: { source: number }[] = [];
  if (lead) {
    parts.push(lead.text, ...lead.citations.map((c) => c.quote));
    citations.push(...lead.citations);
  }
  for (const b of bullets) {
    parts.push(b.text, ...b.citations.map((c) => c.quote));
    citations.push(...b.citations);
  }
  const missing = matchesAll(expectation.expect, parts.join('\n'));
  const leadHit = lead !== null && matchesAll(expectation.expect, lead.text).length === 0;
  const reasons: string[] = [];
  if (missing.length) reasons.push(`missing ${missing.map((p) => `/${p}/`).join(' ')}`);
  if (expectation.articles?.length) {
    const cited = [
      ...new Set(citations.map((c) => answer.sources.find((s) => s.n === c.source)?.id ?? `?${c.source}`)),
    ];
    if (!cited.some((id) => expectation.articles!.includes(id)))
      reasons.push(`cites ${cited.join(', ') || 'nothing'}, not ${expectation.articles.join(' or ')}`);
  }
  return { right: reasons.length === 0, leadHit, reason: reasons.join('; ') };
}

/** Judges an unanswerable item: right when the service found nothing (no bullets, no lead). */
export function judgeUnanswerable(result: ServiceResult): Verdict {
  if (!result.ok)
    return { right: false, leadHit: false, reason: `error ${result.error.code}: ${result.error.message}` };
  const lead = leadOf(result.answer);
  const n = result.answer.bullets.length;
  if (!lead && n === 0) return { right: true, leadHit: false, reason: '' };
  return {
    right: false,
    leadHit: false,
    reason: `answered (${lead ? 'a lead and ' : ''}${n} bullet${n === 1 ? '' : 's'}) where nothing should be found`,
  };
}
