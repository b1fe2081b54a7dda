/**
 * Tallying item verdicts into the report's lines (per answer type, follow-up, unanswerable, lead
 * hit, all) and printing them as a plain, aligned table.
 */
import { ANSWER_TYPES } from './set-schema.js';

export interface ItemResult {
  id: string;
  kind: 'plain' | 'followup' | 'unanswerable';
  /** The answer type of a plain item (also recorded, when given, for a follow-up's last turn). */
  answerType: string | null;
  /** Every question asked, in order; the last is the judged one. */
  questions: string[];
  right: boolean;
  leadHit: boolean;
  reason: string;
  /** What came back, abridged: the note, the lead's text, the first bullets' text. */
  got: { error?: string; note?: string; lead: string | null; bullets: string[] };
  ms: number;
}

export interface Line {
  line: string;
  n: number;
  right: number;
  pct: number;
}

function line(label: string, results: readonly ItemResult[], hit: (r: ItemResult) => boolean): Line {
  const right = results.filter(hit).length;
  return { line: label, n: results.length, right, pct: results.length ? (100 * right) / results.length : 0 };
}

/** The report's lines; answer types with no items are left out. */
export function tally(results: readonly ItemResult[]): Line[] {
  const lines: Line[] = [];
  for (const type of ANSWER_TYPES) {
    const of = results.filter((r) => r.kind === 'plain' && r.answerType === type);
    if (of.length) lines.push(line(type, of, (r) => r.right));
  }
  const followups = results.filter((r) => r.kind === 'followup');
  if (followups.length) lines.push(line('follow-up', followups, (r) => r.right));
  const unanswerable = results.filter((r) => r.kind === 'unanswerable');
  if (unanswerable.length) lines.push(line('unanswerable', unanswerable, (r) => r.right));
  const answerable = results.filter((r) => r.kind !== 'unanswerable');
  if (answerable.length) lines.push(line('lead hit', answerable, (r) => r.leadHit));
  lines.push(line('all', results, (r) => r.right));
  return lines;
}

export const LEAD_HIT_NOTE = '(answerable items incl. follow-ups)';

/** The table as text lines; `paint` may colour a percentage (identity when not a terminal). */
export function formatTable(
  lines: readonly Line[],
  paint: (pct: number, text: string) => string = (_p, t) => t,
): string[] {
  const out = [`${'line'.padEnd(14)}${'n'.padStart(4)}${'right'.padStart(8)}${'%'.padStart(8)}`];
  for (const l of lines) {
    const pct = paint(l.pct, l.pct.toFixed(1).padStart(8));
    const note = l.line === 'lead hit' ? `     ${LEAD_HIT_NOTE}` : '';
    out.push(`${l.line.padEnd(14)}${String(l.n).padStart(4)}${String(l.right).padStart(8)}${pct}${note}`);
  }
  return out;
}
