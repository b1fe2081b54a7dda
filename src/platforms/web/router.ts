/**
 * A small route table: method + path pattern (`/api/sources/:id`) -> handler. Matching tells apart
 * "no such route" (404) from "route exists, wrong method" (405, with the Allow header).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Record<string, string>;
}

export type RouteHandler = (ctx: RouteContext) => Promise<void> | void;

export interface Route {
  method: 'GET' | 'POST';
  pattern: string;
  handler: RouteHandler;
}

export type RouteMatch =
  | { kind: 'found'; handler: RouteHandler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'bad-path'; message: string };

/** Segment-wise match; `:name` takes one segment, percent-decoded (so ids may hold an encoded `/`). */
function matchPattern(pattern: string, path: string): Record<string, string> | null | 'bad-encoding' {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (g === '') return null;
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return 'bad-encoding';
      }
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const allow = new Set<string>();
  // HEAD is GET without a body (node drops the body itself), so health probes may use either.
  const effective = method === 'HEAD' ? 'GET' : method;
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params === null) continue;
    if (params === 'bad-encoding')
      return { kind: 'bad-path', message: `The path ${path} is not valid percent-encoding.` };
    if (route.method === effective) return { kind: 'found', handler: route.handler, params };
    allow.add(route.method);
    if (route.method === 'GET') allow.add('HEAD');
  }
  return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow].sort() } : { kind: 'not-found' };
}
