/**
 * The node:http host of the emulated portal: URL routing, body parsing, CORS, the rate limit,
 * fault injection, the request log, loopback control endpoints and (optionally) a static SPA.
 * All portal behaviour lives in `core/`; this file only adapts HTTP to `handle()`.
 */
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { z } from 'zod';
import { handle } from './core/handle';
import { APP_SCOPES, DEFAULT_TOKEN_TTL, issueToken, refreshToken } from './core/oauthTokens';
import { encodePhpJson } from './core/php';
import { encodeRestXml } from './core/phpXml';
import { PortalDb } from './db';
import { FaultQueue, FaultSpecSchema, type FaultSpec } from './faults';
import { isHarnessPath, serveHarness } from './harness/serve';
import { LeakyBucket } from './rateLimit';
import { bodyTooLarge, MAX_BODY_BYTES, parseRestPath, RequestRejected, requestParams } from './request';
import { SEED_PRESETS, type SeedOptions } from './seed/index';
import { serveStatic } from './static';
import type { TlsPair } from './tls';

export interface PortalServerOptions {
  /** Folder holding `state.json`; created and seeded when missing. */
  readonly dataDir: string;
  /** Reseed even if the folder holds a portal. */
  readonly reset?: boolean;
  /**
   * The cloud's 50-request burst / 2 per second limit (default on); an object changes the
   * numbers (tests use a slow drain so timing cannot make them flaky).
   */
  readonly rateLimit?: boolean | { readonly capacity?: number; readonly drainPerSecond?: number };
  /** One JSON line per REST call on stdout (default on). */
  readonly log?: boolean;
  /** Serve this folder (a built SPA) for every non-REST path. */
  readonly staticDir?: string;
  /** Seed used when the portal is created or reset. */
  readonly seed?: SeedOptions;
  /** The app the portal harness frames (default: the app this server serves). */
  readonly appUrl?: string;
  /** Serve https with this key and certificate. */
  readonly tls?: TlsPair;
}

export interface PortalServer {
  readonly server: Server;
  /** Opens the portal and listens; resolves to the base URL, e.g. `http://127.0.0.1:5173`. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops listening, drops open connections and waits for the last write to disk. */
  close(): Promise<void>;
}

/** Headers `CRestUtil::sendHeaders` puts on every REST answer (BITRIX24-API.md 4.3, 4.8). */
const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'X-Content-Type-Options': 'nosniff',
};
const JSON_TYPE = 'application/json; charset=utf-8';
const XML_TYPE = 'text/xml; charset=utf-8';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function isLoopback(socket: Socket): boolean {
  const a = socket.remoteAddress ?? '';
  return a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.');
}

/**
 * The whole body, at most `MAX_BODY_BYTES`. A longer one is read to its end and dropped, then
 * refused with a clean 413 (answering mid-upload would reset the client's connection); past
 * 16 times the limit the connection is cut.
 */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES * 16) {
        req.destroy();
        reject(bodyTooLarge());
        return;
      }
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(bodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, contentType = JSON_TYPE): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(buf.length),
  });
  res.end(buf);
}

const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, encodePhpJson(value));

const TokenRequestSchema = z.object({
  userId: z.coerce.number().int().positive(),
  ttlSeconds: z.coerce.number().int().optional(),
  scope: z.union([z.string(), z.array(z.string())]).optional(),
});
const RefreshRequestSchema = z.object({
  refresh_token: z.string().min(1),
  ttlSeconds: z.coerce.number().int().optional(),
});
const ResetRequestSchema = z
  .object({
    preset: z.enum(Object.keys(SEED_PRESETS) as [keyof typeof SEED_PRESETS]).optional(),
    seed: z
      .object({
        empty: z.boolean().optional(),
        extraUserFields: z.number().int().nonnegative().optional(),
        largeLayout: z.boolean().optional(),
        leads: z.number().int().nonnegative().optional(),
      })
      .optional(),
  })
  .optional();

