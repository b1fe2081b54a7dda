/**
 * Writing HTTP responses: JSON bodies, error bodies of one shape, and the security headers every
 * response carries. Kept apart from routing so handlers read as "what", not "how".
 */
import type { ServerResponse } from 'node:http';

/**
 * Only our own origin may supply scripts, styles, images and connections: the console loads
 * nothing from elsewhere, so a CSP this tight costs nothing and stops injected markup cold.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** The body of every error response: a code a script can branch on and a sentence a person can act on. */
export interface ErrorBody {
  error: { code: string; message: string; suggestions?: string[] };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    // Answers depend on the thread and the corpus: a cached one would be wrong.
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extra: { suggestions?: string[]; headers?: Record<string, string> } = {},
): void {
  const body: ErrorBody = { error: { code, message } };
  if (extra.suggestions && extra.suggestions.length > 0) body.error.suggestions = extra.suggestions;
  sendJson(res, status, body, extra.headers);
}
