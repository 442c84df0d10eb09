/**
 * Serves a built SPA: files with their content types, `index.html` for `/` and every unknown path.
 * GET, HEAD and POST are all answered, because Bitrix24 opens an app page with a form POST
 * (BITRIX24-API.md 5.1).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Who may frame the app this emulator serves: only its own portal harness (`/portal/app`), on
 * either loopback name of this port (`crossOrigin=1` loads the app from the other one). The demo
 * is signed in as an admin, so no other page may put it in a frame and have someone click in it.
 * `frame-ancestors` only works as a header; the rest of the page's policy is a `<meta>` in the
 * built `index.html` (vite.config.ts).
 */
export function frameAncestors(port: number | undefined): string {
  return port === undefined
    ? "frame-ancestors 'self'"
    : `frame-ancestors 'self' http://127.0.0.1:${port} http://localhost:${port}`;
}

/** Sent with every static file; `port` is the one this request came in on. */
export function staticSecurityHeaders(port: number | undefined): Readonly<Record<string, string>> {
  return { 'Content-Security-Policy': frameAncestors(port), 'X-Content-Type-Options': 'nosniff' };
}

export const contentTypeOf = (file: string): string =>
  CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  pathname: string,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD' && method !== 'POST') {
    res.writeHead(405, { Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed');
    return;
  }
  req.resume(); // the POST body of an app launch is not needed

  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // keep the raw path
  }
  const base = path.resolve(root);
  const candidate = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  const inside = candidate === base || candidate.startsWith(base + path.sep);
  let file = inside && (await isFile(candidate)) ? candidate : path.join(base, 'index.html');
  if (!(await isFile(file))) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found (no index.html in the static folder)');
    return;
  }
  file = path.normalize(file);
  const size = (await stat(file)).size;
  const isIndex = path.basename(file) === 'index.html';
  res.writeHead(200, {
    ...staticSecurityHeaders(req.socket.localPort),
    'Content-Type': contentTypeOf(file),
    'Content-Length': String(size),
    'Cache-Control': isIndex ? 'no-cache' : 'public, max-age=3600',
  });
  if (method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
