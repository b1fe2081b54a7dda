/**
 * The JSON API under /api: brief, ask, digest preview, topics and sources; the console's
 * conversations and digest subscriptions. Bodies and queries are parsed with zod; service results
 * become Answer JSON (200) or the user error's status and message.
 */
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { BriefingApi, ServiceResult } from '../../briefing/service-api.js';
import {
  digestTargetProblem,
  runSubscriptionCommand,
  type SubscriptionCommandDeps,
  type SubscriptionReply,
} from '../../digest/subscription-commands.js';
import type { Logger } from '../../log/logger.js';
import type { ConsoleLog, ConsoleRequest, ThreadKey } from '../../briefing/ports.js';
import { sendError, sendJson } from './http-reply.js';
import { readJsonBody } from './read-json-body.js';
import {
  askBodySchema,
  briefBodySchema,
  describeIssues,
  sinceSchema,
  subscribeBodySchema,
  threadIdSchema,
  unsubscribeBodySchema,
  webThreadKey,
} from './request-schemas.js';
import { clientOf, type NewThreadLimit } from './new-thread-limit.js';
import type { Route, RouteContext } from './router.js';
import { statusForUserError } from './user-error-status.js';

export interface ApiDeps {
  api: BriefingApi;
  bodyLimitBytes: number;
  /** Limits how fast one client starts new threads; absent: no limit. */
  newThreads?: { isNew(key: ThreadKey): Promise<boolean>; limit: NewThreadLimit };
  /** Digest subscriptions, managed like the CLI does (absent: those routes answer 503). */
  subscriptions?: SubscriptionCommandDeps;
  /** The console's conversations as shown (absent: they are not listed). */
  conversations?: ConsoleLog;
  logger?: Logger;
}

/** How many conversations the console lists. */
const LISTED_CONVERSATIONS = 50;

const SUBSCRIPTION_STATUS: Record<NonNullable<Extract<SubscriptionReply, { ok: false }>['code']>, number> = {
  usage: 400,
  'unknown-topic': 404,
  'not-subscribed': 404,
  forbidden: 403,
};

function sendSubscriptionReply(res: ServerResponse, reply: SubscriptionReply): void {
  if (reply.ok) sendJson(res, 200, { message: reply.message, subscriptions: reply.subscriptions ?? [] });
  else sendError(res, SUBSCRIPTION_STATUS[reply.code ?? 'usage'], reply.code ?? 'usage', reply.message);
}

const NO_SUBSCRIPTIONS = 'Scheduled digests are not set up in this briefbot (it runs without its store).';

/**
 * The thread key of a request, or null when the client is over its new-thread limit (the 429 is
 * then sent already).
 */
async function threadFor(ctx: RouteContext, deps: ApiDeps, id: string | undefined) {
  if (id === undefined) return undefined;
  const key = webThreadKey(id);
  if (!deps.newThreads || !(await deps.newThreads.isNew(key))) return key;
  const taken = deps.newThreads.limit.take(clientOf(ctx.req.socket.remoteAddress));
  if (taken.ok) return key;
  sendError(
    ctx.res,
    429,
    'too-many-threads',
    `Too many new conversations from this address; continue an existing one or try again in ${taken.retryAfterSec} s.`,
    { headers: { 'Retry-After': String(taken.retryAfterSec) } },
  );
  return null;
}

/** Keeps an answer given in a conversation, so the console can list and re-draw it later. */
async function remember(
  deps: ApiDeps,
  thread: ThreadKey | undefined,
  request: ConsoleRequest,
  result: ServiceResult,
): Promise<void> {
  if (!deps.conversations || !thread || !result.ok) return;
  try {
    await deps.conversations.append(thread.thread, request, result.answer, new Date());
  } catch (err) {
    // The answer still goes out; only the console's list misses it.
    deps.logger?.warn({ err }, 'could not keep the console conversation');
  }
}

function sendResult(res: ServerResponse, result: ServiceResult): void {
  if (result.ok) {
    sendJson(res, 200, result.answer);
    return;
  }
  const { code, message, suggestions } = result.error;
  sendError(res, statusForUserError(code), code, message, suggestions ? { suggestions } : {});
}

/** Reads and validates a JSON body; on failure the response is already sent and null comes back. */
async function parseBody<T>(ctx: RouteContext, deps: ApiDeps, schema: z.ZodType<T>): Promise<T | null> {
  const body = await readJsonBody(ctx.req, deps.bodyLimitBytes);
  if (!body.ok) {
    sendError(ctx.res, body.status, body.code, body.message);
    return null;
  }
  const parsed = schema.safeParse(body.value);
  if (!parsed.success) {
    sendError(ctx.res, 400, 'bad-request', describeIssues(parsed.error));
    return null;
  }
  return parsed.data;
}

/**
 * `POST /api/brief` and `/api/ask`: the body read, its conversation's thread opened (within the
 * new-thread limit), the service asked, the answer kept for the console's list and sent.
 */
function answerRoute<T extends { thread?: string | undefined }>(
  deps: ApiDeps,
  pattern: string,
  schema: z.ZodType<T>,
  ask: (body: T, thread: ThreadKey | undefined) => Promise<ServiceResult>,
  kept: (body: T) => ConsoleRequest,
): Route {
  return {
    method: 'POST',
    pattern,
    handler: async (ctx) => {
      const body = await parseBody(ctx, deps, schema);
      if (!body) return;
      const thread = await threadFor(ctx, deps, body.thread);
      if (thread === null) return;
      const result = await ask(body, thread);
      await remember(deps, thread, kept(body), result);
      sendResult(ctx.res, result);
    },
  };
}

