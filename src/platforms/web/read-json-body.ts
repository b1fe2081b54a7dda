/**
 * Reads a JSON request body with a size limit. Every way a body can be wrong (content type, size,
 * syntax) comes back as a value carrying the HTTP status and a message, never as a throw.
 */
import type { IncomingMessage } from 'node:http';

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** How much of an oversized body is read and discarded before the connection is cut. */
const DRAIN_ALLOWANCE_BYTES = 1024 * 1024;

export type BodyResult =
  { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; code: string; message: string };

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const type = header.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

function tooLarge(limit: number): BodyResult {
  return {
    ok: false,
    status: 413,
    code: 'body-too-large',
    message: `Request body is larger than ${limit} bytes; send a shorter question.`,
  };
}

export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  if (!isJsonContentType(req.headers['content-type'])) {
    return {
      ok: false,
      status: 415,
      code: 'unsupported-media-type',
      message: 'Send the body as JSON with the header "Content-Type: application/json".',
    };
  }
  const declared = Number(req.headers['content-length']);
  // Refuse before reading a byte when the client already says the body is too large.
  if (Number.isFinite(declared) && declared > limitBytes) return tooLarge(limitBytes);

  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  try {
    for await (const chunk of req) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > limitBytes) {
        // Stop buffering but keep draining, so the client gets its 413 instead of a reset socket;
        // past the drain allowance the connection is dropped (leaving the loop destroys it).
        overflow = true;
        chunks.length = 0;
        if (size > limitBytes + DRAIN_ALLOWANCE_BYTES) break;
        continue;
      }
      if (!overflow) chunks.push(buf);
    }
  } catch {
    return { ok: false, status: 400, code: 'bad-body', message: 'The request body could not be read.' };
  }
  if (overflow) return tooLarge(limitBytes);

  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') {
    return {
      ok: false,
      status: 400,
      code: 'bad-json',
      message: 'The request body is empty; send a JSON object.',
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    return {
      ok: false,
      status: 400,
      code: 'bad-json',
      message: `The request body is not valid JSON (${(err as Error).message}).`,
    };
  }
}
