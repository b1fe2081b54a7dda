/**
 * The JSON API under /api: brief, ask, digest preview, topics and sources. Bodies and queries are
 * parsed with zod; service results become Answer JSON (200) or the user error's status and message.
 */
import type { ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { BriefingApi, ServiceResult } from '../../briefing/service-api.js';
import type { ThreadKey } from '../../store/store.js';
import { sendError, sendJson } from './http-reply.js';
import { readJsonBody } from './read-json-body.js';
import {
  askBodySchema,
  briefBodySchema,
  describeIssues,
  sinceSchema,
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
}

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

export function apiRoutes(deps: ApiDeps): Route[] {
  const { api } = deps;
  return [
    {
      method: 'POST',
      pattern: '/api/brief',
      handler: async (ctx) => {
        const body = await parseBody(ctx, deps, briefBodySchema);
        if (!body) return;
        const thread = await threadFor(ctx, deps, body.thread);
        if (thread === null) return;
        const result = await api.brief({
          topic: body.topic,
          ...(body.timeline ? { timeline: true } : {}),
          ...(thread ? { thread } : {}),
        });
        sendResult(ctx.res, result);
      },
    },
    {
      method: 'POST',
      pattern: '/api/ask',
      handler: async (ctx) => {
        const body = await parseBody(ctx, deps, askBodySchema);
        if (!body) return;
        const thread = await threadFor(ctx, deps, body.thread);
        if (thread === null) return;
        const result = await api.ask({
          question: body.question,
          ...(body.topic ? { topic: body.topic } : {}),
          ...(thread ? { thread } : {}),
        });
        sendResult(ctx.res, result);
      },
    },
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
  ];
}
