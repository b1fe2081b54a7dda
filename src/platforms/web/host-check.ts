/**
 * The DNS rebinding defence of the console and API. A web page whose name an attacker re-points to
 * 127.0.0.1 reaches this server as a same-origin page, but its requests still carry the attacker's
 * name in `Host`; a page elsewhere can still send (if not read) a POST, with its own `Origin`. So a
 * request is answered only when `Host` names this server, and a state-changing one only when its
 * `Origin`, if any, does too (curl and other non-browser clients send none).
 */
import type { IncomingMessage } from 'node:http';

/** Names every server answers to: the loopback names a local browser uses. */
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Binding addresses that name no host, so they allow nothing by themselves. */
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

const STATE_CHANGING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/** A `Host` value: a name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[a-z0-9_.-]+)(?::\d{1,5})?$/;

/** The names the server answers to: loopback, the configured HOST and BRIEFBOT_ALLOWED_HOSTS. */
export function allowedHostNames(configuredHost?: string, extra: readonly string[] = []): Set<string> {
  const names = new Set([...LOOPBACK_NAMES, ...extra.map((h) => h.toLowerCase())]);
  if (configuredHost) {
    const host = configuredHost.trim().toLowerCase();
    const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
    if (!WILDCARDS.has(bracketed)) names.add(bracketed);
  }
  return names;
}

/** The host name of a `Host` header, lower-cased, without its port; null when it is malformed. */
export function hostName(header: string | undefined): string | null {
  if (header === undefined) return null;
  // No URL parsing: it would take `attacker.example@127.0.0.1` for 127.0.0.1.
  const m = HOST_HEADER.exec(header.trim().toLowerCase());
  return m ? m[1]! : null;
}

/** The host name of an `Origin` header; null for "null", other schemes or anything malformed. */
function originHostName(origin: string): string | null {
  const m = /^https?:\/\/(.*)$/.exec(origin.trim().toLowerCase());
  return m ? hostName(m[1]) : null;
}

export type Refusal = { status: 421 | 403; code: string; message: string };

/** Why the request may not be answered, or null when it may. */
export function refuseForeignRequest(req: IncomingMessage, allowed: ReadonlySet<string>): Refusal | null {
  const host = hostName(req.headers.host);
  if (host === null || !allowed.has(host)) {
    return {
      status: 421,
      code: 'misdirected-request',
      message:
        'This server does not answer for that host name. Open it as localhost or 127.0.0.1, or add the name to BRIEFBOT_ALLOWED_HOSTS.',
    };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && STATE_CHANGING.has(req.method ?? 'GET')) {
    const from = originHostName(origin);
    if (from === null || !allowed.has(from)) {
      return {
        status: 403,
        code: 'forbidden-origin',
        message: 'Requests from pages on other sites are refused. Use the console served by this server.',
      };
    }
  }
  return null;
}
