/**
 * Disagreement precision and recall (`npm run eval`, after the question sets). Each set in
 * eval/disagreements/*.json names a corpus, the briefs and questions to ask of it, and the true
 * disagreements: two sides, each the articles that give one value (a pattern of its words). Every
 * flag of every answer gives pairs (an article and its value on one side, an article and its value
 * on another); a pair is right when a true disagreement has those articles and values on opposite
 * sides. Precision = right flagged pairs / flagged pairs; recall = true pairs flagged / true pairs.
 * A question may also say what its lead must hold (both values, both outlets).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Answer } from '../src/briefing/answer.js';
import { openEvalBot } from './open-bot.js';

const pattern = z.string().min(1);
const sideSchema = z.strictObject({ articles: z.array(z.string().min(1)).min(1), value: pattern });
export const disagreementSetSchema = z.strictObject({
  name: z.string().min(1),
  corpus: z.string().min(1),
  topics: z.string().min(1).optional(),
  description: z.string().optional(),
  requests: z
    .array(
      z.union([
        z.strictObject({ brief: z.string().min(1) }),
        z.strictObject({ ask: z.string().min(1), lead: z.array(pattern).min(1).optional() }),
      ]),
    )
    .min(1),
  truth: z.array(z.strictObject({ id: z.string().min(1), sides: z.tuple([sideSchema, sideSchema]) })),
});
export type DisagreementSet = z.infer<typeof disagreementSetSchema>;

export interface FlaggedPair {
  a: string;
  av: string;
  b: string;
  bv: string;
}

export interface DisagreementReport {
  name: string;
  status: 'ran' | 'skipped' | 'invalid';
  message?: string;
  flagged: number;
  right: number;
  truePairs: number;
  found: number;
  leads: number;
  leadsRight: number;
  wrong: string[];
  missed: string[];
  badLeads: string[];
}

/** Every pair of articles on different sides of the answer's flags, with their values. */
export function pairsOf(answer: Answer): FlaggedPair[] {
  const idOf = (n: number) => answer.sources.find((s) => s.n === n)?.id ?? `?${n}`;
  const out: FlaggedPair[] = [];
  for (const flag of answer.flags ?? []) {
    const sides = flag.sides ?? [];
    for (let i = 0; i < sides.length; i++)
      for (let j = i + 1; j < sides.length; j++)
        for (const x of new Set(sides[i]!.citations.map((c) => idOf(c.source))))
          for (const y of new Set(sides[j]!.citations.map((c) => idOf(c.source))))
            if (x !== y) out.push({ a: x, av: sides[i]!.value, b: y, bv: sides[j]!.value });
  }
  return out;
}

const matches = (re: string, text: string) => new RegExp(re, 'i').test(text);

/** Whether a flagged pair is one of the true disagreements (either way round). */
export function isTrue(pair: FlaggedPair, truth: DisagreementSet['truth']): boolean {
  return truth.some(({ sides: [s, t] }) => {
    const on = (side: typeof s, id: string, value: string) =>
      side.articles.includes(id) && matches(side.value, value);
    return (
      (on(s, pair.a, pair.av) && on(t, pair.b, pair.bv)) || (on(t, pair.a, pair.av) && on(s, pair.b, pair.bv))
    );
  });
}

