/**
 * `npm run eval`: asks every question of the sets in eval/*.json of the real app, opened as the CLI
 * opens it (offline writer, in-memory store, no index cache, no background preparation, a fixed
 * clock), and prints accuracy per answer type, for follow-ups, for abstention and the lead hit rate.
 *
 *   npm run eval [-- --set <name>]... [--verbose] [--json] [--min <pct>]
 *
 * Exit 0 on a completed run, 1 when a line is below --min or a set file is invalid, 2 on bad usage.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BriefingApi, ServiceResult } from '../src/briefing/service-api.js';
import { openEvalBot } from './open-bot.js';
import { disagreementFiles, formatDisagreements, runDisagreementSet } from './disagreement-eval.js';
import { formatStories, runStorySet, storySetFiles, type StorySetReport } from './brief-coverage.js';
import { judgeAnswerable, judgeUnanswerable, leadOf, type Verdict } from './judge.js';
import { formatTable, type ItemResult, type Line, tally } from './report.js';
import { type EvalItem, type EvalSet, loadSet } from './set-schema.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = join(REPO_ROOT, 'eval');
/** Every run sees the same clock, so answers (and thread timestamps) are the same run to run. */
export const EVAL_NOW = new Date('2026-01-01T09:00:00.000Z');

const USAGE = `usage: npm run eval [-- --set <name>]... [--verbose] [--json] [--min <pct>]
  --set <name>   run only this set (eval/<name>.json or the set's "name"); repeatable
  --verbose      print each wrong item: the question, what came back, why it is wrong
  --json         print one JSON document of all results on stdout
  --min <pct>    exit 1 if any line of any set is below pct`;

interface SetReport {
  name: string;
  file: string;
  corpus: string | null;
  status: 'ran' | 'skipped' | 'invalid';
  message?: string;
  articles?: number;
  /** Items that name an article the corpus does not hold (a bug in the set). */
  problems: string[];
  loadSeconds?: number;
  seconds?: number;
  lines: Line[];
  results: ItemResult[];
}

