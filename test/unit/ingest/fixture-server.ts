/**
 * A loopback HTTP server for the ingestion tests: serves the feeds and pages in
 * test/fixtures/ingest (with `{{BASE}}` replaced by its own address), answers conditional requests
 * with 304, and plays the bad cases — a missing page, a 20 MB body, redirect loops and chains,
 * malformed XML, windows-1252 bytes, an unknown charset. It records every request it gets.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest', import.meta.url));

export interface Seen {
  path: string;
  headers: http.IncomingHttpHeaders;
}

export interface FixtureServer {
  base: string;
  /** Every request, in order. */
  requests: Seen[];
  /** Requests for one path (query ignored). */
  hits(path: string): Seen[];
  /** Full (200) bodies sent per path. */
  downloads: Map<string, number>;
  /** Bytes the 20 MB routes managed to write before the client went away. */
  hugeBytesWritten(): number;
  /** Replace a route's text (e.g. a feed gains an item); its ETag changes with it. */
  setText(path: string, body: string | null): void;
  close(): Promise<void>;
}

const TWENTY_MB = 20 * 1024 * 1024;

/** windows-1252 bytes for text whose characters all exist in it (the fixture pages). */
export function encodeCp1252(text: string): Buffer {
  const high: Record<number, number> = {
    0x20ac: 0x80,
    0x201a: 0x82,
    0x0192: 0x83,
    0x201e: 0x84,
    0x2026: 0x85,
    0x2020: 0x86,
    0x2021: 0x87,
    0x02c6: 0x88,
    0x2030: 0x89,
    0x0160: 0x8a,
    0x2039: 0x8b,
    0x0152: 0x8c,
    0x017d: 0x8e,
    0x2018: 0x91,
    0x2019: 0x92,
    0x201c: 0x93,
    0x201d: 0x94,
    0x2022: 0x95,
    0x2013: 0x96,
    0x2014: 0x97,
    0x02dc: 0x98,
    0x2122: 0x99,
    0x0161: 0x9a,
    0x203a: 0x9b,
    0x0153: 0x9c,
    0x017e: 0x9e,
    0x0178: 0x9f,
  };
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) bytes.push(c);
    else if (high[c] !== undefined) bytes.push(high[c]!);
    else throw new Error(`U+${c.toString(16)} has no windows-1252 byte`);
  }
  return Buffer.from(bytes);
}

interface Route {
  body: () => Buffer;
  type: string;
  /** Conditional GET support (ETag + Last-Modified). */
  validators?: boolean;
  encoding?: 'gzip';
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const requests: Seen[] = [];
  const downloads = new Map<string, number>();
  const overrides = new Map<string, string | null>();
  let hugeWritten = 0;
  let base = '';
  const text = (file: string) => readFileSync(join(FIXTURES, file), 'utf8').replaceAll('{{BASE}}', base);
  const utf8 = (file: string) => () => Buffer.from(text(file), 'utf8');

  const routes: Record<string, Route> = {
    '/rss.xml': { body: utf8('rss.xml'), type: 'application/rss+xml; charset=utf-8', validators: true },
    '/atom.xml': { body: utf8('atom.xml'), type: 'application/atom+xml', validators: true },
    '/feed.json': { body: utf8('feed.json'), type: 'application/feed+json', validators: true },
    '/malformed.xml': { body: utf8('malformed.xml'), type: 'application/rss+xml' },
    '/pakistan/pipeline-deal': { body: utf8('pages/pipeline-deal.html'), type: 'text/html; charset=utf-8' },
    '/gz/pipeline-deal': {
      body: () => gzipSync(Buffer.from(text('pages/pipeline-deal.html'))),
      type: 'text/html; charset=utf-8',
      encoding: 'gzip',
    },
    '/world/lavrov-transit-talks': { body: utf8('pages/lavrov-transit-ledger.html'), type: 'text/html' },
    '/frontier/2026/03/04/lavrov-transit': {
      body: utf8('pages/lavrov-transit-frontier.html'),
      type: 'text/html; charset=UTF-8',
    },
    // No charset in the header: the page's own <meta> says windows-1252.
    '/frontier/2026/03/05/gazprom-office': {
      body: () => encodeCp1252(text('pages/gazprom-office.cp1252.html')),
      type: 'text/html',
    },
    '/gazette/steel-mills': { body: utf8('pages/gazette-index.html'), type: 'text/html; charset=utf-8' },
    '/klingon': {
      body: () => Buffer.from(text('pages/pipeline-deal.html')),
      type: 'text/html; charset=x-klingon',
    },
    '/not-a-feed.txt': { body: () => Buffer.from('just some text\n'), type: 'text/plain' },
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    const path = url.pathname;
    requests.push({ path, headers: req.headers });

    const loop = /^\/loop\/(a|b)$/.exec(path);
    if (loop) {
      res.writeHead(302, { location: loop[1] === 'a' ? '/loop/b' : '/loop/a' }).end();
      return;
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      res.writeHead(301, { location: `/chain/${Number(chain[1]) + 1}` }).end();
      return;
    }
    if (path === '/redirect-to-rss') {
      res.writeHead(301, { location: `${base}/rss.xml` }).end();
      return;
    }
    if (path === '/huge' || path === '/huge-declared') {
      const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/rss+xml' };
      if (path === '/huge-declared') headers['content-length'] = TWENTY_MB;
      res.writeHead(200, headers);
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      let gone = false;
      res.on('close', () => {
        gone = true;
      });
      const pump = () => {
        while (!gone && sent < TWENTY_MB) {
          sent += chunk.length;
          hugeWritten += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        if (!gone) res.end();
      };
      pump();
      return;
    }

    const route = routes[path];
    const override = overrides.get(path);
    if (!route || override === null) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    const body = override !== undefined ? Buffer.from(override.replaceAll('{{BASE}}', base)) : route.body();
    const headers: http.OutgoingHttpHeaders = { 'content-type': route.type };
    if (route.encoding) headers['content-encoding'] = route.encoding;
    if (route.validators) {
      const etag = `"${path.length}-${body.length}-${override === undefined ? 'v1' : 'v2'}"`;
      const lastModified = 'Mon, 02 Mar 2026 10:00:00 GMT';
      headers.etag = etag;
      headers['last-modified'] = lastModified;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
    }
    headers['content-length'] = body.length;
    downloads.set(path, (downloads.get(path) ?? 0) + 1);
    res.writeHead(200, headers).end(body);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    hits: (path) => requests.filter((r) => r.path === path),
    downloads,
    hugeBytesWritten: () => hugeWritten,
    setText: (path, body) => overrides.set(path, body),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
