/**
 * `npx tsx scripts/answer-snapshot.ts <out.jsonl> [--bench-size N] [--workdir DIR]`: every answer
 * the app gives to the eval sets' questions (threads as eval asks them), the story sets' briefs,
 * and the bench queries over a generated corpus, one line per answer: `{ key, sha256 }`. Two
 * snapshots taken before and after a refactor must be identical (`diff a.jsonl b.jsonl`); a
 * line that differs names the question's set and position. Only hashes are written, so a
 * held-out set's questions and answers are never shown.
 *
 * `--omit-fields a,b` deletes those keys wherever they occur before hashing: a change that only
 * adds fields to answers shows every field that existed before is unchanged by comparing such a
 * snapshot with one taken before the change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../bench/generate.js';
import { storySetSchema } from '../eval/brief-coverage.js';
import { openEvalBot } from '../eval/open-bot.js';
import { EVAL_DIR, EVAL_NOW, REPO_ROOT } from '../eval/run.js';
import { loadSet } from '../eval/set-schema.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'bench-size': { type: 'string', default: '10000' },
    workdir: { type: 'string', default: '/tmp/briefbot-snapshot' },
    'omit-fields': { type: 'string', default: '' },
  },
});
const out = positionals[0];
if (!out) {
  console.error(
    'usage: npx tsx scripts/answer-snapshot.ts <out.jsonl> [--bench-size N] [--workdir DIR] [--omit-fields a,b]',
  );
  process.exit(2);
}

const omitted = new Set(values['omit-fields']!.split(',').filter(Boolean));
const omit = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(omit)
    : value !== null && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([k]) => !omitted.has(k))
            .map(([k, v]) => [k, omit(v)]),
        )
      : value;

const lines: string[] = [];
const record = (key: string, value: unknown) =>
  lines.push(
    JSON.stringify({
      key,
      sha256: createHash('sha256')
        .update(JSON.stringify(omitted.size > 0 ? omit(value) : value))
        .digest('hex'),
    }),
  );

// The eval sets, each item its own thread as `npm run eval` asks it.
for (const file of readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const parsed = loadSet(join(EVAL_DIR, file));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const set = parsed.set;
  const corpusDir = resolve(REPO_ROOT, set.corpus);
  if (!existsSync(corpusDir)) continue;
  const bot = await openEvalBot(corpusDir, set.topics ? resolve(REPO_ROOT, set.topics) : null, EVAL_NOW);
  try {
    for (const item of set.items) {
      const thread = { platform: 'eval', channel: set.name, thread: item.id };
      const turns = item.kind === 'followup' ? item.turns : [{ question: item.question, topic: item.topic }];
      let n = 0;
      for (const turn of turns)
        record(
          `${set.name}/${item.id}/${n++}`,
          await bot.api.ask({
            question: turn.question,
            ...(turn.topic ? { topic: turn.topic } : {}),
            thread,
          }),
        );
    }
  } finally {
    await bot.close();
  }
}

// The story sets' briefs, plain and as a timeline.
for (const file of readdirSync(join(EVAL_DIR, 'briefs'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('-topics.json'))
  .sort()) {
  const parsed = storySetSchema.safeParse(JSON.parse(readFileSync(join(EVAL_DIR, 'briefs', file), 'utf8')));
  if (!parsed.success) continue;
  const corpusDir = resolve(REPO_ROOT, parsed.data.corpus);
  if (!existsSync(corpusDir)) continue;
  const bot = await openEvalBot(corpusDir, resolve(REPO_ROOT, parsed.data.topics), EVAL_NOW);
  try {
    for (const story of parsed.data.stories)
      record(`briefs/${story.topic}`, await bot.api.brief({ topic: story.topic }));
  } finally {
    await bot.close();
  }
}

// The bench queries over the generated corpus (reused when the workdir already holds it).
const size = Number(values['bench-size']);
const dir = join(values.workdir!, String(size));
const queriesPath = join(dir, 'queries.json');
if (!existsSync(queriesPath)) {
  mkdirSync(dir, { recursive: true });
  generateCorpus({ dir, size });
}
const queries = JSON.parse(readFileSync(queriesPath, 'utf8')) as { asks: string[]; briefs: string[] };
const bot = await openEvalBot(join(dir, 'articles'), join(dir, 'topics.json'), EVAL_NOW);
try {
  for (const [i, question] of queries.asks.slice(0, 200).entries())
    record(`bench/ask/${i}`, await bot.api.ask({ question }));
  for (const [i, topic] of queries.briefs.slice(0, 40).entries())
    record(`bench/brief/${i}`, await bot.api.brief({ topic }));
} finally {
  await bot.close();
}

writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} answers hashed into ${out}`);
