/**
 * A loopback test double of an OpenAI-compatible server: speaks the Chat Completions wire format at
 * `POST /v1/chat/completions` and lists one model at `GET /v1/models`. Each test scripts the replies
 * (a function of the recorded request) so the real, unmodified `openai` client can be driven through
 * good answers, garbage, HTTP errors, refusals and a server that never answers.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the double saw it; `body` is the parsed JSON (or null when it was not JSON). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface ScriptedReply {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string is sent as it is (garbage, SSE). */
  body: unknown;
  /** Sends the body in `bytes`-sized pieces every `everyMs` (a slow or huge reply) instead of at once. */
  trickle?: { bytes: number; everyMs: number };
}

/** 'hang' keeps the connection open without a byte of response until the double is closed. */
export type Script = (request: RecordedRequest, index: number) => ScriptedReply | 'hang';

export interface OpenAIDouble {
  /** Base URL for the client, ending in /v1. */
  baseURL: string;
  /** Chat completion requests, in arrival order (GET /v1/models is not recorded). */
  requests: RecordedRequest[];
  /** Replaces the script for the following requests. */
  script(next: Script): void;
  close(): Promise<void>;
}

/** A Chat Completions response body whose first choice carries `content` (or a refusal). */
export function completion(
  content: string | null,
  options: { model?: string; refusal?: string; finishReason?: string } = {},
): Record<string, unknown> {
  const contentTokens = Math.ceil((content ?? '').length / 4);
  return {
    id: 'chatcmpl-double',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: options.model ?? 'double-model',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: options.refusal ?? null },
        logprobs: null,
        finish_reason: options.finishReason ?? 'stop',
      },
    ],
    usage: { prompt_tokens: 321, completion_tokens: contentTokens, total_tokens: 321 + contentTokens },
  };
}

/** A 200 reply whose assistant message is `content`. */
export function ok(content: string | null, options?: Parameters<typeof completion>[1]): ScriptedReply {
  return { status: 200, body: completion(content, options) };
}

/** An error reply in OpenAI's error envelope; `retry-after-ms` keeps SDK retries fast in tests. */
export function fail(status: number, message: string, param: string | null = null): ScriptedReply {
  return {
    status,
    headers: { 'retry-after-ms': '5' },
    body: {
      error: { message, type: status >= 500 ? 'server_error' : 'invalid_request_error', param, code: null },
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: ScriptedReply): void {
  const isText = typeof reply.body === 'string';
  const payload = isText ? (reply.body as string) : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  if (!reply.trickle) {
    res.end(payload);
    return;
  }
  const bytes = Buffer.from(payload);
  const { bytes: size, everyMs } = reply.trickle;
  let at = 0;
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(bytes.subarray(at, at + size));
    at += size;
    if (at >= bytes.length) {
      clearInterval(timer);
      res.end();
    }
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

/** Starts the double on 127.0.0.1 and a free port. */
export async function startOpenAIDouble(initial?: Script): Promise<OpenAIDouble> {
  let current: Script = initial ?? (() => fail(500, 'no reply scripted for this test'));
  const requests: RecordedRequest[] = [];

  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/v1/models') {
      send(res, {
        status: 200,
        body: {
          object: 'list',
          data: [{ id: 'double-model', object: 'model', created: 0, owned_by: 'test' }],
        },
      });
      return;
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      send(res, fail(404, `unknown route ${req.method} ${path}`));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = null;
    }
    const recorded: RecordedRequest = { method: req.method, path, headers: req.headers, body };
    requests.push(recorded);
    const reply = current(recorded, requests.length - 1);
    if (reply === 'hang') return;
    send(res, reply);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script(next) {
      current = next;
    },
    close() {
      // Hanging requests would keep close() waiting forever.
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}
