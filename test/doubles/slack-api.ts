/**
 * A loopback double of Slack for end-to-end tests: the Web API methods the app calls (auth.test,
 * chat.postMessage, chat.postEphemeral, chat.update, chat.delete, users.info) answered the way Slack answers
 * them, plus a catcher for response URLs and a Socket Mode endpoint (apps.connections.open and
 * the WebSocket with its hello and envelope acks). It records every call, checks the tokens, can
 * answer one call with 429 + Retry-After or with a Slack error, and signs requests like Slack.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  seq: number;
  /** Milliseconds since the double started. */
  at: number;
  method: string;
  /** Token from `Authorization: Bearer …` (or the body's `token`), or null. */
  token: string | null;
  /** Arguments, with JSON-encoded fields (`blocks`) decoded. */
  args: Record<string, unknown>;
  /** HTTP status the double answered with. */
  status: number;
  /** The JSON the double answered with. */
  response: Record<string, unknown>;
}

export interface ResponseUrlPost {
  seq: number;
  at: number;
  /** The last path segment of the response URL. */
  id: string;
  contentType: string | undefined;
  body: Record<string, unknown>;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: unknown;
  blocks: unknown;
}

/** One Socket Mode frame, in either direction. */
export interface SocketFrame {
  seq: number;
  direction: 'to-app' | 'from-app';
  data: Record<string, unknown>;
}

export interface SlackApiDoubleOptions {
  botToken: string;
  /** App-level token (`xapp-…`) accepted by apps.connections.open. */
  appToken?: string;
  botUserId?: string;
  botId?: string;
  teamId?: string;
  /** Workspace roles for users.info, by user id; anyone else is a plain member. */
  users?: Record<string, { is_admin?: boolean; is_owner?: boolean }>;
}

