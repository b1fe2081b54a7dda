/**
 * The command line with an LLM configured, on the seed corpus: pointed at a Chat Completions double
 * it answers in mode "llm"; with the server gone or silent it still answers (offline, with the
 * reason) and exits 0. Runs the real CLI as a user would, in a child process.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/briefing/answer.js';
import { ok, type OpenAIDouble, startOpenAIDouble } from '../doubles/openai-double.js';
import { goodModel, passagesIn } from '../unit/llm/model-scripts.js';

const API_KEY = 'sk-cli-test-key';
let double: OpenAIDouble;
let dir: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  const started = Date.now();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_')));
  const child = spawn(join('node_modules', '.bin', 'tsx'), ['src/cli/main.ts', ...args], {
    env: {
      ...clean,
      BRIEFBOT_DB: join(dir, 'briefbot.sqlite'),
      BRIEFBOT_INDEX_CACHE: 'off',
      LOG_LEVEL: 'debug',
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => {
    stdout += c;
  });
  child.stderr.on('data', (c) => {
    stderr += c;
  });
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started })),
  );
}

function answerOf(run: Run): Answer {
  expect(run.code, run.stderr).toBe(0);
  return answerSchema.parse(JSON.parse(run.stdout));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-llm-cli-'));
  double = await startOpenAIDouble((r) => ok(JSON.stringify(goodModel(r, 4))));
});
afterAll(async () => {
  await double.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefbot brief with an LLM configured', () => {
  it('answers in mode llm with the bullets the model wrote, quotes verified', async () => {
    const run = await cli(['brief', 'pakistan-russia', '--json'], {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: double.baseURL,
      OPENAI_MODEL: 'double-model',
      OPENAI_TIMEOUT_MS: '5000',
    });
    const answer = answerOf(run);
    expect(answer.mode).toBe('llm');
    expect(answer.fallbackReason).toBeUndefined();
    expect(double.requests).toHaveLength(1);

    const sent = passagesIn(double.requests[0]!);
    expect(sent.length).toBeGreaterThanOrEqual(2);
    // The service kept what the model wrote (its own verification against the articles agreed).
    const written = goodModel(double.requests[0]!, 4).bullets;
    expect(answer.bullets.map((b) => b.text)).toEqual(
      written.map((b) => b.text).slice(0, answer.bullets.length),
    );
    expect(answer.bullets.length).toBeGreaterThanOrEqual(2);
    for (const [i, bullet] of answer.bullets.entries()) {
      expect(bullet.citations[0]!.quote).toBe(written[i]!.citations[0]!.quote);
      expect(answer.sources.map((s) => s.n)).toContain(bullet.citations[0]!.source);
    }
    expect(run.stderr).not.toContain(API_KEY);
  });

  it('falls back to offline within the timeout when the server never answers, and exits 0', async () => {
    double.script(() => 'hang');
    const run = await cli(['brief', 'pakistan-russia', '--json'], {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: double.baseURL,
      OPENAI_TIMEOUT_MS: '1000',
    });
    const answer = answerOf(run);
    expect(answer.mode).toBe('offline');
    expect(answer.fallbackReason).toBe('LLM failed: timeout after 1000ms');
    expect(answer.bullets.length).toBeGreaterThan(0);
  });

  it('falls back to offline when the server is stopped, and exits 0', async () => {
    const stopped = await startOpenAIDouble();
    const baseURL = stopped.baseURL;
    await stopped.close();
    const run = await cli(['brief', 'pakistan-russia', '--json'], {
      OPENAI_API_KEY: API_KEY,
      OPENAI_BASE_URL: baseURL,
      OPENAI_TIMEOUT_MS: '5000',
    });
    const answer = answerOf(run);
    expect(answer.mode).toBe('offline');
    expect(answer.fallbackReason).toBe('LLM failed: network error (ECONNREFUSED)');
    expect(answer.bullets.length).toBeGreaterThan(0);
  });
});