export function apiRoutes(deps: ApiDeps): Route[] {
  const { api } = deps;
  return [
    answerRoute(
      deps,
      '/api/brief',
      briefBodySchema,
      (body, thread) =>
        api.brief({
          topic: body.topic,
          ...(body.timeline ? { timeline: true } : {}),
          ...(thread ? { thread } : {}),
        }),
      (body) => ({ kind: 'brief', text: body.topic, ...(body.timeline ? { timeline: true } : {}) }),
    ),
    answerRoute(
      deps,
      '/api/ask',
      askBodySchema,
      (body, thread) =>
        api.ask({
          question: body.question,
          ...(body.topic ? { topic: body.topic } : {}),
          ...(thread ? { thread } : {}),
        }),
      (body) => ({ kind: 'ask', text: body.question.trim() }),
    ),
    {
      method: 'GET',
      pattern: '/api/digest/:topic',
      handler: async (ctx) => {
        const rawSince = ctx.url.searchParams.get('since');
        let since: Date | undefined;
        if (rawSince !== null && rawSince !== '') {
          const parsed = sinceSchema.safeParse(rawSince);
          if (!parsed.success) {
            sendError(ctx.res, 400, 'bad-request', describeIssues(parsed.error));
            return;
          }
          since = parsed.data;
        }
        const result = await api.digest({ topic: ctx.params.topic!, ...(since ? { since } : {}) });
        sendResult(ctx.res, result);
      },
    },
    {
      method: 'GET',
      pattern: '/api/topics',
      handler: (ctx) => sendJson(ctx.res, 200, { topics: api.topics() }),
    },
    {
      method: 'GET',
      pattern: '/api/sources/:id',
      handler: (ctx) => {
        const id = ctx.params.id!;
        const view = api.source(id);
        if (!view) {
          sendError(ctx.res, 404, 'unknown-source', `No article has the id "${id}".`);
          return;
        }
        sendJson(ctx.res, 200, view);
      },
    },
    {
      method: 'GET',
      pattern: '/api/conversations',
      handler: async (ctx) => {
        const conversations = deps.conversations ? await deps.conversations.list(LISTED_CONVERSATIONS) : [];
        sendJson(ctx.res, 200, { conversations });
      },
    },
    {
      method: 'GET',
      pattern: '/api/conversations/:thread',
      handler: async (ctx) => {
        const id = threadIdSchema.safeParse(ctx.params.thread);
        const entries = id.success && deps.conversations ? await deps.conversations.get(id.data) : null;
        if (!entries) {
          sendError(
            ctx.res,
            404,
            'unknown-conversation',
            'No conversation has this id (it may have expired); start a new one.',
          );
          return;
        }
        sendJson(ctx.res, 200, { thread: ctx.params.thread, entries });
      },
    },
    {
      method: 'GET',
      pattern: '/api/subscriptions',
      handler: async (ctx) => {
        if (!deps.subscriptions) return sendError(ctx.res, 503, 'no-subscriptions', NO_SUBSCRIPTIONS);
        const platform = ctx.url.searchParams.get('platform') ?? undefined;
        const channel = ctx.url.searchParams.get('channel') ?? undefined;
        const problem = digestTargetProblem(platform, channel);
        if (problem) return sendError(ctx.res, 400, 'bad-request', problem);
        if ((platform === undefined) !== (channel === undefined)) {
          return sendError(
            ctx.res,
            400,
            'bad-request',
            'Give both platform and channel, or neither (all subscriptions).',
          );
        }
        const subscriptions = await deps.subscriptions.subscriptions.listSubscriptions(
          platform && channel ? { platform, channel } : undefined,
        );
        sendJson(ctx.res, 200, { subscriptions });
      },
    },
    subscriptionChange(deps, '/api/subscriptions', subscribeBodySchema, 'subscribe', (b) => b.subscription),
    subscriptionChange(
      deps,
      '/api/subscriptions/remove',
      unsubscribeBodySchema,
      'unsubscribe',
      (b) => b.topic,
    ),
  ];
}

/** `POST` routes that subscribe or unsubscribe a channel: the body's words go to the shared handler. */
function subscriptionChange<T extends { platform: string; channel: string }>(
  deps: ApiDeps,
  pattern: string,
  schema: z.ZodType<T>,
  command: 'subscribe' | 'unsubscribe',
  words: (body: T) => string,
): Route {
  return {
    method: 'POST',
    pattern,
    handler: async (ctx) => {
      if (!deps.subscriptions) return sendError(ctx.res, 503, 'no-subscriptions', NO_SUBSCRIPTIONS);
      const body = await parseBody(ctx, deps, schema);
      if (!body) return;
      const problem = digestTargetProblem(body.platform, body.channel);
      if (problem) return sendError(ctx.res, 400, 'bad-request', problem);
      const target = { platform: body.platform, channel: body.channel };
      sendSubscriptionReply(
        ctx.res,
        await runSubscriptionCommand(deps.subscriptions, target, command, words(body)),
      );
    },
  };
}