export interface SlackApiDouble {
  /** Base URL for the WebClient's `slackApiUrl` (SLACK_API_URL), ending in `/api/`. */
  apiUrl: string;
  botUserId: string;
  botId: string;
  teamId: string;
  calls: ApiCall[];
  responses: ResponseUrlPost[];
  /** Messages as they stand now (updated by chat.update, removed by chat.delete), by ts. */
  messages: Map<string, PostedMessage>;
  /** Socket Mode traffic: envelopes sent to the app and its acks. */
  socketFrames: SocketFrame[];
  /** Sends a Socket Mode envelope to every connected app. */
  sendEnvelope(envelope: Record<string, unknown>): void;
  /** A response URL that records what is posted to it under `id`. */
  responseUrl(id: string): string;
  /** The next call of `method` gets HTTP 429 with `Retry-After: seconds`. */
  rateLimitOnce(method: string, seconds: number): void;
  /** The next call of `method` gets `{ ok: false, error }`, as Slack reports e.g. not_in_channel. */
  failOnce(method: string, error: string): void;
  /** Successful calls of a method. */
  ok(method: string): ApiCall[];
  /** Polls until `pick` returns something (not undefined), or fails after `timeoutMs`. */
  waitFor<T>(what: string, pick: () => T | undefined, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The WebClient sends form fields; nested values (blocks) arrive as JSON strings. */
function decodeArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json'))
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(value)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // Not JSON after all: keep the string.
      }
    }
    args[key] = value;
  }
  return args;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startSlackApiDouble(options: SlackApiDoubleOptions): Promise<SlackApiDouble> {
  const botUserId = options.botUserId ?? 'U0BRIEFBOT';
  const botId = options.botId ?? 'B0BRIEFBOT';
  const teamId = options.teamId ?? 'T0TEAM0001';
  const started = Date.now();
  const calls: ApiCall[] = [];
  const responses: ResponseUrlPost[] = [];
  const messages = new Map<string, PostedMessage>();
  const rateLimits = new Map<string, number>();
  const failures = new Map<string, string>();
  const socketFrames: SocketFrame[] = [];
  const sockets = new Set<WebSocket>();
  let base = '';
  let seq = 0;
  let tsCounter = 0;
  // Slack's ts: seconds.microseconds, unique per channel and increasing.
  const nextTs = () => `${1_700_000_000 + ++tsCounter}.${String(tsCounter).padStart(6, '0')}`;

  const methods: Record<string, (args: Record<string, unknown>) => Record<string, unknown>> = {
    'apps.connections.open': () => ({ ok: true, url: `${base.replace('http', 'ws')}/link/?ticket=e2e` }),
    'auth.test': () => ({
      ok: true,
      url: 'https://briefbot-test.slack.com/',
      team: 'briefbot test',
      user: 'briefbot',
      team_id: teamId,
      user_id: botUserId,
      bot_id: botId,
      is_enterprise_install: false,
    }),
    'users.info': (args) => {
      const id = typeof args.user === 'string' ? args.user : '';
      if (!/^[UW][A-Z0-9]+$/.test(id)) return { ok: false, error: 'user_not_found' };
      const role = options.users?.[id] ?? {};
      return {
        ok: true,
        user: {
          id,
          team_id: teamId,
          name: id.toLowerCase(),
          deleted: false,
          is_admin: role.is_admin ?? false,
          is_owner: role.is_owner ?? false,
          is_primary_owner: false,
          is_bot: false,
        },
      };
    },
    'chat.postMessage': (args) => {
      const channel = typeof args.channel === 'string' ? args.channel : '';
      if (!channel) return { ok: false, error: 'channel_not_found' };
      if (args.text === undefined && args.blocks === undefined) return { ok: false, error: 'no_text' };
      const ts = nextTs();
      const thread = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
      messages.set(ts, {
        channel,
        ts,
        ...(thread ? { thread_ts: thread } : {}),
        text: args.text,
        blocks: args.blocks,
      });
      return {
        ok: true,
        channel,
        ts,
        message: { type: 'message', user: botUserId, bot_id: botId, text: args.text, ts, thread_ts: thread },
      };
    },
    'chat.postEphemeral': (args) => {
      if (typeof args.channel !== 'string' || typeof args.user !== 'string') {
        return { ok: false, error: 'user_not_in_channel' };
      }
      return { ok: true, message_ts: nextTs() };
    },
    'chat.update': (args) => {
      const ts = typeof args.ts === 'string' ? args.ts : '';
      const existing = messages.get(ts);
      if (!existing || existing.channel !== args.channel) return { ok: false, error: 'message_not_found' };
      messages.set(ts, { ...existing, text: args.text, blocks: args.blocks });
      return { ok: true, channel: existing.channel, ts, text: args.text };
    },
    'chat.delete': (args) => {
      const ts = typeof args.ts === 'string' ? args.ts : '';
      const existing = messages.get(ts);
      if (!existing || existing.channel !== args.channel) return { ok: false, error: 'message_not_found' };
      messages.delete(ts);
      return { ok: true, channel: existing.channel, ts };
    },
  };

  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const at = Date.now() - started;
      if (req.method === 'POST' && url.pathname.startsWith('/response/')) {
        const id = decodeURIComponent(url.pathname.slice('/response/'.length));
        responses.push({
          seq: ++seq,
          at,
          id,
          contentType: req.headers['content-type'],
          body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
        });
        send(res, 200, { ok: true });
        return;
      }
      if (req.method !== 'POST' || !url.pathname.startsWith('/api/')) {
        send(res, 404, { ok: false, error: 'not_found' });
        return;
      }
      const method = url.pathname.slice('/api/'.length);
      const args = decodeArgs(raw, req.headers['content-type']);
      const auth = req.headers.authorization;
      const token = auth?.startsWith('Bearer ')
        ? auth.slice(7)
        : typeof args.token === 'string'
          ? args.token
          : null;
      const record = (status: number, response: Record<string, unknown>) => {
        calls.push({ seq: ++seq, at, method, token, args, status, response });
      };
      const limited = rateLimits.get(method);
      if (limited !== undefined) {
        rateLimits.delete(method);
        const response = { ok: false, error: 'ratelimited' };
        record(429, response);
        send(res, 429, response, { 'retry-after': String(limited) });
        return;
      }
      let response: Record<string, unknown>;
      const failure = failures.get(method);
      // apps.connections.open takes the app-level token; everything else the bot token.
      const expected = method === 'apps.connections.open' ? options.appToken : options.botToken;
      if (!expected || token !== expected) response = { ok: false, error: 'invalid_auth' };
      else if (failure !== undefined) {
        failures.delete(method);
        response = { ok: false, error: failure };
      } else {
        const handler = methods[method];
        response = handler ? handler(args) : { ok: false, error: 'unknown_method' };
      }
      record(200, response);
      send(res, 200, response);
    } catch (err) {
      send(res, 500, { ok: false, error: 'double_failed', detail: (err as Error).message });
    }
  });
  const wss = new WebSocketServer({ server, path: '/link/' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data) => {
      socketFrames.push({
        seq: ++seq,
        direction: 'from-app',
        data: JSON.parse(String(data)) as Record<string, unknown>,
      });
    });
    // Slack's first frame on a new Socket Mode connection.
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: sockets.size,
        debug_info: { host: 'applink-e2e', approximate_connection_time: 18060 },
        connection_info: { app_id: 'A123456' },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;

  return {
    apiUrl: `${base}/api/`,
    botUserId,
    botId,
    teamId,
    calls,
    responses,
    messages,
    socketFrames,
    sendEnvelope: (envelope) => {
      socketFrames.push({ seq: ++seq, direction: 'to-app', data: envelope });
      for (const socket of sockets) socket.send(JSON.stringify(envelope));
    },
    responseUrl: (id) => `${base}/response/${encodeURIComponent(id)}`,
    rateLimitOnce: (method, seconds) => {
      rateLimits.set(method, seconds);
    },
    failOnce: (method, error) => {
      failures.set(method, error);
    },
    ok: (method) => calls.filter((c) => c.method === method && c.response.ok === true),
    async waitFor(what, pick, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = pick();
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 15));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.terminate();
        wss.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`. */
export function slackSignature(signingSecret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** The two headers Slack adds to every request it sends to an app. */
export function signedHeaders(
  signingSecret: string,
  body: string,
  timestamp: number = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(signingSecret, timestamp, body),
  };
}
