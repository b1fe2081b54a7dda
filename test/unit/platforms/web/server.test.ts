/**
 * The web server's HTTP behaviour against a recording BriefingApi double: routing, body parsing and
 * limits, status mapping of service errors, security headers and crash containment. The same routes
 * against the real service over the seed corpus are in test/e2e/web-api.test.ts.
 */
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Answer, answerSchema } from '../../../../src/briefing/answer.js';
import type {
  AskRequest,
  BriefingApi,
  BriefRequest,
  DigestRequest,
  ServiceResult,
  SourceView,
} from '../../../../src/briefing/service-api.js';
import type { Logger } from '../../../../src/log/logger.js';
import { createWebServer } from '../../../../src/platforms/web/server.js';

const answer = (kind: Answer['kind'], query: string): Answer =>
  answerSchema.parse({
    kind,
    topic: kind === 'answer' ? null : 'pakistan-russia',
    query,
    mode: 'offline',
    fallbackReason: 'no LLM configured',
    bullets: [{ text: `About ${query}.`, citations: [{ source: 1, quote: 'Lavrov met his counterpart.' }] }],
    sources: [
      { n: 1, id: 'a1', title: 'Talks', publisher: 'Dawn', published: '2011-03-01', url: null, path: 'x.md' },
    ],
  });

const view: SourceView = {
  id: 'dir/a1',
  title: 'Talks',
  publisher: 'Dawn',
  published: '2011-03-01',
  url: null,
  path: 'data/articles/a1.md',
  paragraphs: ['Lavrov met his counterpart.'],
};

class RecordingApi implements BriefingApi {
  briefs: BriefRequest[] = [];
  asks: AskRequest[] = [];
  digests: DigestRequest[] = [];
  topics() {
    return [{ slug: 'pakistan-russia', title: 'Pakistan–Russia', terms: ['Pakistan Russia'] }];
  }
  async brief(req: BriefRequest): Promise<ServiceResult> {
    this.briefs.push(req);
    if (req.topic !== 'pakistan-russia') {
      return {
        ok: false,
        error: {
          code: 'unknown-topic',
          message: `No topic "${req.topic}".`,
          suggestions: ['pakistan-russia'],
        },
      };
    }
    return { ok: true, answer: answer('brief', req.topic) };
  }
  async ask(req: AskRequest): Promise<ServiceResult> {
    this.asks.push(req);
    if (req.question === 'explode') throw new Error('bug in the service');
    if (req.question === 'bad') return { ok: false, error: { code: 'bad-request', message: 'Say more.' } };
    return { ok: true, answer: answer('answer', req.question) };
  }
  async digest(req: DigestRequest): Promise<ServiceResult> {
    this.digests.push(req);
    return { ok: true, answer: answer('digest', req.topic) };
  }
  source(id: string): SourceView | null {
    return id === view.id ? view : null;
  }
}

const errors: unknown[] = [];
const logger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error(obj) {
    errors.push(obj);
  },
};

let api: RecordingApi;
let server: http.Server;
let base: string;
let slackCalls = 0;
let slackServer: http.Server;
let slackBase: string;
let healthy = true;

async function listen(s: http.Server): Promise<string> {
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  api = new RecordingApi();
  server = createWebServer({
    api,
    logger,
    health: () => ({ ok: true, details: { uptime: 1 } }),
    ready: () => ({ ok: healthy, details: { corpus: healthy ? 5 : 0 } }),
    bodyLimitBytes: 1024,
  });
  base = await listen(server);
  slackServer = createWebServer({
    api,
    logger,
    health: () => ({ ok: true, details: {} }),
    ready: () => ({ ok: true, details: {} }),
    slack: (req, res) => {
      slackCalls++;
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`slack got ${body}`));
    },
  });
  slackBase = await listen(slackServer);
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  await new Promise((r) => slackServer.close(r));
});

beforeEach(() => {
  errors.length = 0;
});

