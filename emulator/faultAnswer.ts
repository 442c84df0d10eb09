import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultSpec } from './faults';
import { escapeHtml, send, sendJson, sleep } from './httpIo';

/**
 * Answers a request the way `fault` says a broken portal or proxy does, before the core sees it:
 * a delay, a dropped connection, an HTML or empty body, an error. Returns whether it answered;
 * `dropAfter` and `truncated` act after the core ran (in http.ts).
 */
export async function answerFault(
  req: IncomingMessage,
  res: ServerResponse,
  url: string,
  fault: FaultSpec,
  log: (status: number, extra: Record<string, unknown>) => void,
): Promise<boolean> {
  if (fault.delayMs) await sleep(fault.delayMs);
  if (fault.drop) {
    log(0, { fault: 'drop' });
    req.socket.destroy();
    return true;
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
    log(fault.status ?? 502, { fault: 'html' });
    return true;
  }
  if (fault.body === 'empty') {
    send(res, fault.status ?? 200, '');
    log(fault.status ?? 200, { fault: 'empty' });
    return true;
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
    log(status, { fault: 'error' });
    return true;
  }
  return false;
}
