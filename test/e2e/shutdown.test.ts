import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/briefing/answer.js';
import { type OpenAIDouble, startOpenAIDouble } from '../doubles/openai-double.js';
import { startMainProcess } from '../support/run-main.js';

let dir: string;
let llm: OpenAIDouble;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-shutdown-'));
  // A model that never answers keeps an answer in flight until the LLM budget runs out.
  llm = await startOpenAIDouble(() => 'hang');
});
afterAll(async () => {
  await llm.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the answer in flight, refuses new work, exits 0, and leaves the store intact', async () => {
    const db = join(dir, 'store.sqlite');
    const main = await startMainProcess({
      BRIEFBOT_DB: db,
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: llm.baseURL,
      OPENAI_TIMEOUT_MS: '2000',
    });
    const inFlight = fetch(`${main.url}api/ask`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question: 'When was Lavrov in Islamabad?', thread: 'in-flight' }),
    });
    // Wait until the question has reached the model: the answer is now in flight.
    const started = Date.now();
    while (llm.requests.length === 0 && Date.now() - started < 10_000)
      await new Promise((r) => setTimeout(r, 20));
    expect(llm.requests.length).toBeGreaterThan(0);

    main.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    const answer = answerSchema.parse(await response.json());
    expect(answer.mode).toBe('offline');
    expect(answer.fallbackReason).toMatch(/timed out|timeout/i);
    expect(answer.bullets.length).toBeGreaterThan(0);

    expect(await main.exited).toBe(0);
    await expect(fetch(`${main.url}healthz`)).rejects.toThrow();

    const store = new Database(db, { readonly: true });
    try {
      expect(store.pragma('quick_check', { simple: true })).toBe('ok');
      const row = store
        .prepare('SELECT topic FROM threads WHERE platform = ? AND thread = ?')
        .get('web', 'in-flight');
      expect(row).toBeDefined();
    } finally {
      store.close();
    }
  });

  it('exits 1 before starting anything when the configuration is invalid, naming each problem', async () => {
    const failure = await startMainProcess(
      { SLACK_BOT_TOKEN: 'xoxb-test', PORT: 'eighty', BRIEFBOT_DB: join(dir, 'never.sqlite') },
      // The exit follows the message; on a busy machine it came after 10 s (session 12).
      60_000,
    ).then(
      () => 'started',
      (err: Error) => err.message,
    );
    expect(failure).toMatch(/exited with 1 before starting/);
    expect(failure).toMatch(/SLACK_SIGNING_SECRET is required with SLACK_BOT_TOKEN/);
    expect(failure).toMatch(/PORT must be a whole number \(got "eighty"\)/);
    expect(existsSync(join(dir, 'never.sqlite'))).toBe(false);
  });
});