const postJson = (path: string, body: unknown, at = base) =>
  fetch(`${at}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function errorOf(res: Response): Promise<{ code: string; message: string; suggestions?: string[] }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string; suggestions?: string[] } };
  expect(body.error.message.length).toBeGreaterThan(5);
  return body.error;
}

describe('POST /api/brief', () => {
  it('answers with Answer JSON and turns the thread id into a web ThreadKey', async () => {
    const res = await postJson('/api/brief', { topic: 'pakistan-russia', thread: 'conv-1' });
    expect(res.status).toBe(200);
    const body = answerSchema.parse(await res.json());
    expect(body.kind).toBe('brief');
    expect(api.briefs.at(-1)).toEqual({
      topic: 'pakistan-russia',
      thread: { platform: 'web', channel: 'web', thread: 'conv-1' },
    });
  });

  it('sends no thread when none is given', async () => {
    await postJson('/api/brief', { topic: '  pakistan-russia ' });
    expect(api.briefs.at(-1)).toEqual({ topic: 'pakistan-russia' });
  });

  it('maps an unknown topic to 404 with the suggestions', async () => {
    const res = await postJson('/api/brief', { topic: 'pakistan' });
    expect(res.status).toBe(404);
    const error = await errorOf(res);
    expect(error.code).toBe('unknown-topic');
    expect(error.suggestions).toEqual(['pakistan-russia']);
  });

  it.each([
    ['a missing topic', {}, /topic is required/],
    ['an empty topic', { topic: '   ' }, /topic must not be empty/],
    ['a numeric topic', { topic: 5 }, /topic/],
    ['an array body', [1, 2], /JSON object/],
    ['a bad thread id', { topic: 'pakistan-russia', thread: 'has spaces' }, /thread may contain only/],
    ['a too long thread id', { topic: 'pakistan-russia', thread: 'x'.repeat(129) }, /thread must be at most/],
  ])('refuses %s with 400', async (_name, body, message) => {
    const before = api.briefs.length;
    const res = await postJson('/api/brief', body);
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('bad-request');
    expect(error.message).toMatch(message);
    expect(api.briefs.length).toBe(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await postJson('/api/brief', '{"topic": ');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('bad-json');
  });

  it('refuses an empty body with 400', async () => {
    const res = await postJson('/api/brief', '');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(/empty/);
  });

  it('refuses a non-JSON content type with 415', async () => {
    const res = await fetch(`${base}/api/brief`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"topic":"pakistan-russia"}',
    });
    expect(res.status).toBe(415);
    expect((await errorOf(res)).message).toMatch(/application\/json/);
  });

  it('accepts a charset parameter on the content type', async () => {
    const res = await fetch(`${base}/api/brief`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{"topic":"pakistan-russia"}',
    });
    expect(res.status).toBe(200);
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await postJson('/api/brief', { topic: 'x'.repeat(2000) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('body-too-large');
  });

  it('refuses an oversized chunked body (no Content-Length) with 413', async () => {
    const url = new URL(`${base}/api/brief`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(`{"topic":"${'y'.repeat(800)}`);
      req.end(`${'y'.repeat(800)}"}`);
    });
    expect(status).toBe(413);
  });
});

describe('POST /api/ask', () => {
  it('passes question, topic and thread to the service', async () => {
    const res = await postJson('/api/ask', {
      question: 'What did Lavrov say?',
      topic: 'pakistan-russia',
      thread: 't-2',
    });
    expect(res.status).toBe(200);
    expect(answerSchema.parse(await res.json()).kind).toBe('answer');
    expect(api.asks.at(-1)).toEqual({
      question: 'What did Lavrov say?',
      topic: 'pakistan-russia',
      thread: { platform: 'web', channel: 'web', thread: 't-2' },
    });
  });

  it.each([
    ['an empty question', { question: '' }, /question is empty/],
    ['a blank question', { question: ' \n ' }, /question is empty/],
    ['a missing question', { topic: 'pakistan-russia' }, /question is required/],
    ['a question that is not a string', { question: ['a'] }, /question/],
    ['a null body', null, /JSON object/],
  ])('refuses %s with 400', async (_name, body, message) => {
    const res = await postJson('/api/ask', body);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toMatch(message);
  });

  it('refuses a question over the length limit with 400 before the service sees it', async () => {
    const big = createWebServer({
      api,
      logger,
      health: () => ({ ok: true, details: {} }),
      ready: () => ({ ok: true, details: {} }),
    });
    const at = await listen(big);
    try {
      const before = api.asks.length;
      const res = await postJson('/api/ask', { question: 'why '.repeat(600) }, at);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message).toMatch(/characters long; the limit is 2,000/);
      expect(api.asks.length).toBe(before);
    } finally {
      await new Promise((r) => big.close(r));
    }
  });

  it('maps a service user error to 400 with its message', async () => {
    const res = await postJson('/api/ask', { question: 'bad' });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: 'bad-request', message: 'Say more.' });
  });

  it('answers 500 when the service throws, logs it, and keeps serving', async () => {
    const res = await postJson('/api/ask', { question: 'explode' });
    expect(res.status).toBe(500);
    expect((await errorOf(res)).code).toBe('internal');
    expect(errors).toHaveLength(1);
    expect(JSON.stringify((errors[0] as { err: Error }).err.message)).toMatch(/bug in the service/);
    const again = await postJson('/api/ask', { question: 'still there?' });
    expect(again.status).toBe(200);
  });
});

