/**
 * The console and API trust only their own names, and clients cannot fill the store: `npm start`'s
 * own start() on loopback, driven with raw HTTP requests (fetch cannot set Host) as a DNS-rebinding
 * page, a cross-site form and a thread-spamming client would send them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/app/config.js';
import { silentLogger } from '../../src/log/logger.js';
import { type Running, start } from '../../src/app/compose.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request with exactly these headers (Host included) to 127.0.0.1:port. */
function send(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        setHost: false,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

interface Bot {
  running: Running;
  port: number;
  db: string;
}

const dirs: string[] = [];
const bots: Bot[] = [];

async function startBot(vars: Record<string, string>): Promise<Bot> {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-web-trust-'));
  dirs.push(dir);
  const db = join(dir, 'store.sqlite');
  const env = parseEnv({
    BRIEFBOT_CORPUS_DIR: 'data/articles',
    BRIEFBOT_DB: db,
    BRIEFBOT_INDEX_CACHE: 'off',
    BRIEFBOT_POLL_FEEDS: '0',
    BRIEFBOT_CORPUS_RESCAN_SECONDS: '0',
    BRIEFBOT_PREPARE_ARTICLES: '0',
    PORT: '0',
    HOST: '127.0.0.1',
    ...vars,
  });
  const running = await start(env, silentLogger);
  const bot = { running, port: Number(new URL(running.url!).port), db };
  bots.push(bot);
  return bot;
}

function threadsIn(db: string): number {
  const conn = new Database(db, { readonly: true });
  try {
    return conn.prepare('SELECT count(*) FROM threads').pluck().get() as number;
  } finally {
    conn.close();
  }
}

afterAll(async () => {
  for (const bot of bots) await bot.running.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Host and Origin (DNS rebinding)', () => {
  let bot: Bot;
  let sourceId: string;
  beforeAll(async () => {
    bot = await startBot({ BRIEFBOT_ALLOWED_HOSTS: 'briefbot.example.org' });
    const answer = await send(
      bot.port,
      'POST',
      '/api/brief',
      { host: `127.0.0.1:${bot.port}` },
      '{"topic":"pakistan-russia"}',
    );
    expect(answer.status).toBe(200);
    sourceId = (JSON.parse(answer.body) as { sources: { id: string }[] }).sources[0]!.id;
  });

  it('refuses a foreign Host with 421 on the API and the console, without the article', async () => {
    const path = `/api/sources/${encodeURIComponent(sourceId)}`;
    const good = await send(bot.port, 'GET', path, { host: `127.0.0.1:${bot.port}` });
    expect(good.status).toBe(200);
    const title = (JSON.parse(good.body) as { title: string }).title;
    for (const host of [
      'attacker.example',
      `attacker.example:${bot.port}`,
      `attacker.example@127.0.0.1:${bot.port}`,
      `127.0.0.1.attacker.example:${bot.port}`,
      'localhost.attacker.example',
      '',
    ]) {
      for (const target of [path, '/', '/api/topics']) {
        const res = await send(bot.port, 'GET', target, { host });
        expect({ host, target, status: res.status }).toEqual({ host, target, status: 421 });
        expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'misdirected-request' } });
        expect(res.body).not.toContain(title);
      }
    }
    const ask = await send(
      bot.port,
      'POST',
      '/api/ask',
      { host: 'attacker.example' },
      '{"question":"Lavrov"}',
    );
    expect(ask.status).toBe(421);
  });

  it('answers its own names, with any port', async () => {
    for (const host of [
      `127.0.0.1:${bot.port}`,
      `localhost:${bot.port}`,
      'LOCALHOST',
      `[::1]:${bot.port}`,
      'briefbot.example.org',
      'briefbot.example.org:8443',
    ]) {
      const res = await send(bot.port, 'GET', '/api/topics', { host });
      expect({ host, status: res.status }).toEqual({ host, status: 200 });
    }
  });

  it('refuses state-changing requests from a foreign Origin with 403; none or its own are fine', async () => {
    const host = { host: `127.0.0.1:${bot.port}` };
    const ask = '{"question":"What did Lavrov say?","thread":"origin-test"}';
    for (const origin of [
      'http://attacker.example',
      `http://attacker.example:${bot.port}`,
      'null',
      'file://',
    ]) {
      const res = await send(bot.port, 'POST', '/api/ask', { ...host, origin }, ask);
      expect({ origin, status: res.status }).toEqual({ origin, status: 403 });
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'forbidden-origin' } });
    }
    // Refused before anything ran: no thread was started.
    expect(threadsIn(bot.db)).toBe(0);
    for (const origin of [
      `http://127.0.0.1:${bot.port}`,
      `http://localhost:${bot.port}`,
      'https://briefbot.example.org',
    ]) {
      const res = await send(bot.port, 'POST', '/api/ask', { ...host, origin }, ask);
      expect({ origin, status: res.status }).toEqual({ origin, status: 200 });
    }
    expect((await send(bot.port, 'POST', '/api/ask', host, ask)).status).toBe(200);
    // A read with a foreign Origin but our Host: the browser keeps its answer from the other site.
    expect(
      (await send(bot.port, 'GET', '/api/topics', { ...host, origin: 'http://attacker.example' })).status,
    ).toBe(200);
  });

  it('leaves health probes and Slack’s endpoint to their own rules', async () => {
    expect((await send(bot.port, 'GET', '/healthz', { host: '10.1.2.3:3000' })).status).toBe(200);
    expect((await send(bot.port, 'GET', '/readyz', { host: 'pod.internal' })).status).toBe(200);
    // Slack is off here: the route answers for itself (404), not the Host rule (421).
    const slack = await send(bot.port, 'POST', '/slack/events', { host: 'briefbot.ngrok.example' }, '{}');
    expect(slack.status).toBe(404);
  });
});

