/**
 * Polite and safe HTTP fetching for ingestion. Only http(s); the host name is resolved first and
 * every address checked (private, loopback, link-local, ... are refused unless allowed), then the
 * connection is pinned to the checked address so a second DNS answer cannot swap it (rebinding).
 * Each hop waits for the per-host gate, sends a clear User-Agent and the stored validators, and has
 * a deadline; at most `maxRedirects` redirects, loops refused; bodies are read up to `maxBytes`
 * (after decompression) and reading stops there. Every failure is a value naming the URL.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { nonPublicReason } from './addresses.js';
import type { HostGate } from './host-gate.js';

export type FetchErrorCode =
  | 'bad-url'
  | 'scheme'
  | 'private-address'
  | 'dns'
  | 'timeout'
  | 'too-large'
  | 'too-many-redirects'
  | 'redirect-loop'
  | 'http-status'
  | 'network';

export type FetchResult =
  | {
      ok: true;
      status: 200;
      /** The URL the body came from, after redirects. */
      url: string;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; status: 304; url: string; etag: string | null; lastModified: string | null }
  | { ok: false; url: string; code: FetchErrorCode; message: string; status?: number };

export interface FetchRequest {
  url: string;
  accept: string;
  etag?: string | null;
  lastModified?: string | null;
}

export interface Address {
  address: string;
  family: number;
}

export interface FetcherOptions {
  userAgent: string;
  gate: HostGate;
  allowPrivate: boolean;
  /** Deadline for one hop: connect, headers and body. */
  timeoutMs: number;
  /** Most bytes of (decompressed) body read. */
  maxBytes: number;
  maxRedirects: number;
  /** DNS; tests inject names. Default: the system resolver, every address. */
  resolve?: (hostname: string) => Promise<Address[]>;
}

export type Fetcher = (request: FetchRequest) => Promise<FetchResult>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolve = async (hostname: string): Promise<Address[]> =>
  dnsLookup(hostname, { all: true, verbatim: true });

type Hop =
  | { kind: 'redirect'; location: string }
  | Extract<FetchResult, { ok: true }>
  | { kind: 'fail'; code: FetchErrorCode; message: string; status?: number };