describe('GET routes', () => {
  it('lists topics', async () => {
    const res = await fetch(`${base}/api/topics`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { topics: { slug: string }[] };
    expect(body.topics.map((t) => t.slug)).toEqual(['pakistan-russia']);
  });

  it('returns a source by a percent-encoded id, and 404 JSON for an unknown one', async () => {
    const res = await fetch(`${base}/api/sources/${encodeURIComponent('dir/a1')}`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(view);
    const missing = await fetch(`${base}/api/sources/nope`);
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('unknown-source');
    const bad = await fetch(`${base}/api/sources/%E0%A4%A`);
    expect(bad.status).toBe(400);
  });

  it('previews a digest with a parsed since date, and refuses a bad one', async () => {
    const res = await fetch(`${base}/api/digest/pakistan-russia?since=2011-02-01`);
    expect(res.status).toBe(200);
    expect(answerSchema.parse(await res.json()).kind).toBe('digest');
    expect(api.digests.at(-1)?.since?.toISOString()).toBe('2011-02-01T00:00:00.000Z');
    const noSince = await fetch(`${base}/api/digest/pakistan-russia`);
    expect(noSince.status).toBe(200);
    expect(api.digests.at(-1)?.since).toBeUndefined();
    const bad = await fetch(`${base}/api/digest/pakistan-russia?since=yesterday`);
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toMatch(/since must be an ISO date/);
    const impossible = await fetch(`${base}/api/digest/pakistan-russia?since=2011-13-45`);
    expect(impossible.status).toBe(400);
  });

  it('reports health and readiness with 200 or 503', async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, details: { uptime: 1 } });
    healthy = false;
    const notReady = await fetch(`${base}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toEqual({ ok: false, details: { corpus: 0 } });
    healthy = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('serves the console with security headers and no external resources', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await res.text();
    expect(html).toContain('/console.js');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const path of ['/console.js', '/console.css']) {
      const file = await fetch(`${base}${path}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(path.endsWith('.js') ? /javascript/ : /text\/css/);
      const text = await file.text();
      expect(text).not.toMatch(/https?:\/\/|@import|url\(/);
    }
  });

  it('API responses carry the security headers too', async () => {
    const res = await fetch(`${base}/api/topics`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('unknown routes and wrong methods', () => {
  it('answers 404 JSON for unknown paths', async () => {
    for (const path of ['/nope', '/api', '/api/brief/extra', '/api/sources/', '//evil.example/x']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code).toBe('not-found');
    }
  });

  it('answers 405 with Allow for a wrong method', async () => {
    const get = await fetch(`${base}/api/brief`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await errorOf(get)).code).toBe('method-not-allowed');
    const post = await postJson('/api/topics', {});
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const del = await fetch(`${base}/`, { method: 'DELETE' });
    expect(del.status).toBe(405);
  });
});

describe('POST /slack/events', () => {
  it('is 404 without a Slack listener', async () => {
    const res = await fetch(`${base}/slack/events`, { method: 'POST', body: 'x=1' });
    expect(res.status).toBe(404);
  });

  it('hands the untouched request to the Slack listener when given', async () => {
    const res = await fetch(`${slackBase}/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'command=%2Fbrief&text=pakistan-russia',
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('slack got command=%2Fbrief&text=pakistan-russia');
    expect(slackCalls).toBe(1);
    expect((await fetch(`${slackBase}/slack/events`)).status).toBe(405);
  });
});

describe('the console script', () => {
  it('never inserts markup from strings (article text is untrusted)', async () => {
    const js = await (await fetch(`${base}/console.js`)).text();
    expect(js).toContain('textContent');
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