export function createPortalServer(options: PortalServerOptions): PortalServer {
  const logEnabled = options.log ?? true;
  const faults = new FaultQueue();
  const limit = options.rateLimit ?? true;
  const bucket =
    limit === false
      ? null
      : limit === true
        ? new LeakyBucket()
        : new LeakyBucket(limit.capacity, limit.drainPerSecond);
  const ready = PortalDb.open(options.dataDir, {
    ...(options.reset === undefined ? {} : { reset: options.reset }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  // Keep an early failure from being an unhandled rejection; listen() reports it.
  ready.catch(() => undefined);

  const log = (entry: Record<string, unknown>): void => {
    if (logEnabled) process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), ...entry })}\n`);
  };

  async function handleControl(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    db: PortalDb,
  ): Promise<void> {
    if (!isLoopback(req.socket)) {
      sendJson(res, 403, { error: 'ACCESS_DENIED', error_description: 'Emulator control is loopback only' });
      return;
    }
    const raw = (await readBody(req)).toString('utf8').trim();
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: 'The body must be JSON' });
      return;
    }
    const bad = (issue: z.ZodError): void =>
      sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: z.prettifyError(issue) });
    const route = `${req.method ?? 'GET'} ${pathname.replace(/\/+$/, '')}`;

    switch (route) {
      case 'GET /_emulator/faults':
        sendJson(res, 200, { faults: faults.list() });
        return;
      case 'DELETE /_emulator/faults':
        faults.clear();
        sendJson(res, 200, { result: true });
        return;
      case 'POST /_emulator/faults': {
        const list = Array.isArray(body) ? body : [body ?? {}];
        const parsed = z.array(FaultSpecSchema).safeParse(list);
        if (!parsed.success) return bad(parsed.error);
        const added = parsed.data.map((spec) => faults.add(spec));
        sendJson(res, 200, { result: true, faults: added });
        return;
      }
      case 'POST /_emulator/oauth/token': {
        const parsed = TokenRequestSchema.safeParse(body ?? {});
        if (!parsed.success) return bad(parsed.error);
        const { userId, ttlSeconds, scope } = parsed.data;
        const scopes =
          scope === undefined
            ? APP_SCOPES
            : Array.isArray(scope)
              ? scope
              : scope.split(',').map((s) => s.trim());
        const answer = issueToken(
          db.state,
          userId,
          scopes.filter(Boolean),
          ttlSeconds ?? DEFAULT_TOKEN_TTL,
          Date.now(),
        );
        if (!answer) {
          sendJson(res, 400, { error: 'INVALID_REQUEST', error_description: `No user ${userId}` });
          return;
        }
        db.touch();
        await db.flush();
        sendJson(res, 200, answer);
        return;
      }
      case 'POST /_emulator/oauth/refresh': {
        const parsed = RefreshRequestSchema.safeParse(body ?? {});
        if (!parsed.success) return bad(parsed.error);
        const { refresh_token, ttlSeconds } = parsed.data;
        const answer = refreshToken(db.state, refresh_token, ttlSeconds ?? DEFAULT_TOKEN_TTL, Date.now());
        if (!answer) {
          // The answer oauth.bitrix.info gives for an unknown refresh token.
          sendJson(res, 400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
          return;
        }
        db.touch();
        await db.flush();
        sendJson(res, 200, answer);
        return;
      }
      case 'POST /_emulator/reset': {
        const parsed = ResetRequestSchema.safeParse(body);
        if (!parsed.success) return bad(parsed.error);
        const seed: SeedOptions | undefined = parsed.data?.preset
          ? SEED_PRESETS[parsed.data.preset]
          : parsed.data?.seed;
        await db.reset(seed);
        faults.clear();
        bucket?.reset();
        sendJson(res, 200, { result: true });
        return;
      }
      default:
        sendJson(res, 404, { error: 'NOT_FOUND', error_description: `No control endpoint ${route}` });
    }
  }

  async function handleRest(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    pathname: string,
    db: PortalDb,
  ): Promise<void> {
    const t0 = performance.now();
    const target = parseRestPath(pathname);
    const body = await readBody(req);
    const entry = (status: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
      method: target.method.toLowerCase(),
      status,
      ms: Math.round((performance.now() - t0) * 10) / 10,
      ...extra,
    });

    const fault: FaultSpec | undefined = faults.take(target.method);
    if (fault) {
      if (fault.delayMs) await sleep(fault.delayMs);
      if (fault.drop) {
        log(entry(0, { fault: 'drop' }));
        req.socket.destroy();
        return;
      }
      const requestUrl = `http://${req.headers.host ?? 'localhost'}${url}`;
      const quoted =
        fault.quoteUrl === undefined
          ? ''
          : `${req.method ?? 'POST'} ${fault.quoteUrl === 'encoded' ? encodeURIComponent(requestUrl) : requestUrl}`;
      if (fault.body === 'html') {
        const html =
          '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>' +
          (quoted === '' ? '' : `<p>upstream ${escapeHtml(quoted)}</p>`) +
          '</body></html>';
        send(res, fault.status ?? 502, html, 'text/html; charset=utf-8');
        log(entry(fault.status ?? 502, { fault: 'html' }));
        return;
      }
      if (fault.body === 'empty') {
        send(res, fault.status ?? 200, '');
        log(entry(fault.status ?? 200, { fault: 'empty' }));
        return;
      }
      if (
        fault.body === undefined &&
        (fault.status !== undefined || fault.error !== undefined || quoted !== '')
      ) {
        const status = fault.status ?? 500;
        const said = fault.description ?? (quoted === '' ? '' : 'Upstream request failed:');
        sendJson(res, status, {
          error: fault.error ?? 'INTERNAL_SERVER_ERROR',
          error_description: quoted === '' ? said : `${said} ${quoted}`.trim(),
        });
        log(entry(status, { fault: 'error' }));
        return;
      }
    }

    if (bucket && !bucket.take()) {
      // 4.6: over the limit → 503 QUERY_LIMIT_EXCEEDED.
      sendJson(res, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
      log(entry(503, { limited: true }));
      return;
    }

    const params = requestParams(req.method ?? 'GET', url, req.headers['content-type'], body);
    if (target.webhook) {
      // The portal's rewrite maps /rest/{user}/{secret}/ to the aplogin/ap parameters (4.1).
      params['aplogin'] = target.webhook.userId;
      params['ap'] = target.webhook.secret;
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const out = handle(db, {
      method: target.method,
      params,
      ...(bearer === undefined ? {} : { bearer }),
      now: Date.now(),
    });
    await db.flush();
    if (fault?.dropAfter) {
      log(entry(0, { user: out.userId, fault: 'dropAfter' }));
      req.socket.destroy();
      return;
    }
    if (target.transport === 'xml') {
      send(res, out.status, encodeRestXml(out.body), XML_TYPE);
      log(entry(out.status, { user: out.userId }));
      return;
    }
    const encoded = Buffer.from(encodePhpJson(out.body), 'utf8');
    if (fault?.body === 'truncated') {
      send(res, fault.status ?? out.status, encoded.subarray(0, Math.floor(encoded.length / 2)));
      log(entry(out.status, { user: out.userId, fault: 'truncated' }));
      return;
    }
    send(res, out.status, encoded);
    log(entry(out.status, { user: out.userId }));
  }

  const listener: RequestListener = (req, res) => {
    void (async () => {
      const url = req.url ?? '/';
      const pathname = url.split('?')[0]?.split('#')[0] ?? '/';
      try {
        if (req.method === 'OPTIONS') {
          // 4.8: preflight answered 200 with the same headers, never routed into a method.
          res.writeHead(200, { ...CORS_HEADERS, 'Content-Length': '0' });
          res.end();
          return;
        }
        const db = await ready;
        if (pathname === '/rest' || pathname.startsWith('/rest/'))
          return await handleRest(req, res, url, pathname, db);
        if (pathname.startsWith('/_emulator/')) return await handleControl(req, res, pathname, db);
        // The portal harness (a page that embeds the app as Bitrix24 does) and the demo marker.
        if (isHarnessPath(pathname))
          return await serveHarness(
            req,
            res,
            pathname,
            options.appUrl === undefined ? {} : { appUrl: options.appUrl },
          );
        if (options.staticDir) return await serveStatic(req, res, options.staticDir, pathname);
        sendJson(res, 404, { error: 'NOT_FOUND', error_description: 'Only /rest/ is served here' });
      } catch (e) {
        if (e instanceof RequestRejected) {
          // oversized, too deeply nested or badly encoded: a clean answer, and the server goes on
          if (!res.headersSent && !req.socket.destroyed)
            sendJson(res, e.status, { error: e.error, error_description: e.description });
          return;
        }
        console.error('[emulator] request failed', e);
        if (!res.headersSent)
          sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' });
        else res.destroy();
      }
    })();
  };
  const server: Server = options.tls ? createTlsServer(options.tls, listener) : createServer(listener);

  // Node refuses raw non-ASCII bytes in a URL (curl sends them as typed); say why instead of a bare 400.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const body = encodePhpJson({
      error: 'INVALID_REQUEST',
      error_description: `Malformed HTTP request (${error.code ?? 'parse error'}); percent-encode non-ASCII characters in URLs`,
    });
    socket.end(
      `HTTP/1.1 400 Bad Request\r\nContent-Type: ${JSON_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Access-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  return {
    server,
    async listen(port, host = '127.0.0.1') {
      await ready;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return `${options.tls ? 'https' : 'http'}://${shownHost}:${address.port}`;
    },
    async close() {
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      const db = await ready.catch(() => null);
      await db?.flush();
    },
  };
}
