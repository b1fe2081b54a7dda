/** The web console served on a free port, and Debian's headless Chromium to open it with. */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { silentLogger } from '../../src/log/logger.js';
import { createWebServer, type WebServerOptions } from '../../src/platforms/web/server.js';

export const CHROMIUM = '/usr/bin/chromium';

export async function serveConsole(
  options: Omit<WebServerOptions, 'logger' | 'health' | 'ready'>,
): Promise<{ server: http.Server; base: string }> {
  const server = createWebServer({
    logger: silentLogger,
    health: () => ({ ok: true, details: {} }),
    ready: () => ({ ok: true, details: {} }),
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
}
