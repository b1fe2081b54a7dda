/**
 * Turns as they come out of a database row. The JSON columns (bullets, shown, salient) are parsed
 * with zod: a row damaged by hand edits or a bad write is reported and skipped, never a crash.
 */
import { z } from 'zod';
import { answerKindSchema } from '../briefing/answer.js';
import { type ThreadKey, threadKeyString, type Turn } from '../briefing/ports.js';
import type { Logger } from '../log/logger.js';

const stringList = z.array(z.string());

const turnRowSchema = z.object({
  at: z.string(),
  kind: answerKindSchema,
  question: z.string().nullable(),
  query: z.string(),
  bullets: stringList,
  shown: stringList,
  salient: stringList,
  // Older rows have none (NULL): the turn then has no lead keys.
  lead: stringList.nullish().transform((v) => v ?? undefined),
});

/** A turn row with its JSON columns still encoded (SQLite) or already decoded (PostgreSQL jsonb). */
export interface RawTurnRow {
  seq: number;
  at: unknown;
  kind: unknown;
  question: unknown;
  query: unknown;
  bullets: unknown;
  shown: unknown;
  salient: unknown;
  /** NULL in rows written before schema version 6. */
  lead?: unknown;
}

export type TurnParse = { ok: true; turn: Turn } | { ok: false; seq: number; problem: string };

/** Decodes one row; `decodeJson` says whether the JSON columns are text that must be parsed first. */
export function parseTurnRow(row: RawTurnRow, decodeJson: boolean): TurnParse {
  let bullets = row.bullets;
  let shown = row.shown;
  let salient = row.salient;
  let lead = row.lead ?? null;
  if (decodeJson) {
    try {
      bullets = JSON.parse(String(row.bullets));
      shown = JSON.parse(String(row.shown));
      salient = JSON.parse(String(row.salient));
      if (lead !== null) lead = JSON.parse(String(lead));
    } catch (error) {
      return { ok: false, seq: row.seq, problem: `invalid JSON: ${(error as Error).message}` };
    }
  }
  const parsed = turnRowSchema.safeParse({ ...row, bullets, shown, salient, lead });
  if (!parsed.success) {
    return { ok: false, seq: row.seq, problem: z.prettifyError(parsed.error) };
  }
  const { lead: leadKeys, ...turn } = parsed.data;
  return { ok: true, turn: leadKeys ? { ...turn, lead: leadKeys } : turn };
}

/** A thread's turns from its rows in order; a damaged turn is logged and left out, never a crash. */
export function turnsFromRows(
  rows: readonly RawTurnRow[],
  decodeJson: boolean,
  where: { store: string; key: ThreadKey },
  logger: Logger,
): Turn[] {
  const turns: Turn[] = [];
  for (const raw of rows) {
    const parsed = parseTurnRow(raw, decodeJson);
    if (parsed.ok) turns.push(parsed.turn);
    else
      logger.warn(
        { store: where.store, thread: threadKeyString(where.key), seq: parsed.seq, problem: parsed.problem },
        'skipping a damaged turn in the conversation store',
      );
  }
  return turns;
}

/** The JSON text stored for a turn's list columns (SQLite keeps them as TEXT). */
export function encodeTurnLists(turn: Turn): {
  bullets: string;
  shown: string;
  salient: string;
  lead: string | null;
} {
  return {
    bullets: JSON.stringify(turn.bullets),
    shown: JSON.stringify(turn.shown),
    salient: JSON.stringify(turn.salient),
    lead: turn.lead ? JSON.stringify(turn.lead) : null,
  };
}