describe('threads are bounded', () => {
  it('2,000 asks with new thread ids from one client: the first 30 a minute, then 429', async () => {
    const bot = await startBot({ BRIEFBOT_NEW_THREADS_PER_MINUTE: '30' });
    const host = { host: `127.0.0.1:${bot.port}` };
    const statuses: number[] = [];
    let retryAfter: string | string[] | undefined;
    for (let i = 0; i < 2_000; i++) {
      const res = await send(
        bot.port,
        'POST',
        '/api/brief',
        host,
        JSON.stringify({ topic: 'pakistan-russia', thread: `spam-${i}` }),
      );
      statuses.push(res.status);
      if (res.status === 429) retryAfter ??= res.headers['retry-after'];
    }
    expect(statuses.slice(0, 30)).toEqual(Array<number>(30).fill(200));
    expect(statuses.slice(30).every((s) => s === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(threadsIn(bot.db)).toBe(30);
    // Continuing a thread that exists is never limited.
    const again = await send(
      bot.port,
      'POST',
      '/api/ask',
      host,
      JSON.stringify({ question: 'and the pipeline?', thread: 'spam-3' }),
    );
    expect(again.status).toBe(200);
    // Asks without a thread start none and are not limited either.
    expect((await send(bot.port, 'POST', '/api/brief', host, '{"topic":"pakistan-russia"}')).status).toBe(
      200,
    );
  }, 120_000);

  it('keeps at most BRIEFBOT_MAX_THREADS, forgetting the least recently used', async () => {
    const bot = await startBot({ BRIEFBOT_NEW_THREADS_PER_MINUTE: '0', BRIEFBOT_MAX_THREADS: '20' });
    const host = { host: `127.0.0.1:${bot.port}` };
    for (let i = 0; i < 120; i++) {
      const res = await send(
        bot.port,
        'POST',
        '/api/brief',
        host,
        JSON.stringify({ topic: 'pakistan-russia', thread: `t-${i}` }),
      );
      expect(res.status).toBe(200);
    }
    expect(threadsIn(bot.db)).toBe(20);
  }, 120_000);
});
