/**
 * A loopback double of Discord: the REST routes a bot touches (gateway discovery, interaction
 * callbacks, interaction webhooks, command registration) and the gateway over a real WebSocket
 * (HELLO, heartbeat ACK, IDENTIFY -> READY, RESUME -> RESUMED, dispatches). It records everything,
 * so tests can assert on the exact wire traffic the unmodified discord.js client produced.
 */
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIApplicationCommandInteractionDataOption,
  APIEmbed,
  APIInteraction,
  APIMessage,
  APIUser,
  MessageFlags,
} from 'discord.js';
import { WebSocket, WebSocketServer } from 'ws';

export interface RecordedRequest {
  /** Order of arrival across REST and gateway traffic. */
  seq: number;
  method: string;
  /** Path without the `/api/v10` prefix, e.g. `/interactions/1/tok/callback`. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body, or null. */
  body: unknown;
}

export interface GatewayFrame {
  seq: number;
  direction: 'in' | 'out';
  payload: { op: number; d?: unknown; s?: number | null; t?: string | null };
}

export interface DiscordDoubleOptions {
  token?: string;
  applicationId?: string;
  /** HELLO's heartbeat interval; the client sends its first beat after a random part of it. */
  heartbeatIntervalMs?: number;
}

/** Interaction callback types as the client sends them (Discord's InteractionResponseType). */
export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredMessageUpdate: 6,
  UpdateMessage: 7,
  ApplicationCommandAutocompleteResult: 8,
  Modal: 9,
} as const;

const API_PREFIX = '/api/v10';
const LOADING = 1 << 7;

/** Snowflake-shaped ids that sort by creation, like Discord's. */
function snowflakeFactory(): () => string {
  let counter = 0n;
  const base = (BigInt(Date.now()) - 1420070400000n) << 22n;
  return () => {
    counter += 1n;
    return (base + counter).toString();
  };
}

interface MessageRecord {
  message: APIMessage;
  token: string;
}

export class DiscordDouble extends EventEmitter {
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guildId: string;
  readonly channelId: string;
  readonly requests: RecordedRequest[] = [];
  readonly frames: GatewayFrame[] = [];
  /** IDENTIFY payloads received, in order. */
  identifies = 0;
  /** RESUME payloads accepted, in order. */
  resumes = 0;
  heartbeats = 0;

  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly nextId = snowflakeFactory();
  private readonly heartbeatIntervalMs: number;
  private seqCounter = 0;
  private socket: WebSocket | null = null;
  private sessionId: string | null = null;
  private gatewaySeq = 0;
  /** Dispatches sent while no session was connected; replayed on RESUME as Discord does. */
  private missed: GatewayFrame['payload'][] = [];
  private readonly messages = new Map<string, MessageRecord>();
  /** Messages posted straight to channels (not through an interaction). */
  private readonly channelPosts: APIMessage[] = [];
  private readonly originals = new Map<string, string>();
  private readonly acknowledged = new Set<string>();
  private port = 0;
  /** One-shot 429s: the next request matching each rule is refused as Discord's rate limiter would. */
  private rateLimits: { match: (r: RecordedRequest) => boolean; retryAfterSeconds: number }[] = [];
  /** One-shot refusals with a Discord error body (e.g. 400 Invalid Form Body). */
  private failures: { match: (r: RecordedRequest) => boolean; status: number; body: unknown }[] = [];

