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
import { handleControl } from './control';
import { PORTAL_ERRORS, portalErrorBody } from './core/errors';
import { handle } from './core/handle';
import { encodePhpJson } from './core/phpJson';
import { encodeRestXml } from './core/phpXml';
import { PortalDb } from './db';
import { answerFault } from './faultAnswer';
import { FaultQueue, type FaultSpec } from './faults';
import { isHarnessPath, serveHarness } from './harness/serve';
import { CORS_HEADERS, JSON_TYPE, readBody, send, sendJson, XML_TYPE } from './httpIo';
import { LeakyBucket } from './rateLimit';
import { parseRestPath, RequestRejected, requestParams } from './request';
import type { SeedOptions } from './seed/index';
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
    if (fault && (await answerFault(req, res, url, fault, (status, extra) => log(entry(status, extra)))))
      return;
    if (bucket && !bucket.take()) {
      // 4.6: over the limit → 503 QUERY_LIMIT_EXCEEDED.
      sendJson(res, PORTAL_ERRORS.queryLimit.status, portalErrorBody('queryLimit'));
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
        if (pathname.startsWith('/_emulator/'))
          return await handleControl(req, res, pathname, db, { faults, bucket });
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
        if (!res.headersSent) sendJson(res, PORTAL_ERRORS.internal.status, portalErrorBody('internal'));
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
