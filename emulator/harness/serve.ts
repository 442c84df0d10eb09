/**
 * The portal harness (`/portal/…`): a Bitrix24-looking page that opens the app exactly as a portal
 * does and answers the parent side of the frame protocol (page/harness.js). Plain files, no inline
 * script, so the page runs under a strict Content-Security-Policy. Also answers
 * `/portal/emulator.json`, which tells the app that the demo portal is here.
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'page');

const ROUTES: Readonly<Record<string, readonly [file: string, type: string]>> = {
  '/portal': ['index.html', 'text/html; charset=utf-8'],
  '/portal/': ['index.html', 'text/html; charset=utf-8'],
  '/portal/app': ['app.html', 'text/html; charset=utf-8'],
  '/portal/forger.html': ['forger.html', 'text/html; charset=utf-8'],
  '/portal/harness.js': ['harness.js', 'text/javascript; charset=utf-8'],
  '/portal/harness/context.js': ['harness/context.js', 'text/javascript; charset=utf-8'],
  '/portal/harness/commands.js': ['harness/commands.js', 'text/javascript; charset=utf-8'],
  '/portal/harness/launch.js': ['harness/launch.js', 'text/javascript; charset=utf-8'],
  '/portal/forger.js': ['forger.js', 'text/javascript; charset=utf-8'],
  '/portal/harness.css': ['harness.css', 'text/css; charset=utf-8'],
};

export interface HarnessOptions {
  /** The app the harness frames (`--app URL`); default: the app this server serves. */
  readonly appUrl?: string;
}

/** Frames and form posts go to either loopback name of this emulator, any https app, or `--app`'s origin. */
function contentSecurityPolicy({ appUrl }: HarnessOptions): string {
  const targets = ['http://127.0.0.1:*', 'http://localhost:*', 'https:'];
  if (appUrl !== undefined) targets.push(new URL(appUrl).origin);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${targets.join(' ')}`,
    `form-action ${targets.join(' ')}`,
  ].join('; ');
}

export const isHarnessPath = (pathname: string): boolean =>
  pathname === '/portal' || pathname.startsWith('/portal/');

function reply(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  head: boolean,
  csp: string,
): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': String(buf.length),
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...(type.startsWith('text/html') ? { 'Content-Security-Policy': csp } : {}),
  });
  res.end(head ? undefined : buf);
}

export async function serveHarness(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  options: HarnessOptions = {},
): Promise<void> {
  const csp = contentSecurityPolicy(options);
  const method = req.method ?? 'GET';
  req.resume();
  if (method !== 'GET' && method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed');
    return;
  }
  const head = method === 'HEAD';
  if (pathname === '/portal/emulator.json') {
    reply(
      res,
      200,
      'application/json; charset=utf-8',
      JSON.stringify({
        emulator: true,
        harness: '/portal/app',
        ...(options.appUrl === undefined ? {} : { app: options.appUrl }),
      }),
      head,
      csp,
    );
    return;
  }
  const route = ROUTES[pathname];
  if (!route) {
    reply(res, 404, 'text/plain; charset=utf-8', 'Not found: the harness is at /portal/app', head, csp);
    return;
  }
  const [file, type] = route;
  reply(res, 200, type, await readFile(path.join(PAGE_DIR, file)), head, csp);
}