/** Scores flagged pairs against the truth (pure: tested without a corpus). */
export function score(
  pairs: readonly FlaggedPair[],
  truth: DisagreementSet['truth'],
): Pick<DisagreementReport, 'flagged' | 'right' | 'truePairs' | 'found' | 'wrong' | 'missed'> {
  const unique = [...new Map(pairs.map((p) => [[p.a, p.av, p.b, p.bv].sort().join('\u0000'), p])).values()];
  const wrong = unique.filter((p) => !isTrue(p, truth));
  let truePairs = 0;
  let found = 0;
  const missed: string[] = [];
  for (const t of truth) {
    const [s, u] = t.sides;
    for (const x of s.articles)
      for (const y of u.articles) {
        truePairs++;
        const hit = unique.some(
          (p) =>
            (p.a === x && p.b === y && matches(s.value, p.av) && matches(u.value, p.bv)) ||
            (p.a === y && p.b === x && matches(u.value, p.av) && matches(s.value, p.bv)),
        );
        if (hit) found++;
        else missed.push(`${t.id}: ${x} vs ${y}`);
      }
  }
  return {
    flagged: unique.length,
    right: unique.length - wrong.length,
    truePairs,
    found,
    wrong: wrong.map((p) => `${p.a} "${p.av}" vs ${p.b} "${p.bv}"`),
    missed,
  };
}

export function disagreementFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

export async function runDisagreementSet(file: string, root: string, now: Date): Promise<DisagreementReport> {
  const empty = {
    flagged: 0,
    right: 0,
    truePairs: 0,
    found: 0,
    leads: 0,
    leadsRight: 0,
    wrong: [],
    missed: [],
    badLeads: [],
  };
  let set: DisagreementSet;
  try {
    set = disagreementSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    return { name: file, status: 'invalid', message: (err as Error).message, ...empty };
  }
  const corpusDir = resolve(root, set.corpus);
  if (!existsSync(corpusDir))
    return { name: set.name, status: 'skipped', message: 'corpus not found', ...empty };
  const bot = await openEvalBot(corpusDir, set.topics ? resolve(root, set.topics) : null, now);
  try {
    const pairs: FlaggedPair[] = [];
    let leads = 0;
    let leadsRight = 0;
    const badLeads: string[] = [];
    for (const request of set.requests) {
      const result =
        'brief' in request
          ? await bot.api.brief({ topic: request.brief })
          : await bot.api.ask({ question: request.ask });
      if (!result.ok) continue;
      pairs.push(...pairsOf(result.answer));
      if ('ask' in request && request.lead) {
        leads++;
        const text = result.answer.lead?.text ?? '';
        const missing = request.lead.filter((p) => !matches(p, text));
        if (missing.length === 0) leadsRight++;
        else badLeads.push(`"${request.ask}" → ${text || '(no lead)'}`);
      }
    }
    return { name: set.name, status: 'ran', ...score(pairs, set.truth), leads, leadsRight, badLeads };
  } finally {
    await bot.close();
  }
}

const ratio = (n: number, d: number) => (d === 0 ? '   n/a' : (n / d).toFixed(2).padStart(6));

/** The table `npm run eval` prints, with what went wrong when verbose. */
export function formatDisagreements(reports: readonly DisagreementReport[], verbose: boolean): string[] {
  const out = [
    'disagreements (eval/disagreements/*.json): flagged pairs of articles with their values',
    `${'set'.padEnd(24)}${'flagged'.padStart(8)}${'right'.padStart(7)}${'prec'.padStart(7)}${'true'.padStart(6)}${'found'.padStart(7)}${'recall'.padStart(8)}${'leads'.padStart(8)}`,
  ];
  for (const r of reports) {
    if (r.status !== 'ran') {
      out.push(`${r.name} — ${r.status}: ${r.message ?? ''}`);
      continue;
    }
    out.push(
      `${r.name.padEnd(24)}${String(r.flagged).padStart(8)}${String(r.right).padStart(7)}${ratio(r.right, r.flagged).padStart(7)}${String(r.truePairs).padStart(6)}${String(r.found).padStart(7)}${ratio(r.found, r.truePairs).padStart(8)}${`${r.leadsRight}/${r.leads}`.padStart(8)}`,
    );
    if (verbose) {
      for (const w of r.wrong) out.push(`  wrong:  ${w}`);
      for (const m of r.missed) out.push(`  missed: ${m}`);
      for (const l of r.badLeads) out.push(`  lead:   ${l}`);
    }
  }
  out.push('');
  return out;
}
