/**
 * The CLI at its edges, spawned as a user or a script would (issue 18, and issue 16 item 7): usage
 * with no command, one JSON document on stdout for every outcome with --json, refusals in our own
 * words, a misspelt topic answered as the topic meant, the bin script, and output larger than a
 * pipe's 64 KiB written whole.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/briefing/answer.js';
import { runCliProcess } from '../support/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'briefbot-cli-edges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { BRIEFBOT_DB: join(dir, 'store.sqlite') };

interface ErrorDocument {
  error: { code: string; message: string };
}
/** stdout must be exactly one JSON document holding an error with a code and a message. */
function errorOf(stdout: string): ErrorDocument['error'] {
  const doc = JSON.parse(stdout) as ErrorDocument;
  expect(Object.keys(doc)).toEqual(['error']);
  expect(doc.error.message.length).toBeGreaterThan(10);
  return doc.error;
}

describe('CLI edges', () => {
  it('prints the usage on stderr and exits 2 when no command is given', async () => {
    const run = await runCliProcess([], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^No command given\.\n\nUsage:\n {2}briefbot brief/);
    const help = await runCliProcess(['help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage:/);
  }, 120_000);

  it('with --json, answers every failure with one error document on stdout and the right exit', async () => {
    const cases: [string[], Record<string, string>, string, number][] = [
      [['--json'], env, 'usage', 2],
      [['ask', '', '--json'], env, 'empty-question', 2],
      [['brief', 'pakistan-russia', '--json', '--verbose'], env, 'usage', 2],
      [['ask', 'q', '--json', '--thread'], env, 'usage', 2],
      [['frobnicate', '--json'], env, 'usage', 2],
      [['brief', 'pakistan-ukraine', '--json'], env, 'unknown-topic', 2],
      [['ask', 'gas?', '--topic', 'nope', '--json'], env, 'unknown-topic', 2],
      [['subscribe', 'nope', '--platform', 'slack', '--channel', 'C1', '--json'], env, 'unknown-topic', 2],
      [
        ['unsubscribe', 'pakistan-russia', '--platform', 'slack', '--channel', 'C1', '--json'],
        env,
        'not-subscribed',
        2,
      ],
      [['feeds', 'frob', '--json'], env, 'usage', 2],
      [['topics', '--json'], { ...env, BRIEFBOT_CORPUS_DIR: join(dir, 'missing') }, 'internal', 1],
      [['topics', '--json'], { ...env, OPENAI_TIMEOUT_MS: 'soon' }, 'config', 2],
    ];
    for (const [args, vars, code, exit] of cases) {
      const run = await runCliProcess(args, vars);
      expect(run.code, args.join(' ')).toBe(exit);
      expect(errorOf(run.stdout).code, args.join(' ')).toBe(code);
      // The same words on stderr, for people.
      expect(run.stderr.length, args.join(' ')).toBeGreaterThan(0);
    }
  }, 120_000);

  it('refuses unknown options and bad values in its own words, naming what to type', async () => {
    const unknown = await runCliProcess(['brief', 'pakistan-russia', '--verbose'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(
      'Unknown option --verbose. Run briefbot help for the commands and their options.\n',
    );
    const short = await runCliProcess(['ask', '-x'], env);
    expect(short.stderr).toMatch(/^Unknown option -x\..*ask -- "-x \.\.\."/);
    const missing = await runCliProcess(['ask', 'q', '--thread'], env);
    expect(missing.stderr).toBe('--thread needs a value, e.g. --thread t1\n');
    const flag = await runCliProcess(['topics', '--json=yes'], env);
    expect(flag.stderr).toBe('--json takes no value (got "yes").\n');
    const stray = await runCliProcess(['topics', '--since', '2012-10-01'], env);
    expect(stray.stderr).toBe('topics does not take --since; it takes --json.\n');
    for (const run of [unknown, short, missing, flag, stray]) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/positional argument|ERR_PARSE_ARGS/);
    }
  }, 120_000);

  it('answers a misspelt topic as the topic meant, with a "did you mean" note', async () => {
    const run = await runCliProcess(['brief', 'pakistan-rusia', '--json'], env);
    expect(run.code).toBe(0);
    const answer = answerSchema.parse(JSON.parse(run.stdout));
    expect(answer).toMatchObject({ kind: 'brief', topic: 'pakistan-russia' });
    expect(answer.note).toMatch(/^Did you mean pakistan-russia\?/);
    const text = await runCliProcess(['brief', 'pakistan-rusia'], env);
    // The brief's lead comes first, then the note.
    expect(text.stdout).toMatch(/^Brief: pakistan-russia\n\n[\s\S]*\n\nDid you mean pakistan-russia\?/);
  }, 120_000);

  it('writes all of a large --json output through a pipe before exiting', async () => {
    const corpus = join(dir, 'many');
    mkdirSync(corpus);
    for (let i = 0; i < 400; i++) {
      const title = `Report ${i} on the long and winding negotiations over the regional gas pipeline`;
      writeFileSync(
        join(corpus, `a${String(i).padStart(3, '0')}.md`),
        `---\ntitle: ${title}\npublisher: The Example Times\npublished: 2012-10-02\n---\n` +
          `Officials met on Tuesday to discuss report ${i}. The talks went on for hours.\n`,
      );
    }
    const run = await runCliProcess(['sources', '--json'], { ...env, BRIEFBOT_CORPUS_DIR: corpus });
    expect(run.code).toBe(0);
    expect(Buffer.byteLength(run.stdout)).toBeGreaterThan(100_000);
    expect((JSON.parse(run.stdout) as { sources: unknown[] }).sources).toHaveLength(400);
  }, 120_000);

  it('logs JSON lines to a pipe, and readable lines with LOG_FORMAT=pretty', async () => {
    // A corpus with a broken file: loading it always logs one warning naming the file.
    const corpus = join(dir, 'warned');
    mkdirSync(corpus);
    writeFileSync(
      join(corpus, 'good.md'),
      '---\ntitle: Talks\n---\nOfficials met on Tuesday. The talks went on.\n',
    );
    writeFileSync(join(corpus, 'broken.json'), '{"title": "x", "body": ');
    const vars = { ...env, BRIEFBOT_CORPUS_DIR: corpus };
    const json = await runCliProcess(['topics'], vars);
    const warning = json.stderr
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { level: number; file?: string; msg: string })
      .find((entry) => JSON.stringify(entry).includes('broken.json'));
    expect(warning?.level).toBe(40);
    const pretty = await runCliProcess(['topics'], { ...vars, LOG_FORMAT: 'pretty' });
    const line = pretty.stderr.split('\n').find((l) => l.includes('broken.json'));
    expect(line).toMatch(/^\d\d:\d\d:\d\d WARN {2}\S.*broken\.json/);
    expect(pretty.stderr).not.toMatch(/^\{/m);
    expect(pretty.stdout).toBe(json.stdout);
  }, 120_000);

  it('runs as bin/briefbot.js, the package bin (npx briefbot), without a build', async () => {
    const run = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/briefbot.js', 'topics', '--json'], {
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', BRIEFBOT_INDEX_CACHE: 'off' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout }));
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ topics: [{ slug: 'pakistan-russia' }] });
  }, 120_000);
});
