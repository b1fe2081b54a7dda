import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, type FetcherOptions, type FetchResult } from '../../../src/ingest/fetch.js';
import { createHostGate } from '../../../src/ingest/host-gate.js';
import { userAgent } from '../../../src/ingest/user-agent.js';
import { type FixtureServer, startFixtureServer } from './fixture-server.js';

let server: FixtureServer;
let hanging: http.Server;
let hangingUrl: string;
beforeAll(async () => {
  server = await startFixtureServer();
  // Sends headers, then never finishes the body.
  hanging = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html>');
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/slow`;
});
afterAll(async () => {
  await server.close();
  hanging.closeAllConnections();
  await new Promise<void>((resolve) => hanging.close(() => resolve()));
});

const MB = 1024 * 1024;
const fetcher = (over: Partial<FetcherOptions> = {}) =>
  createFetcher({
    userAgent: userAgent('https://docs.example/ingest'),
    gate: createHostGate({ intervalMs: 0 }),
    allowPrivate: true,
    timeoutMs: 5000,
    maxBytes: 5 * MB,
    maxRedirects: 5,
    ...over,
  });

const failure = (r: FetchResult) => {
  if (r.ok) throw new Error(`expected a failure, got ${r.status}`);
  return r;
};

describe('createFetcher', () => {
  it('sends a User-Agent naming briefbot, its version and a URL, and returns the body and validators', async () => {
    const r = await fetcher()({ url: `${server.base}/rss.xml`, accept: 'application/rss+xml' });
    expect(r.ok && r.status).toBe(200);
    if (!r.ok || r.status !== 200) return;
    expect(r.body.toString('utf8')).toContain('<title>The Karachi Ledger');
    expect(r.etag).toMatch(/^".+"$/);
    expect(r.lastModified).toBe('Mon, 02 Mar 2026 10:00:00 GMT');
    const seen = server.hits('/rss.xml').at(-1)!;
    expect(seen.headers['user-agent']).toMatch(
      /^briefbot\/\d+\.\d+\.\d+ \(\+https:\/\/docs\.example\/ingest\)$/,
    );
    expect(seen.headers.accept).toBe('application/rss+xml');
  });

  it('sends the stored validators and turns 304 into "not modified" without a body', async () => {
    const first = await fetcher()({ url: `${server.base}/atom.xml`, accept: '*/*' });
    if (!first.ok) throw new Error(first.message);
    const downloads = server.downloads.get('/atom.xml');
    const second = await fetcher()({
      url: `${server.base}/atom.xml`,
      accept: '*/*',
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ ok: true, status: 304 });
    expect(server.downloads.get('/atom.xml')).toBe(downloads);
    const seen = server.hits('/atom.xml').at(-1)!;
    expect(seen.headers['if-none-match']).toBe(first.etag);
    expect(seen.headers['if-modified-since']).toBe(first.lastModified);
  });

  it('stops reading a 20 MB body at the limit and says so', async () => {
    const before = server.hugeBytesWritten();
    const r = failure(await fetcher()({ url: `${server.base}/huge`, accept: '*/*' }));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/over the 5 MB limit/);
    // The connection was closed: the server could not push the whole 20 MB.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.hugeBytesWritten() - before).toBeLessThan(20 * MB);
  });

  it('refuses a declared 20 MB body before reading it', async () => {
    const r = failure(await fetcher()({ url: `${server.base}/huge-declared`, accept: '*/*' }));
    expect(r.code).toBe('too-large');
    expect(r.message).toMatch(/declared 20971520 bytes/);
  });

  it('follows up to 5 redirects, refuses a sixth and refuses loops', async () => {
    const ok = await fetcher()({ url: `${server.base}/redirect-to-rss`, accept: '*/*' });
    expect(ok.ok && ok.url).toBe(`${server.base}/rss.xml`);
    const chain = failure(await fetcher()({ url: `${server.base}/chain/0`, accept: '*/*' }));
    expect(chain.code).toBe('too-many-redirects');
    expect(server.hits('/chain/5')).toHaveLength(1);
    expect(server.hits('/chain/6')).toHaveLength(0);
    const loop = failure(await fetcher()({ url: `${server.base}/loop/a`, accept: '*/*' }));
    expect(loop.code).toBe('redirect-loop');
    expect(loop.url).toBe(`${server.base}/loop/a`);
  });

  it('decompresses gzip bodies', async () => {
    const r = await fetcher()({ url: `${server.base}/gz/pipeline-deal`, accept: 'text/html' });
    expect(r.ok && r.status === 200 && r.body.toString('utf8')).toContain('North–South gas pipeline');
  });

  it('refuses loopback, private and link-local addresses unless allowed, before connecting', async () => {
    const count = server.requests.length;
    const strict = fetcher({ allowPrivate: false });
    const loop = failure(await strict({ url: `${server.base}/rss.xml`, accept: '*/*' }));
    expect(loop.code).toBe('private-address');
    expect(loop.message).toMatch(/127\.0\.0\.1 \(loopback\).*BRIEFBOT_ALLOW_PRIVATE_FETCH=1/);
    expect(failure(await strict({ url: 'http://[::1]:9/x', accept: '*/*' })).code).toBe('private-address');
    expect(failure(await strict({ url: 'http://[::ffff:127.0.0.1]:9/x', accept: '*/*' })).code).toBe(
      'private-address',
    );
    expect(
      failure(await strict({ url: 'http://169.254.169.254/latest/meta-data', accept: '*/*' })).code,
    ).toBe('private-address');
    expect(server.requests.length).toBe(count);
  });

  it('resolves names first and refuses one that points at a private address (any of its answers)', async () => {
    const resolve = async (host: string) =>
      host === 'intranet.example'
        ? [{ address: '10.0.0.8', family: 4 }]
        : [
            { address: '93.184.216.34', family: 4 },
            { address: 'fd00::1', family: 6 },
          ];
    const strict = fetcher({ allowPrivate: false, resolve });
    const a = failure(await strict({ url: 'https://intranet.example/feed', accept: '*/*' }));
    expect(a.code).toBe('private-address');
    expect(a.message).toMatch(/intranet\.example resolves to 10\.0\.0\.8 \(private\)/);
    const b = failure(await strict({ url: 'https://mixed.example/feed', accept: '*/*' }));
    expect(b.message).toMatch(/fd00::1 \(unique-local\)/);
  });

  it('connects to the address it checked, whatever the host name (no second DNS lookup)', async () => {
    const port = new URL(server.base).port;
    const pinned = fetcher({ resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const r = await pinned({ url: `http://feeds.example:${port}/rss.xml`, accept: '*/*' });
    expect(r.ok && r.status).toBe(200);
    expect(server.requests.at(-1)!.headers.host).toBe(`feeds.example:${port}`);
  });

  it('refuses other schemes and reports unresolvable names, HTTP errors and timeouts as values', async () => {
    expect(failure(await fetcher()({ url: 'file:///etc/passwd', accept: '*/*' })).code).toBe('scheme');
    expect(failure(await fetcher()({ url: 'ftp://x.example/a', accept: '*/*' })).code).toBe('scheme');
    const dns = fetcher({
      resolve: async () => {
        throw new Error('getaddrinfo ENOTFOUND');
      },
    });
    expect(failure(await dns({ url: 'http://nowhere.example/', accept: '*/*' })).code).toBe('dns');
    const missing = failure(await fetcher()({ url: `${server.base}/no/such/page`, accept: '*/*' }));
    expect(missing).toMatchObject({ code: 'http-status', status: 404, message: 'HTTP 404' });
    const slow = failure(await fetcher({ timeoutMs: 300 })({ url: hangingUrl, accept: '*/*' }));
    expect(slow.code).toBe('timeout');
  });

  it('waits for the per-host gate before every request, redirect hops included', async () => {
    const hosts: string[] = [];
    const gate = { wait: async (host: string) => void hosts.push(host) };
    await fetcher({ gate })({ url: `${server.base}/redirect-to-rss`, accept: '*/*' });
    const host = new URL(server.base).host;
    expect(hosts).toEqual([host, host]);
  });
});