  private constructor(options: DiscordDoubleOptions) {
    super();
    this.token = options.token ?? 'test-bot-token';
    this.applicationId = options.applicationId ?? '1100000000000000001';
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.guildId = '1200000000000000001';
    this.channelId = '1300000000000000001';
    this.botUser = {
      id: this.applicationId,
      username: 'briefbot',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    };
    this.server = createServer((req, res) => {
      void this.onHttp(req, res);
    });
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://double');
      if (url.pathname !== '/gateway') {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onSocket(ws, url));
    });
  }

  static async start(options: DiscordDoubleOptions = {}): Promise<DiscordDouble> {
    const double = new DiscordDouble(options);
    await new Promise<void>((resolve) => double.server.listen(0, '127.0.0.1', resolve));
    double.port = (double.server.address() as AddressInfo).port;
    return double;
  }

  /** What a client puts in `new Client({ rest: { api } })`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get connected(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- waiting -------------------------------------------------------------------------------

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    return this.waitFor('request', () => this.requests.find(match), timeoutMs, 'REST request');
  }

  /** Resolves with the first gateway frame (past or future) that matches. */
  waitForFrame(match: (f: GatewayFrame) => boolean, timeoutMs = 20_000): Promise<GatewayFrame> {
    return this.waitFor('frame', () => this.frames.find(match), timeoutMs, 'gateway frame');
  }

  private waitFor<T>(event: string, find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const onEvent = () => {
        const hit = find();
        if (hit === undefined) return;
        clearTimeout(timer);
        this.off(event, onEvent);
        resolve(hit);
      };
      const timer = setTimeout(() => {
        this.off(event, onEvent);
        // The tail of the traffic says where a flow stopped.
        const recent = this.requests.slice(-6).map((r) => `${r.method} ${r.path}`);
        reject(
          new Error(
            `timed out after ${timeoutMs} ms waiting for a ${what}; last requests: ${recent.join(' | ')}`,
          ),
        );
      }, timeoutMs);
      this.on(event, onEvent);
    });
  }

  /** Answers the next request matching `match` with a 429 carrying Discord's rate-limit headers. */
  rateLimitNext(match: (r: RecordedRequest) => boolean, retryAfterSeconds = 0.2): void {
    this.rateLimits.push({ match, retryAfterSeconds });
  }

  /** Answers the next request matching `match` with `status` and a Discord error body. */
  failNext(
    match: (r: RecordedRequest) => boolean,
    status = 400,
    body: unknown = { message: 'Invalid Form Body', code: 50035 },
  ): void {
    this.failures.push({ match, status, body });
  }

  /** Requests that concern one interaction (its callback and its webhook), in order. */
  requestsFor(interaction: Pick<APIInteraction, 'id' | 'token'>): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.path.startsWith(`/interactions/${interaction.id}/`) ||
        r.path.startsWith(`/webhooks/${this.applicationId}/${interaction.token}`),
    );
  }

  /** The message as it stands now (after every edit). */
  message(id: string): APIMessage | undefined {
    return this.messages.get(id)?.message;
  }

  /** Every message an interaction's token created (original response, then follow-ups), in order. */
  messagesFor(interaction: Pick<APIInteraction, 'token'>): APIMessage[] {
    return [...this.messages.values()].filter((m) => m.token === interaction.token).map((m) => m.message);
  }

  /** Messages the bot posted to a channel with `POST /channels/{id}/messages` (digests), in order. */
  channelMessages(channelId: string): APIMessage[] {
    return this.channelPosts.filter((m) => m.channel_id === channelId);
  }

  /** The original response of an interaction, once a callback created it. */
  originalMessage(interaction: Pick<APIInteraction, 'token'>): APIMessage | undefined {
    const id = this.originals.get(interaction.token);
    return id === undefined ? undefined : this.message(id);
  }

  // ---- gateway -------------------------------------------------------------------------------

  /** Sends a dispatch (op 0) on the live session; queued for RESUME replay when disconnected. */
  dispatch(t: string, d: unknown): void {
    this.gatewaySeq += 1;
    const payload = { op: 0, t, s: this.gatewaySeq, d };
    if (this.connected && this.sessionId !== null) this.send(payload);
    else this.missed.push(payload);
  }

  /** Delivers an interaction as Discord does over the gateway. */
  sendInteraction(interaction: APIInteraction): APIInteraction {
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  /** Closes the gateway socket as a dropped connection would (4000: unknown error, resumable). */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'double: dropped');
  }

  private onSocket(ws: WebSocket, url: URL): void {
    this.socket = ws;
    this.emit('connection', url);
    this.send({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    ws.on('message', (raw) => {
      let payload: GatewayFrame['payload'];
      try {
        payload = JSON.parse(String(raw)) as GatewayFrame['payload'];
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      this.record({ direction: 'in', payload }, ws);
    });
  }

  private record(frame: Omit<GatewayFrame, 'seq'>, ws: WebSocket): void {
    this.frames.push({ ...frame, seq: ++this.seqCounter });
    if (frame.direction === 'in') this.onGatewayPayload(frame.payload, ws);
    this.emit('frame');
  }

  private onGatewayPayload(payload: GatewayFrame['payload'], ws: WebSocket): void {
    switch (payload.op) {
      case 1:
        this.heartbeats += 1;
        this.send({ op: 11 }, ws);
        return;
      case 2: {
        const d = payload.d as { token?: string };
        if (d.token !== this.token) {
          ws.close(4004, 'Authentication failed.');
          return;
        }
        this.identifies += 1;
        this.sessionId = randomBytes(16).toString('hex');
        this.missed = [];
        this.gatewaySeq += 1;
        this.send(
          {
            op: 0,
            t: 'READY',
            s: this.gatewaySeq,
            d: {
              v: 10,
              user: this.botUser,
              guilds: [],
              session_id: this.sessionId,
              resume_gateway_url: this.gatewayUrl,
              shard: [0, 1],
              application: { id: this.applicationId, flags: 0 },
            },
          },
          ws,
        );
        return;
      }
      case 6: {
        const d = payload.d as { token?: string; session_id?: string };
        if (d.token !== this.token || d.session_id !== this.sessionId) {
          this.send({ op: 9, d: false }, ws);
          return;
        }
        this.resumes += 1;
        const replay = this.missed;
        this.missed = [];
        for (const p of replay) this.send(p, ws);
        this.gatewaySeq += 1;
        this.send({ op: 0, t: 'RESUMED', s: this.gatewaySeq, d: {} }, ws);
        return;
      }
      default:
        return;
    }
  }

  private send(payload: GatewayFrame['payload'], ws: WebSocket | null = this.socket): void {
    if (ws === null || ws.readyState !== WebSocket.OPEN) {
      if (payload.op === 0) this.missed.push(payload);
      return;
    }
    ws.send(JSON.stringify(payload));
    this.frames.push({ direction: 'out', payload, seq: ++this.seqCounter });
    this.emit('frame');
  }

  // ---- REST ----------------------------------------------------------------------------------

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://double');
    let body: unknown = null;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    if (!url.pathname.startsWith(API_PREFIX)) {
      json(res, 404, { message: '404: Not Found', code: 0 });
      return;
    }
    // Decoded, so `%40original` reads as `@original` (discord.js encodes the @).
    const path = decodeURIComponent(url.pathname.slice(API_PREFIX.length));
    const request: RecordedRequest = {
      seq: ++this.seqCounter,
      method: req.method ?? 'GET',
      path,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
    };
    this.requests.push(request);
    try {
      this.route(request, res);
    } finally {
      this.emit('request');
    }
  }

  private route(r: RecordedRequest, res: ServerResponse): Handled {
    const failing = this.failures.findIndex((rule) => rule.match(r));
    if (failing >= 0) {
      const [rule] = this.failures.splice(failing, 1);
      return json(res, rule!.status, rule!.body);
    }
    const limited = this.rateLimits.findIndex((rule) => rule.match(r));
    if (limited >= 0) {
      const [rule] = this.rateLimits.splice(limited, 1);
      const after = String(rule!.retryAfterSeconds);
      const text = JSON.stringify({
        message: 'You are being rate limited.',
        retry_after: rule!.retryAfterSeconds,
        global: false,
      });
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': after,
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': after,
        'x-ratelimit-bucket': 'double-bucket',
        'x-ratelimit-scope': 'user',
      });
      res.end(text);
      return true;
    }
    const parts = r.path.split('/').filter(Boolean);
    const botAuth = r.headers.authorization === `Bot ${this.token}`;

    if (r.method === 'GET' && r.path === '/gateway/bot') {
      if (!botAuth) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      return json(res, 200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (r.method === 'GET' && r.path === '/users/@me') {
      if (!botAuth) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      return json(res, 200, this.botUser);
    }
    // PUT /applications/{app}/commands, PUT /applications/{app}/guilds/{guild}/commands
    if (r.method === 'PUT' && parts[0] === 'applications' && parts.at(-1) === 'commands') {
      if (!botAuth) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      if (parts[1] !== this.applicationId) return json(res, 403, { message: 'Missing Access', code: 50001 });
      const guildId = parts[2] === 'guilds' ? parts[3] : undefined;
      const list = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      return json(
        res,
        200,
        list.map((c) => ({
          ...c,
          id: this.nextId(),
          application_id: this.applicationId,
          ...(guildId ? { guild_id: guildId } : {}),
          version: this.nextId(),
        })),
      );
    }
    // POST /channels/{channel}/messages: a bot message outside any interaction (scheduled digests).
    if (r.method === 'POST' && parts[0] === 'channels' && parts[2] === 'messages' && parts.length === 3) {
      if (!botAuth) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      const body = (r.body ?? {}) as { content?: string; embeds?: APIEmbed[] };
      if (!body.content && !(body.embeds && body.embeds.length > 0)) {
        return json(res, 400, { message: 'Cannot send an empty message', code: 50006 });
      }
      const message = {
        id: this.nextId(),
        type: 0,
        channel_id: parts[1]!,
        author: this.botUser,
        content: body.content ?? '',
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        tts: false,
        mention_everyone: false,
        mentions: [],
        mention_roles: [],
        attachments: [],
        embeds: body.embeds ?? [],
        pinned: false,
        components: [],
      } as unknown as APIMessage;
      this.channelPosts.push(message);
      return json(res, 200, message);
    }
    // POST /interactions/{id}/{token}/callback
    if (r.method === 'POST' && parts[0] === 'interactions' && parts[3] === 'callback') {
      return this.onCallback(parts[1]!, parts[2]!, r, res);
    }
    // /webhooks/{app}/{token}[/messages/{id}]
    if (parts[0] === 'webhooks' && parts[1] === this.applicationId && parts[2] !== undefined) {
      return this.onWebhook(parts[2], parts[3] === 'messages' ? parts[4] : undefined, r, res);
    }
    return json(res, 404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(interactionId: string, token: string, r: RecordedRequest, res: ServerResponse): Handled {
    if (this.acknowledged.has(interactionId)) {
      return json(res, 400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    }
    const body = r.body as { type?: number; data?: Record<string, unknown> } | null;
    const type = body?.type;
    if (type === undefined || !Object.values(CallbackType).includes(type as never)) {
      return json(res, 400, { message: 'Invalid Form Body', code: 50035 });
    }
    this.acknowledged.add(interactionId);
    const data = body?.data ?? {};
    if (
      type === CallbackType.ChannelMessageWithSource ||
      type === CallbackType.DeferredChannelMessageWithSource
    ) {
      const deferred = type === CallbackType.DeferredChannelMessageWithSource;
      const flags = Number(data.flags ?? 0) | (deferred ? LOADING : 0);
      const message = this.newMessage(token, {
        content: deferred ? '' : String(data.content ?? ''),
        embeds: deferred ? [] : ((data.embeds as APIEmbed[] | undefined) ?? []),
        components: deferred ? [] : ((data.components as APIMessage['components']) ?? []),
        flags,
      });
      this.originals.set(token, message.id);
    }
    // Discord answers 204 with no body (and no JSON content type) unless with_response=true.
    if (r.query.with_response === 'true') {
      const id = this.originals.get(token);
      return json(res, 200, {
        interaction: { id: interactionId, type: 2 },
        resource: {
          type,
          ...(id && type === CallbackType.ChannelMessageWithSource ? { message: this.message(id) } : {}),
        },
      });
    }
    return noContent(res);
  }

  private onWebhook(
    token: string,
    messageRef: string | undefined,
    r: RecordedRequest,
    res: ServerResponse,
  ): Handled {
    if (messageRef === undefined) {
      if (r.method !== 'POST') return json(res, 405, { message: '405: Method Not Allowed', code: 0 });
      if (!this.originals.has(token)) return json(res, 404, { message: 'Unknown Webhook', code: 10015 });
      const data = (r.body ?? {}) as Record<string, unknown>;
      const message = this.newMessage(token, {
        content: String(data.content ?? ''),
        embeds: (data.embeds as APIEmbed[] | undefined) ?? [],
        components: (data.components as APIMessage['components']) ?? [],
        flags: Number(data.flags ?? 0),
      });
      return json(res, 200, message);
    }
    const id = messageRef === '@original' ? this.originals.get(token) : messageRef;
    const record = id === undefined ? undefined : this.messages.get(id);
    if (record === undefined || record.token !== token) {
      return json(res, 404, { message: 'Unknown Message', code: 10008 });
    }
    if (r.method === 'GET') return json(res, 200, record.message);
    if (r.method === 'DELETE') {
      this.messages.delete(record.message.id);
      return noContent(res);
    }
    if (r.method === 'PATCH') {
      const data = (r.body ?? {}) as Record<string, unknown>;
      const m = record.message;
      record.message = {
        ...m,
        ...(data.content !== undefined ? { content: String(data.content ?? '') } : {}),
        ...(data.embeds !== undefined ? { embeds: (data.embeds as APIEmbed[] | null) ?? [] } : {}),
        ...(data.components !== undefined
          ? { components: (data.components as APIMessage['components'] | null) ?? [] }
          : {}),
        // Editing a deferred response replaces the "thinking" state with the content.
        flags: (m.flags ?? 0) & ~LOADING,
        edited_timestamp: new Date().toISOString(),
      };
      return json(res, 200, record.message);
    }
    return json(res, 405, { message: '405: Method Not Allowed', code: 0 });
  }

  private newMessage(
    token: string,
    init: Pick<APIMessage, 'content' | 'embeds'> & { flags: number; components: APIMessage['components'] },
  ): APIMessage {
    const message: APIMessage = {
      id: this.nextId(),
      type: 20,
      channel_id: this.channelId,
      author: this.botUser,
      content: init.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: init.embeds,
      pinned: false,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      flags: init.flags as MessageFlags,
      components: init.components ?? [],
    };
    this.messages.set(message.id, { message, token });
    return message;
  }

  // ---- interaction payloads ------------------------------------------------------------------

  private baseInteraction(channelId = this.channelId) {
    const user: APIUser = {
      id: '1400000000000000001',
      username: 'reader',
      discriminator: '0',
      global_name: 'Reader',
      avatar: null,
    };
    return {
      id: this.nextId(),
      application_id: this.applicationId,
      token: `itok-${randomBytes(12).toString('hex')}`,
      version: 1 as const,
      guild_id: this.guildId,
      channel_id: channelId,
      channel: { id: channelId, type: 0, name: 'news', guild_id: this.guildId },
      member: {
        user,
        roles: [],
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        permissions: '2248473465835073',
      },
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
    };
  }

  /** A CHAT_INPUT command (`/brief topic:... question:...`). */
  slashCommand(name: string, options: APIApplicationCommandInteractionDataOption[] = []): APIInteraction {
    return {
      ...this.baseInteraction(),
      type: 2,
      data: { id: this.nextId(), name, type: 1, options },
    } as unknown as APIInteraction;
  }

  /** An autocomplete request while the user types into `focused`. */
  autocomplete(
    name: string,
    focused: string,
    value: string,
    others: APIApplicationCommandInteractionDataOption[] = [],
  ): APIInteraction {
    return {
      ...this.baseInteraction(),
      type: 4,
      data: {
        id: this.nextId(),
        name,
        type: 1,
        options: [...others, { name: focused, type: 3, value, focused: true }],
      },
    } as unknown as APIInteraction;
  }

  /** A click on a button of `message` (a message the double holds). */
  button(message: APIMessage, customId: string): APIInteraction {
    return {
      ...this.baseInteraction(message.channel_id),
      type: 3,
      message,
      data: { custom_id: customId, component_type: 2 },
    } as unknown as APIInteraction;
  }

  /** A modal submitted from a component of `message`; `fields` maps text input ids to values. */
  modalSubmit(customId: string, fields: Record<string, string>, message?: APIMessage): APIInteraction {
    return {
      ...this.baseInteraction(message?.channel_id),
      type: 5,
      ...(message ? { message } : {}),
      data: {
        custom_id: customId,
        components: Object.entries(fields).map(([id, value], i) => ({
          type: 18,
          id: 2 * i + 1,
          component: { type: 4, id: 2 * i + 2, custom_id: id, value },
        })),
      },
    } as unknown as APIInteraction;
  }
}

/** Marks a request as answered; route handlers return it so every branch visibly responds. */
type Handled = true;

function json(res: ServerResponse, status: number, body: unknown): Handled {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
  return true;
}

/** Discord's empty success: 204 and no content type (a JSON type with no body breaks clients). */
function noContent(res: ServerResponse): Handled {
  res.writeHead(204);
  res.end();
  return true;
}
