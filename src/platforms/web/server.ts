/**
 * The one HTTP server on PORT: the web console, the JSON API, health probes and (when Slack runs in
 * HTTP mode) Slack's endpoint. Plain node:http. Nothing a client sends can crash it: every handler
 * runs inside one catch that logs the bug and answers 500.
 */
import http from 'node:http';
import type { BriefingApi } from '../../briefing/service-api.js';
import type { Logger } from '../../log/logger.js';
import type { ThreadKey } from '../../briefing/ports.js';
import { type ApiDeps, apiRoutes } from './api-routes.js';
import { allowedHostNames, refuseForeignRequest } from './host-check.js';
import { sendError, sendJson, setSecurityHeaders } from './http-reply.js';
import { createNewThreadLimit } from './new-thread-limit.js';
import { DEFAULT_BODY_LIMIT_BYTES } from './read-json-body.js';
import { matchRoute, type Route } from './router.js';
import { loadStaticFiles, sendStatic } from './static-files.js';

export interface Probe {
  ok: boolean;
  details: Record<string, unknown>;
}

export interface WebServerOptions {
  api: BriefingApi;
  logger: Logger;
  /** Alive: the process can answer. */
  health: () => Probe;
  /** Ready: corpus loaded and store open. */
  ready: () => Probe;
  /** Slack's HTTP receiver; without it POST /slack/events is 404. */
  slack?: http.RequestListener;
  bodyLimitBytes?: number;
  /** HOST as configured: a name the console answers to, besides the loopback ones. */
  host?: string;
  /** More names it answers to (BRIEFBOT_ALLOWED_HOSTS), e.g. its name behind a proxy. */
  allowedHosts?: readonly string[];
  /** New threads one client may start per minute (0: no limit), and how to tell a new thread. */
  newThreads?: { perMinute: number; isNew(key: ThreadKey): Promise<boolean> };
  /** Digest subscriptions for /api/subscriptions, and the console's kept conversations. */
  subscriptions?: ApiDeps['subscriptions'];
  conversations?: ApiDeps['conversations'];
}

/**
 * Requests the Host and Origin rules do not apply to. Slack reaches its endpoint through whatever
 * public name the app is configured with, and the request signature is what authenticates it;
 * health probes come from orchestrators by address and reveal nothing but counts.
 */
function exempt(method: string, path: string): boolean {
  if (path === '/slack/events') return method === 'POST';
  return (path === '/healthz' || path === '/readyz') && (method === 'GET' || method === 'HEAD');
}

function probeRoute(pattern: string, probe: () => Probe): Route {
  return {
    method: 'GET',
    pattern,
    handler: ({ res }) => {
      const { ok, details } = probe();
      sendJson(res, ok ? 200 : 503, { ok, details });
    },
  };
}

export function createWebServer(options: WebServerOptions): http.Server {
  const { api, logger, slack } = options;
  const files = loadStaticFiles();
  const routes: Route[] = [
    ...[...files].map(([pattern, file]): Route => ({
      method: 'GET',
      pattern,
      handler: ({ res }) => sendStatic(res, file),
    })),
    ...apiRoutes({
      api,
      logger,
      bodyLimitBytes: options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES,
      ...(options.subscriptions ? { subscriptions: options.subscriptions } : {}),
      ...(options.conversations ? { conversations: options.conversations } : {}),
      ...(options.newThreads && options.newThreads.perMinute > 0
        ? {
            newThreads: {
              isNew: options.newThreads.isNew,
              limit: createNewThreadLimit(options.newThreads.perMinute),
            },
          }
        : {}),
    }),
    probeRoute('/healthz', options.health),
    probeRoute('/readyz', options.ready),
    {
      method: 'POST',
      pattern: '/slack/events',
      handler: ({ req, res }) => {
        if (!slack) {
          sendError(
            res,
            404,
            'not-found',
            'Slack is not enabled on this server (set the SLACK_* variables).',
          );
          return;
        }
        // Bolt reads the raw body itself (it signs it), so the request is handed over untouched.
        slack(req, res);
      },
    },
  ];
  const allowedHosts = allowedHostNames(options.host, options.allowedHosts);

  return http.createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const started = performance.now();
    res.on('finish', () => {
      // The query string is left out: digest `since` values are harmless, but keep logs to paths.
      const path = rawUrl.split('?')[0];
      const ms = Math.round(performance.now() - started);
      logger.debug({ method, path, status: res.statusCode, ms }, 'web request');
    });
    try {
      setSecurityHeaders(res);
      if (!rawUrl.startsWith('/')) {
        sendError(res, 400, 'bad-request', 'The request target must be a path starting with "/".');
        return;
      }
      // Concatenated, not resolved: `//x` must stay a path, not become a host.
      const url = new URL(`http://localhost${rawUrl}`);
      const refusal = exempt(method, url.pathname) ? null : refuseForeignRequest(req, allowedHosts);
      if (refusal) {
        sendError(res, refusal.status, refusal.code, refusal.message);
        return;
      }
      const match = matchRoute(routes, method, url.pathname);
      switch (match.kind) {
        case 'found':
          await match.handler({ req, res, url, params: match.params });
          return;
        case 'method-not-allowed':
          sendError(
            res,
            405,
            'method-not-allowed',
            `${method} is not allowed on ${url.pathname}; use ${match.allow.join(' or ')}.`,
            { headers: { Allow: match.allow.join(', ') } },
          );
          return;
        case 'bad-path':
          sendError(res, 400, 'bad-request', match.message);
          return;
        case 'not-found':
          sendError(
            res,
            404,
            'not-found',
            `Nothing at ${method} ${url.pathname}. The API is under /api/; the console is at /.`,
          );
          return;
      }
    } catch (err) {
      logger.error({ err, method, url: rawUrl }, 'web request failed');
      if (!res.headersSent) {
        sendError(res, 500, 'internal', 'Something went wrong on the server; it has been logged. Try again.');
      } else {
        res.destroy();
      }
    }
  }
}
