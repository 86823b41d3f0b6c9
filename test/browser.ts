// Shared helpers for the browser tests: a static server for the built site under its base path,
// bound to 127.0.0.1 only, and Debian's Chromium driven by playwright-core (Playwright's own
// browser download is not available here, and the tests must make no network requests).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  /** The site's root URL, base included, ending in `/`: `http://127.0.0.1:PORT/folio/`. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves `dir` under `base` the way GitHub Pages does: `/base/x/` serves `x/index.html`, a
 * directory without its trailing slash redirects, anything else is 404 with `404.html`.
 * The server does not keep the process alive and drops open connections when closed.
 */
export async function startStaticServer(dir: string, base: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((request, response) => {
    void respondWithFile(root, prefix, request.method ?? 'GET', request.url ?? '/').then(({ status, headers, body }) => {
      response.writeHead(status, headers);
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

interface FileResponse {
  status: number;
  headers: Record<string, string>;
  body?: Buffer | string;
}

async function respondWithFile(root: string, prefix: string, method: string, url: string): Promise<FileResponse> {
  if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: { allow: 'GET, HEAD' } };
  const pathname = new URL(url, 'http://127.0.0.1').pathname;
  if (!pathname.startsWith(prefix)) return notFound(root);
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    return { status: 400, headers: {}, body: 'bad URL encoding' };
  }
  const file = path.resolve(root, relative);
  // A `..` in the URL must not reach outside the served folder.
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(root);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 301, headers: { location: `${pathname}/` } };
    return serveFile(path.join(file, 'index.html'), 200).catch(() => notFound(root));
  }
  if (info?.isFile()) return serveFile(file, 200);
  return notFound(root);
}

async function serveFile(file: string, status: number): Promise<FileResponse> {
  const body = await readFile(file);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return { status, headers: { 'content-type': type, 'cache-control': 'no-store' }, body };
}

async function notFound(root: string): Promise<FileResponse> {
  return serveFile(path.join(root, '404.html'), 404).catch(() => ({ status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' }));
}

/** Debian's Chromium, headless, with everything that would reach the network switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
