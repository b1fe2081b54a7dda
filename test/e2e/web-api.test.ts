/**
 * The HTTP API end to end: the real briefing service over the seed corpus behind createWebServer,
 * driven with fetch on loopback. Checks the Answer JSON contract through HTTP (every quote is in
 * the article GET /api/sources/:id returns), threads, determinism, and the refusals.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBriefbot } from '../../src/app/open-core.js';
import { type Answer, answerSchema } from '../../src/briefing/answer.js';
import type { SourceView } from '../../src/briefing/service-api.js';
import { normalizeForMatch } from '../../src/briefing/write/verify.js';
import { silentLogger } from '../../src/log/logger.js';
import { createWebServer } from '../../src/platforms/web/server.js';

let app: Awaited<ReturnType<typeof openBriefbot>>;
let server: http.Server;
let base: string;
let open = true;
/** Anything the server logs as an error is a bug: collected and checked after every test. */
const logged: unknown[] = [];
const logger = {
  ...silentLogger,
  error: (obj: object, msg?: string) => {
    logged.push({ ...obj, msg });
  },
};

beforeAll(async () => {
  app = await openBriefbot({ corpusDir: 'data/articles', db: ':memory:', logger: silentLogger });
  server = createWebServer({
    api: app.api,
    logger,
    health: () => ({ ok: true, details: {} }),
    ready: () => ({ ok: open && app.api.topics().length > 0, details: { storeOpen: open } }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  const errors = logged.splice(0);
  expect(errors.map((e) => String((e as { err?: unknown }).err))).toEqual([]);
});

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
  await app?.close();
});

const post = (path: string, body: unknown, contentType = 'application/json') =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function answerOf(res: Response): Promise<Answer> {
  expect(res.status).toBe(200);
  return answerSchema.parse(await res.json());
}

/** Every citation points at a listed source, and its quote is in that article as the API serves it. */
async function expectCitationsHold(answer: Answer): Promise<void> {
  const articles = new Map<string, string>();
  for (const source of answer.sources) {
    const res = await fetch(`${base}/api/sources/${encodeURIComponent(source.id)}`);
    expect(res.status).toBe(200);
    const view = (await res.json()) as SourceView;
    expect(view.id).toBe(source.id);
    expect(view.title).toBe(source.title);
    articles.set(source.id, normalizeForMatch(view.paragraphs.join('\n\n')));
  }
  for (const bullet of answer.bullets) {
    expect(bullet.citations.length).toBeGreaterThan(0);
    for (const citation of bullet.citations) {
      const source = answer.sources.find((s) => s.n === citation.source);
      expect(source, `source ${citation.source}`).toBeDefined();
      expect(articles.get(source!.id)).toContain(normalizeForMatch(citation.quote));
    }
  }
}

describe('HTTP API over the seed corpus', () => {
  it('lists the topics', async () => {
    const res = await fetch(`${base}/api/topics`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { topics: { slug: string; title: string }[] };
    expect(body.topics.map((t) => t.slug)).toContain('pakistan-russia');
  });

  it('briefs a topic with at least five cited bullets whose quotes are in the served articles', async () => {
    const brief = await answerOf(await post('/api/brief', { topic: 'pakistan-russia' }));
    expect(brief.kind).toBe('brief');
    expect(brief.topic).toBe('pakistan-russia');
    expect(brief.bullets.length).toBeGreaterThanOrEqual(5);
    await expectCitationsHold(brief);
  });

  it('gives byte-identical answers to the same request (offline mode)', async () => {
    const a = await (await post('/api/brief', { topic: 'pakistan-russia' })).text();
    const b = await (await post('/api/brief', { topic: 'pakistan-russia' })).text();
    expect(a).toBe(b);
  });

  it('continues a conversation across requests that share a thread id', async () => {
    const thread = 'e2e-thread-1';
    const brief = await answerOf(await post('/api/brief', { topic: 'pakistan-russia', thread }));
    const followUp = await answerOf(await post('/api/ask', { question: 'What about Afghanistan?', thread }));
    expect(followUp.kind).toBe('answer');
    expect(followUp.bullets.length).toBeGreaterThan(0);
    await expectCitationsHold(followUp);
    // The thread remembers the brief's topic, which a thread-less question does not have.
    expect(followUp.topic).toBe(brief.topic);
    const alone = await answerOf(await post('/api/ask', { question: 'What about Afghanistan?' }));
    expect(alone.topic).toBeNull();
  });

  it('previews a digest for a topic', async () => {
    const digest = await answerOf(await fetch(`${base}/api/digest/pakistan-russia?since=2000-01-01`));
    expect(digest.kind).toBe('digest');
    await expectCitationsHold(digest);
  });

  it('answers 404 with suggestions for a digest of an unknown topic', async () => {
    const res = await fetch(`${base}/api/digest/pakistan-rusia`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string; suggestions?: string[] } };
    expect(body.error.code).toBe('unknown-topic');
    expect(body.error.message).toContain('pakistan-rusia');
    expect(body.error.suggestions).toEqual(['pakistan-russia']);
  });

  it('answers an unknown brief topic as a question when the corpus matches it, 404 otherwise', async () => {
    const near = await answerOf(await post('/api/brief', { topic: 'gas-pipeline' }));
    expect(near.note).toMatch(/No topic is named "gas-pipeline"/);
    await expectCitationsHold(near);
    const res = await post('/api/brief', { topic: 'quidditch' });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unknown-topic');
    expect(body.error.message).toMatch(/Topics: pakistan-russia/);
  });

  it('answers 404 JSON for an unknown source id and an unknown route', async () => {
    const source = await fetch(`${base}/api/sources/no-such-article`);
    expect(source.status).toBe(404);
    expect(((await source.json()) as { error: { code: string } }).error.code).toBe('unknown-source');
    const route = await fetch(`${base}/api/nothing-here`);
    expect(route.status).toBe(404);
    expect(route.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it.each([
    ['malformed JSON', () => post('/api/ask', '{"question":'), 400],
    ['an empty question', () => post('/api/ask', { question: '  ' }), 400],
    ['a question over the length limit', () => post('/api/ask', { question: 'a'.repeat(2001) }), 400],
    ['a brief without a topic', () => post('/api/brief', { thread: 'x' }), 400],
    ['a form-encoded body', () => post('/api/ask', 'question=hi', 'application/x-www-form-urlencoded'), 415],
    ['a body over 64 KiB', () => post('/api/ask', { question: 'q', pad: 'x'.repeat(70 * 1024) }), 413],
    ['GET on a POST route', () => fetch(`${base}/api/ask`), 405],
  ])('refuses %s', async (_name, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it('reports alive and ready', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, details: { storeOpen: true } });
    open = false;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    open = true;
  });
});
