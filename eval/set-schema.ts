/**
 * The question-set file of `npm run eval` (eval/*.json): a named corpus and the items asked of it.
 * Parsed with zod because a typo in a set must fail loudly, naming the item, not skew a score.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Answer types of plain questions, in the order the report lists them. */
export const ANSWER_TYPES = [
  'date',
  'duration',
  'amount',
  'number',
  'person',
  'organisation',
  'place',
  'reason',
  'yesno',
  'list',
  'other',
] as const;
export const answerTypeSchema = z.enum(ANSWER_TYPES);
export type AnswerType = z.infer<typeof answerTypeSchema>;

/** A JavaScript regex source, matched case-insensitively; must compile. */
const regexSource = z
  .string()
  .min(1)
  .superRefine((src, ctx) => {
    try {
      new RegExp(src, 'i');
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `not a valid regex: ${(err as Error).message}` });
    }
  });

const question = z.string().trim().min(1);
const topic = z.string().min(1).optional();
const expect = z.array(regexSource).min(1);
const articles = z.array(z.string().min(1)).min(1).optional();

const plainItem = z.strictObject({
  id: z.string().min(1),
  type: answerTypeSchema,
  question,
  topic,
  expect,
  articles,
});

const earlierTurn = z.strictObject({ question, topic });
const judgedTurn = z.strictObject({
  question,
  topic,
  answerType: answerTypeSchema.optional(),
  expect,
  articles,
});

/** Turns are checked one by one in parseSet: every turn but the last is only asked, the last is judged. */
const followupItem = z.strictObject({
  id: z.string().min(1),
  type: z.literal('followup'),
  turns: z.array(z.unknown()).min(2, 'a follow-up needs at least 2 turns'),
});

const unanswerableItem = z.strictObject({
  id: z.string().min(1),
  type: z.literal('unanswerable'),
  question,
  topic,
});

export const setFileSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'name must be lowercase words joined by hyphens'),
  /** Folder of articles, relative to the repo root. */
  corpus: z.string().min(1),
  /** Topics file, relative to the repo root. */
  topics: z.string().min(1).optional(),
  description: z.string().optional(),
  items: z.array(z.unknown()).min(1),
});

export interface Turn {
  question: string;
  topic?: string;
}
export interface Judged {
  expect: string[];
  articles?: string[];
}
export type EvalItem =
  | ({ id: string; kind: 'plain'; type: AnswerType; question: string; topic?: string } & Judged)
  | {
      id: string;
      kind: 'followup';
      /** Every turn; the last is judged. */
      turns: Turn[];
      answerType: AnswerType | null;
      expect: string[];
      articles?: string[];
    }
  | { id: string; kind: 'unanswerable'; question: string; topic?: string };

export interface EvalSet {
  name: string;
  corpus: string;
  topics: string | null;
  items: EvalItem[];
}

export type ParseResult = { ok: true; set: EvalSet } | { ok: false; problems: string[] };

function issuesOf(error: z.ZodError, where: string): string[] {
  return error.issues.map((i) => `${where}${i.path.length ? ` ${i.path.join('.')}` : ''}: ${i.message}`);
}

/** Validates a parsed set file; problems name the file and the item (by id, or by position). */
export function parseSet(raw: unknown, file: string): ParseResult {
  const top = setFileSchema.safeParse(raw);
  if (!top.success) return { ok: false, problems: issuesOf(top.error, file) };
  const problems: string[] = [];
  const items: EvalItem[] = [];
  const seen = new Set<string>();
  for (const [i, rawItem] of top.data.items.entries()) {
    const id =
      rawItem && typeof rawItem === 'object' && typeof (rawItem as { id?: unknown }).id === 'string'
        ? (rawItem as { id: string }).id
        : `#${i}`;
    const where = `${file}: item ${id}`;
    const type = rawItem && typeof rawItem === 'object' ? (rawItem as { type?: unknown }).type : undefined;
    if (seen.has(id)) problems.push(`${where}: duplicate id`);
    seen.add(id);
    if (type === 'followup') {
      const parsed = followupItem.safeParse(rawItem);
      if (!parsed.success) {
        problems.push(...issuesOf(parsed.error, where));
        continue;
      }
      const turns = parsed.data.turns;
      const earlier: Turn[] = [];
      let bad = false;
      for (const [t, turn] of turns.slice(0, -1).entries()) {
        const ok = earlierTurn.safeParse(turn);
        if (ok.success) earlier.push(ok.data);
        else {
          bad = true;
          problems.push(...issuesOf(ok.error, `${where} turns.${t}`));
        }
      }
      const judged = judgedTurn.safeParse(turns[turns.length - 1]);
      if (!judged.success) problems.push(...issuesOf(judged.error, `${where} turns.${turns.length - 1}`));
      if (bad || !judged.success) continue;
      const last = judged.data;
      items.push({
        id,
        kind: 'followup',
        turns: [...earlier, { question: last.question, ...(last.topic ? { topic: last.topic } : {}) }],
        answerType: last.answerType ?? null,
        expect: last.expect,
        ...(last.articles ? { articles: last.articles } : {}),
      });
    } else if (type === 'unanswerable') {
      const parsed = unanswerableItem.safeParse(rawItem);
      if (!parsed.success) problems.push(...issuesOf(parsed.error, where));
      else items.push({ ...parsed.data, kind: 'unanswerable' });
    } else {
      const parsed = plainItem.safeParse(rawItem);
      if (!parsed.success) problems.push(...issuesOf(parsed.error, where));
      else items.push({ ...parsed.data, kind: 'plain' });
    }
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    set: { name: top.data.name, corpus: top.data.corpus, topics: top.data.topics ?? null, items },
  };
}

/** Reads and validates one set file. */
export function loadSet(path: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    return { ok: false, problems: [`${path}: cannot read: ${(err as Error).message}`] };
  }
  return parseSet(raw, path);
}
