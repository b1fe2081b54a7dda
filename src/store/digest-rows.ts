/**
 * Subscription and ledger rows as they come out of either database, parsed with zod: a row damaged
 * by a hand edit is reported (the caller logs it) instead of crashing the scheduler. SQLite gives
 * text and integers, PostgreSQL gives Date and boolean; both are accepted.
 */
import { z } from 'zod';
import type { LedgerEntry } from '../digest/ports.js';
import { type Subscription, weekdaySchema } from '../digest/subscription.js';
import type { Logger } from '../log/logger.js';

const instant = z.union([z.date(), z.string().datetime({ offset: true })]).transform((v) => new Date(v));
const flag = z.union([z.boolean(), z.number().int()]).transform((v) => v === true || v === 1);
const count = z.union([z.number().int(), z.string().regex(/^\d+$/)]).transform(Number);

const subscriptionRowSchema = z
  .object({
    platform: z.string(),
    channel: z.string(),
    topic: z.string(),
    cadence: z.enum(['daily', 'weekdays', 'weekly']),
    weekday: weekdaySchema.nullable(),
    at_time: z.string().regex(/^\d{2}:\d{2}$/),
    time_zone: z.string(),
    announce_empty: flag,
    created_at: instant,
    schedule_set_at: instant,
  })
  .transform((r): Subscription => ({
    platform: r.platform,
    channel: r.channel,
    topic: r.topic,
    cadence: r.cadence === 'weekly' ? { kind: 'weekly', day: r.weekday ?? 'mon' } : { kind: r.cadence },
    time: r.at_time,
    timeZone: r.time_zone,
    announceEmpty: r.announce_empty,
    createdAt: r.created_at,
    scheduleSetAt: r.schedule_set_at,
  }));

const ledgerRowSchema = z
  .object({
    platform: z.string(),
    channel: z.string(),
    topic: z.string(),
    period: z.string(),
    slot_at: instant,
    status: z.enum(['posting', 'posted', 'empty', 'failed']),
    covered_since: instant.nullable(),
    covered_until: instant,
    articles: count.nullable(),
    message_id: z.string().nullable(),
    error: z.string().nullable(),
    attempts: count,
    claimed_by: z.string(),
    created_at: instant,
    updated_at: instant,
  })
  .transform((r): LedgerEntry => ({
    platform: r.platform,
    channel: r.channel,
    topic: r.topic,
    period: r.period,
    slotAt: r.slot_at,
    status: r.status,
    coveredSince: r.covered_since,
    coveredUntil: r.covered_until,
    articles: r.articles,
    messageId: r.message_id,
    error: r.error,
    attempts: r.attempts,
    claimedBy: r.claimed_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));

export type RowParse<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseWith<T>(schema: z.ZodType<T>, value: unknown): RowParse<T> {
  const parsed = schema.safeParse(value);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problem: z.prettifyError(parsed.error) };
}

export function parseSubscriptionRow(row: unknown): RowParse<Subscription> {
  return parseWith(subscriptionRowSchema, row);
}

export function parseLedgerRow(row: unknown): RowParse<LedgerEntry> {
  return parseWith(ledgerRowSchema, row);
}

/** A ledger row's `told`: JSON text from SQLite, already parsed from PostgreSQL's jsonb. */
const toldSchema = z.preprocess(
  (v) => (typeof v === 'string' ? JSON.parse(v) : v),
  z.array(z.string().regex(/^.+#\d+$/)),
);

/** The sentence keys of one ledger row's `told` column (NULL: none kept). */
export function parseToldKeys(value: unknown): RowParse<string[]> {
  if (value === null || value === undefined) return { ok: true, value: [] };
  try {
    return parseWith(toldSchema, value);
  } catch (err) {
    // JSON.parse of a hand-damaged cell.
    return { ok: false, problem: err instanceof Error ? err.message : String(err) };
  }
}

/** The keys of several rows' `told` cells, sorted without repeats; damaged cells are skipped. */
export function unionOfTold(cells: readonly unknown[]): { keys: string[]; problems: string[] } {
  const keys = new Set<string>();
  const problems: string[] = [];
  for (const cell of cells) {
    const parsed = parseToldKeys(cell);
    if (parsed.ok) for (const k of parsed.value) keys.add(k);
    else problems.push(parsed.problem);
  }
  return { keys: [...keys].sort(), problems };
}

export const SUBSCRIPTION_COLUMNS =
  'platform, channel, topic, cadence, weekday, at_time, time_zone, announce_empty, created_at, schedule_set_at';

export const LEDGER_COLUMNS =
  'platform, channel, topic, period, slot_at, status, covered_since, covered_until, articles, message_id, error, attempts, claimed_by, created_at, updated_at';

/** Subscriptions from database rows; a damaged row is skipped with a warning, never a crash. */
export function subscriptionsFromRows(rows: readonly unknown[], logger: Logger): Subscription[] {
  const out: Subscription[] = [];
  for (const row of rows) {
    const parsed = parseSubscriptionRow(row);
    if (parsed.ok) out.push(parsed.value);
    else logger.warn({ problem: parsed.problem }, 'skipping a damaged subscription row');
  }
  return out;
}

/** A ledger entry from a database row (or null for no row, or a damaged one, with a warning). */
export function ledgerEntryFromRow(row: unknown, logger: Logger): LedgerEntry | null {
  if (row === undefined) return null;
  const parsed = parseLedgerRow(row);
  if (parsed.ok) return parsed.value;
  logger.warn({ problem: parsed.problem }, 'skipping a damaged digest ledger row');
  return null;
}

/**
 * The row readers both digest stores use, warning through their logger: subscriptions, one ledger
 * entry (null for none or a damaged one), several entries (damaged ones left out), and the union
 * of `told` cells.
 */
export function digestRowReader(logger: Logger) {
  const entry = (row: unknown) => ledgerEntryFromRow(row, logger);
  return {
    subscriptions: (rows: readonly unknown[]) => subscriptionsFromRows(rows, logger),
    entry,
    entries: (rows: readonly unknown[]) => rows.map(entry).filter((e): e is LedgerEntry => e !== null),
    told(cells: readonly unknown[]): string[] {
      const { keys, problems } = unionOfTold(cells);
      for (const problem of problems) logger.warn({ problem }, "skipping a ledger row's damaged told keys");
      return keys;
    },
  };
}