/** The set files in eval/, sorted by name. */
export function setFiles(dir = EVAL_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** Writes to stdout and settles once the text is handed to the OS (a pipe may be slower than exit). */
function out(text: string): Promise<void> {
  return new Promise((done, fail) => process.stdout.write(text, (err) => (err ? fail(err) : done())));
}

function abridge(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function gotOf(result: ServiceResult): ItemResult['got'] {
  if (!result.ok) return { error: `${result.error.code}: ${result.error.message}`, lead: null, bullets: [] };
  const a = result.answer;
  const lead = leadOf(a);
  return {
    ...(a.note ? { note: a.note } : {}),
    lead: lead ? lead.text : null,
    bullets: a.bullets.slice(0, 3).map((b) => b.text),
  };
}

async function runSet(set: EvalSet, file: string): Promise<SetReport> {
  const base = {
    name: set.name,
    file: relative(REPO_ROOT, file),
    corpus: set.corpus,
    problems: [],
    lines: [],
    results: [],
  };
  const corpusDir = resolve(REPO_ROOT, set.corpus);
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory())
    return { ...base, status: 'skipped', message: 'skipped: corpus not found' };
  const started = performance.now();
  const bot = await openEvalBot(corpusDir, set.topics ? resolve(REPO_ROOT, set.topics) : null, EVAL_NOW);
  try {
    const loadSeconds = (performance.now() - started) / 1000;
    const ids = new Set(bot.corpus.articles().map((a) => a.id));
    const problems: string[] = [];
    for (const item of set.items)
      if (item.kind !== 'unanswerable')
        for (const id of item.articles ?? [])
          if (!ids.has(id)) problems.push(`${item.id}: article "${id}" is not in the corpus`);
    const results: ItemResult[] = [];
    for (const item of set.items) results.push(await runItem(bot.api, set.name, item));
    return {
      ...base,
      status: 'ran',
      articles: ids.size,
      problems,
      loadSeconds,
      seconds: (performance.now() - started) / 1000,
      lines: tally(results),
      results,
    };
  } finally {
    await bot.close();
  }
}

async function runItem(api: BriefingApi, setName: string, item: EvalItem): Promise<ItemResult> {
  // Each item is its own conversation, as a person starting a new thread in chat.
  const thread = { platform: 'eval', channel: setName, thread: item.id };
  const turns = item.kind === 'followup' ? item.turns : [{ question: item.question, topic: item.topic }];
  const started = performance.now();
  let result: ServiceResult | null = null;
  for (const turn of turns)
    result = await api.ask({ question: turn.question, ...(turn.topic ? { topic: turn.topic } : {}), thread });
  const ms = performance.now() - started;
  const verdict: Verdict =
    item.kind === 'unanswerable' ? judgeUnanswerable(result!) : judgeAnswerable(result!, item);
  return {
    id: item.id,
    kind: item.kind,
    answerType: item.kind === 'plain' ? item.type : item.kind === 'followup' ? item.answerType : null,
    questions: turns.map((t) => t.question),
    ...verdict,
    got: gotOf(result!),
    ms,
  };
}

function paintFor(tty: boolean, min: number | null): (pct: number, text: string) => string {
  if (!tty || process.env.NO_COLOR) return (_p, t) => t;
  const bar = min ?? 90;
  return (pct, t) => `\x1b[${pct >= bar ? 32 : 31}m${t}\x1b[0m`;
}

function printSet(r: SetReport, verbose: boolean, paint: (pct: number, text: string) => string): string[] {
  if (r.status === 'skipped') return [`${r.name} (${r.corpus}) — ${r.message}`, ''];
  if (r.status === 'invalid')
    return [`${r.name} — invalid set file:`, ...(r.message ?? '').split('\n').map((l) => `  ${l}`), ''];
  const out = [`${r.name} (${r.corpus}, ${r.articles} articles) — ${r.results.length} items`];
  for (const p of r.problems) out.push(`  ! ${p}`);
  out.push(...formatTable(r.lines, paint));
  out.push(
    `wall time ${r.seconds!.toFixed(1)} s (corpus load ${r.loadSeconds!.toFixed(1)} s, ` +
      `${r.results.length} items ${(r.seconds! - r.loadSeconds!).toFixed(1)} s)`,
  );
  if (verbose) {
    const wrong = r.results.filter((x) => !x.right);
    if (wrong.length) out.push('', `wrong (${wrong.length}):`);
    for (const x of wrong) {
      out.push(
        `- ${x.id} [${x.kind === 'plain' ? x.answerType : x.kind}] ${x.questions.map((q) => `"${q}"`).join(' → ')}`,
      );
      out.push(`    why:  ${x.reason}`);
      if (x.got.error) out.push(`    got:  error ${x.got.error}`);
      else {
        if (x.got.note) out.push(`    note: ${x.got.note}`);
        if (x.got.lead !== null) out.push(`    lead: ${abridge(x.got.lead)}`);
        for (const b of x.got.bullets.slice(0, 2)) out.push(`    •     ${abridge(b)}`);
      }
    }
  }
  out.push('');
  return out;
}

export async function main(argv: readonly string[]): Promise<number> {
  let values: { set?: string[]; verbose?: boolean; json?: boolean; min?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        set: { type: 'string', multiple: true },
        verbose: { type: 'boolean' },
        json: { type: 'boolean' },
        min: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    await out(`${USAGE}\n`);
    return 0;
  }
  let min: number | null = null;
  if (values.min !== undefined) {
    min = Number(values.min);
    if (values.min.trim() === '' || !Number.isFinite(min) || min < 0 || min > 100) {
      process.stderr.write(`--min takes a percentage from 0 to 100, not "${values.min}"\n${USAGE}\n`);
      return 2;
    }
  }

  const files = setFiles();
  const loaded = files.map((file) => ({ file, parsed: loadSet(file) }));
  const nameOf = (l: (typeof loaded)[number]) =>
    l.parsed.ok ? l.parsed.set.name : (l.file.split('/').pop() ?? l.file).replace(/\.json$/, '');
  const wanted = values.set ?? [];
  const isDisagreementSet = (w: string) =>
    w === 'disagreements' ||
    disagreementFiles(join(EVAL_DIR, 'disagreements')).some((f) => f.endsWith(`/${w}.json`));
  for (const w of wanted)
    if (
      !isDisagreementSet(w) &&
      !w.startsWith('briefs-') &&
      !loaded.some((l) => nameOf(l) === w || l.file.endsWith(`/${w}.json`))
    ) {
      process.stderr.write(
        `no set called "${w}" in eval/ (there are: ${loaded.map(nameOf).join(', ') || 'none'})\n`,
      );
      return 2;
    }
  // Brief coverage sets (eval/briefs/) run with every run, or when --set names one ("briefs-seeds").
  const storyFiles = storySetFiles(join(EVAL_DIR, 'briefs')).filter(
    (f) => !wanted.length || wanted.some((w) => w.startsWith('briefs-') && f.endsWith(`/${w.slice(7)}.json`)),
  );
  const chosen = wanted.length
    ? loaded.filter((l) => wanted.some((w) => nameOf(l) === w || l.file.endsWith(`/${w}.json`)))
    : loaded;
  if (chosen.length === 0 && storyFiles.length === 0 && !wanted.some(isDisagreementSet)) {
    process.stderr.write('no question sets in eval/\n');
    return 2;
  }

  const paint = paintFor(Boolean(process.stdout.isTTY) && !values.json, min);
  const reports: SetReport[] = [];
  for (const { file, parsed } of chosen) {
    let report: SetReport;
    if (!parsed.ok)
      report = {
        name: nameOf({ file, parsed }),
        file: relative(REPO_ROOT, file),
        corpus: null,
        status: 'invalid',
        message: parsed.problems.join('\n'),
        problems: parsed.problems,
        lines: [],
        results: [],
      };
    else report = await runSet(parsed.set, file);
    reports.push(report);
    if (!values.json) await out(`${printSet(report, Boolean(values.verbose), paint).join('\n')}\n`);
  }

  const stories: StorySetReport[] = [];
  for (const file of storyFiles) {
    const report = await runStorySet(file, REPO_ROOT, EVAL_NOW);
    stories.push(report);
    if (!values.json) await out(`${formatStories(report).join('\n')}\n`);
  }
  // Disagreement precision and recall, on every run of all sets (or when asked for by name).
  const disagreementSets = disagreementFiles(join(EVAL_DIR, 'disagreements')).filter(
    (f) => wanted.length === 0 || wanted.some((w) => w === 'disagreements' || f.endsWith(`/${w}.json`)),
  );
  const disagreements = [];
  for (const file of disagreementSets)
    disagreements.push(await runDisagreementSet(file, REPO_ROOT, EVAL_NOW));
  if (disagreements.length > 0 && !values.json)
    await out(`${formatDisagreements(disagreements, Boolean(values.verbose)).join('\n')}\n`);

  const below = reports.flatMap((r) =>
    min === null
      ? []
      : r.lines.filter((l) => l.pct < min).map((l) => `${r.name} ${l.line} ${l.pct.toFixed(1)}`),
  );
  const invalid = reports.filter((r) => r.status === 'invalid');
  if (values.json)
    await out(
      `${JSON.stringify({ now: EVAL_NOW.toISOString(), min, below, sets: reports, briefs: stories, disagreements }, null, 2)}\n`,
    );
  if (below.length) process.stderr.write(`below --min ${min}: ${below.join(', ')}\n`);
  if (invalid.length) process.stderr.write(`invalid set files: ${invalid.map((r) => r.file).join(', ')}\n`);
  return below.length || invalid.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`eval: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
