/**
 * The console's three files, read once when the server is built (a missing file is a start-up
 * error, not a 500 on the first visit). Served from memory with their content types.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ServerResponse } from 'node:http';

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** URL path -> file name in public/. */
const FILES: Record<string, { name: string; contentType: string }> = {
  '/': { name: 'index.html', contentType: 'text/html; charset=utf-8' },
  '/console.js': { name: 'console.js', contentType: 'text/javascript; charset=utf-8' },
  '/console.css': { name: 'console.css', contentType: 'text/css; charset=utf-8' },
};

/**
 * public/ sits beside this module when run from source (tsx); a `tsc` build does not copy it into
 * dist/, so from dist/platforms/web/ the source copy is used instead.
 */
function publicDir(): string {
  const candidates = [
    fileURLToPath(new URL('./public/', import.meta.url)),
    fileURLToPath(new URL('../../../src/platforms/web/public/', import.meta.url)),
  ];
  const found = candidates.find((dir) => existsSync(`${dir}index.html`));
  if (!found) throw new Error(`web console files not found; looked in ${candidates.join(' and ')}`);
  return found;
}

export function loadStaticFiles(dir: string = publicDir()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const base = dir.endsWith('/') ? dir : `${dir}/`;
  for (const [path, { name, contentType }] of Object.entries(FILES)) {
    files.set(path, { body: readFileSync(`${base}${name}`), contentType });
  }
  return files;
}

export function sendStatic(res: ServerResponse, file: StaticFile): void {
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    // Small files; always revalidate so an upgraded server never runs a stale console.
    'Cache-Control': 'no-cache',
  });
  res.end(file.body);
}