export function createFetcher(options: FetcherOptions): Fetcher {
  const resolve = options.resolve ?? systemResolve;

  return async (request) => {
    const fail = (url: string, code: FetchErrorCode, message: string, status?: number): FetchResult => ({
      ok: false,
      url,
      code,
      message,
      ...(status !== undefined ? { status } : {}),
    });
    const visited = new Set<string>();
    let current = request.url;
    for (let hop = 0; ; hop++) {
      let url: URL;
      try {
        url = new URL(current);
      } catch {
        return fail(current, 'bad-url', `not a URL: "${current}"`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        return fail(current, 'scheme', `only http and https URLs are fetched (got ${url.protocol})`);
      }
      url.hash = '';
      const key = url.toString();
      if (visited.has(key)) return fail(request.url, 'redirect-loop', `redirect loop back to ${key}`);
      visited.add(key);

      const target = await pickAddress(url.hostname, resolve, options.allowPrivate);
      if (!target.ok) return fail(key, target.code, target.message);

      await options.gate.wait(url.host);
      const result = await requestOnce(url, target.address, request, options);
      if ('kind' in result) {
        if (result.kind === 'fail') return fail(key, result.code, result.message, result.status);
        if (hop >= options.maxRedirects) {
          return fail(
            request.url,
            'too-many-redirects',
            `more than ${options.maxRedirects} redirects (last to ${result.location})`,
          );
        }
        try {
          current = new URL(result.location, key).toString();
        } catch {
          return fail(key, 'bad-url', `redirect to an invalid URL "${result.location}"`);
        }
        continue;
      }
      return result;
    }
  };
}

type Picked = { ok: true; address: Address } | { ok: false; code: FetchErrorCode; message: string };

/** Resolves and checks; refuses when ANY answer is non-public, so a mixed answer cannot slip past. */
async function pickAddress(
  hostname: string,
  resolve: (hostname: string) => Promise<Address[]>,
  allowPrivate: boolean,
): Promise<Picked> {
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  let addresses: Address[];
  if (isIP(bare)) {
    addresses = [{ address: bare, family: isIP(bare) }];
  } else {
    try {
      addresses = await resolve(bare);
    } catch (err) {
      return { ok: false, code: 'dns', message: `cannot resolve ${bare}: ${(err as Error).message}` };
    }
    if (addresses.length === 0) return { ok: false, code: 'dns', message: `no address for ${bare}` };
  }
  if (!allowPrivate) {
    for (const a of addresses) {
      const why = nonPublicReason(a.address);
      if (why) {
        return {
          ok: false,
          code: 'private-address',
          message: `${bare} resolves to ${a.address} (${why}); set BRIEFBOT_ALLOW_PRIVATE_FETCH=1 to allow private addresses`,
        };
      }
    }
  }
  return { ok: true, address: addresses[0]! };
}

function header(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? (value[0] ?? null) : value;
}

/** One request to a checked address; follows nothing. */
function requestOnce(
  url: URL,
  address: Address,
  request: FetchRequest,
  options: FetcherOptions,
): Promise<Hop> {
  return new Promise<Hop>((settle) => {
    let done = false;
    const finish = (hop: Hop) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      settle(hop);
    };
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: request.accept,
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag) headers['if-none-match'] = request.etag;
    if (request.lastModified) headers['if-modified-since'] = request.lastModified;
    // Pinned: the socket connects to the address that was checked, whatever DNS says now.
    const pinned: LookupFunction = (_host, opts, callback) => {
      if (typeof opts === 'object' && opts?.all) {
        (callback as unknown as (e: null, a: Address[]) => void)(null, [address]);
      } else callback(null, address.address, address.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, { method: 'GET', headers, lookup: pinned, agent: false });
    const timer = setTimeout(() => {
      finish({ kind: 'fail', code: 'timeout', message: `no complete answer within ${options.timeoutMs} ms` });
      req.destroy();
    }, options.timeoutMs);

    req.on('error', (err) => finish({ kind: 'fail', code: 'network', message: err.message }));
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const etag = header(res.headers.etag);
      const lastModified = header(res.headers['last-modified']);
      if (REDIRECTS.has(status)) {
        res.resume();
        const location = header(res.headers.location);
        if (!location) {
          finish({ kind: 'fail', code: 'http-status', message: `HTTP ${status} without a Location`, status });
        } else finish({ kind: 'redirect', location });
        return;
      }
      if (status === 304) {
        res.resume();
        finish({ ok: true, status: 304, url: url.toString(), etag, lastModified });
        return;
      }
      if (status < 200 || status > 299) {
        res.resume();
        finish({ kind: 'fail', code: 'http-status', message: `HTTP ${status}`, status });
        return;
      }
      const declared = Number(header(res.headers['content-length']) ?? Number.NaN);
      const encoding = (header(res.headers['content-encoding']) ?? 'identity').trim().toLowerCase();
      if (encoding === 'identity' && declared > options.maxBytes) {
        finish(tooLarge(options.maxBytes, `declared ${declared} bytes`));
        req.destroy();
        return;
      }
      let stream: Readable = res;
      if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
      else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
      else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
      else if (encoding !== 'identity') {
        finish({ kind: 'fail', code: 'network', message: `unsupported content-encoding "${encoding}"` });
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          finish(tooLarge(options.maxBytes, 'the body kept coming'));
          // Stop reading: closing the socket stops the download, not just our buffering.
          req.destroy();
          stream.destroy();
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', (err) => finish({ kind: 'fail', code: 'network', message: err.message }));
      res.on('aborted', () =>
        finish({ kind: 'fail', code: 'network', message: 'connection closed mid-body' }),
      );
      stream.on('end', () =>
        finish({
          ok: true,
          status: 200,
          url: url.toString(),
          body: Buffer.concat(chunks),
          contentType: header(res.headers['content-type']),
          etag,
          lastModified,
        }),
      );
    });
    req.end();
  });
}

function tooLarge(maxBytes: number, detail: string): Hop {
  const mb = (maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) === 0 ? 0 : 1);
  return {
    kind: 'fail',
    code: 'too-large',
    message: `response over the ${mb} MB limit (${detail}): not read`,
  };
}
