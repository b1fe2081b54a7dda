/**
 * Brief coverage: for multi-article stories defined in eval/briefs/*.json (a topic and the
 * developments its brief should cover, each as patterns a covering bullet or the lead must match
 * plus the articles that report it), asks for each topic's brief as the CLI does and reports how
 * many developments it covers and whether the latest one comes first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { Answer } from '../src/briefing/answer.js';
import { openEvalBot } from './open-bot.js';

const developmentSchema = z.object({
  name: z.string().min(1),
  /** Articles that report it: a covering bullet cites at least one. */
  articles: z.array(z.string().min(1)).min(1),
  /** Case-insensitive regular expressions; a bullet or the lead matching any one covers it. */
  patterns: z.array(z.string().min(1)).min(1),
});
export const storySetSchema = z.object({
  name: z.string().min(1),
  corpus: z.string().min(1),
  topics: z.string().min(1),
  stories: z
    .array(
      z.object({
        topic: z.string().min(1),
        developments: z.array(developmentSchema).min(1),
        /** The development(s) that happened last; more than one when the articles do not order them. */
        latest: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
});
export type StorySet = z.infer<typeof storySetSchema>;
type Story = StorySet['stories'][number];

export interface StoryResult {
  topic: string;
  covered: string[];
  missed: string[];
  /** The development the first bullet covers, if any. */
  first: string | null;
  latestFirst: boolean;
  pct: number;
  bullets: number;
  citedArticles: number;
}

/** Which developments an answer covers: a bullet or the lead that matches and cites a reporting article. */
export function judgeStory(story: Story, answer: Answer): StoryResult {
  const idOf = new Map(answer.sources.map((s) => [s.n, s.id]));
  const items = [...(answer.lead ? [answer.lead] : []), ...answer.bullets].map((b) => ({
    text: b.text,
    ids: new Set(b.citations.map((c) => idOf.get(c.source))),
  }));
  const covers = (d: Story['developments'][number], item: (typeof items)[number]) =>
    d.patterns.some((p) => new RegExp(p, 'i').test(item.text)) && d.articles.some((id) => item.ids.has(id));
  const covered = story.developments.filter((d) => items.some((item) => covers(d, item))).map((d) => d.name);
  const firstBullet = answer.bullets[0];
  const firstItem = firstBullet ? items[answer.lead ? 1 : 0]! : null;
  const first = firstItem ? (story.developments.find((d) => covers(d, firstItem))?.name ?? null) : null;
  return {
    topic: story.topic,
    covered,
    missed: story.developments.map((d) => d.name).filter((n) => !covered.includes(n)),
    first,
    latestFirst: first !== null && story.latest.includes(first),
    pct: (100 * covered.length) / story.developments.length,
    bullets: answer.bullets.length,
    citedArticles: answer.sources.length,
  };
}

export interface StorySetReport {
  name: string;
  status: 'ran' | 'skipped' | 'invalid';
  message?: string;
  results: StoryResult[];
}

/** The story sets in a folder, by file name (topic files are the sets' own, not sets). */
export function storySetFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('-topics.json'))
    .sort()
    .map((f) => join(dir, f));
}

export async function runStorySet(file: string, root: string, now: Date): Promise<StorySetReport> {
  const parsed = storySetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) return { name: file, status: 'invalid', message: parsed.error.message, results: [] };
  const set = parsed.data;
  const corpusDir = resolve(root, set.corpus);
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory())
    return { name: set.name, status: 'skipped', message: 'skipped: corpus not found', results: [] };
  const bot = await openEvalBot(corpusDir, resolve(root, set.topics), now);
  try {
    const results: StoryResult[] = [];
    for (const story of set.stories) {
      const result = await bot.api.brief({ topic: story.topic });
      if (!result.ok) {
        results.push({
          topic: story.topic,
          covered: [],
          missed: story.developments.map((d) => d.name),
          first: null,
          latestFirst: false,
          pct: 0,
          bullets: 0,
          citedArticles: 0,
        });
        continue;
      }
      results.push(judgeStory(story, result.answer));
    }
    return { name: set.name, status: 'ran', results };
  } finally {
    await bot.close();
  }
}

/** The report as text lines: one line per story, then the misses. */
export function formatStories(report: StorySetReport): string[] {
  if (report.status !== 'ran') return [`${report.name} — ${report.message ?? report.status}`, ''];
  const out = [`${report.name} — brief coverage per story`];
  out.push(
    `${'story'.padEnd(18)}${'covered'.padStart(9)}${'%'.padStart(8)}  latest first  bullets  articles`,
  );
  for (const r of report.results) {
    const n = r.covered.length + r.missed.length;
    out.push(
      `${r.topic.padEnd(18)}${`${r.covered.length}/${n}`.padStart(9)}${r.pct.toFixed(1).padStart(8)}  ${(r.latestFirst ? 'yes' : 'no').padEnd(12)}  ${String(r.bullets).padStart(7)}  ${String(r.citedArticles).padStart(8)}`,
    );
  }
  for (const r of report.results) {
    if (r.missed.length) out.push(`  ${r.topic} missed: ${r.missed.join('; ')}`);
    if (!r.latestFirst) out.push(`  ${r.topic} first bullet covers: ${r.first ?? 'no listed development'}`);
  }
  out.push('');
  return out;
}
