import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { encodePhpJson } from './core/phpJson';
import { bodyTooLarge, MAX_BODY_BYTES } from './request';

/** Reading requests and writing answers the way the portal's REST server does. */

/** Headers `CRestUtil::sendHeaders` puts on every REST answer (BITRIX24-API.md 4.3, 4.8). */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'origin, content-type, accept',
  'X-Content-Type-Options': 'nosniff',
};
export const JSON_TYPE = 'application/json; charset=utf-8';
export const XML_TYPE = 'text/xml; charset=utf-8';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function isLoopback(socket: Socket): boolean {
  const a = socket.remoteAddress ?? '';
  return a === '::1' || a.startsWith('127.') || a.startsWith('::ffff:127.');
}

/**
 * The whole body, at most `MAX_BODY_BYTES`. A longer one is read to its end and dropped, then
 * refused with a clean 413 (answering mid-upload would reset the client's connection); past
 * 16 times the limit the connection is cut.
 */
export function readBody(req: IncomingMessage): Promise<Buffer> {
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

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType = JSON_TYPE,
): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': contentType,
    'Content-Length': String(buf.length),
  });
  res.end(buf);
}

export const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
  send(res, status, encodePhpJson(value));
