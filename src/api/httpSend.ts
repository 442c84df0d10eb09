import type { PortalAuth } from './auth';
import type { FetchLike } from './clientTypes';
import { PortalError } from './errors';
import { isRecord, portalErrorFromBody } from './answer';

export const abortedError = (method: string, cause?: unknown): PortalError =>
  new PortalError({ kind: 'aborted', method, description: 'The request was cancelled.', cause });

/**
 * One HTTP request: `POST ${base}${method}.json` with a form body (a CORS simple request, no
 * preflight, BITRIX24-API.md 4.1, 4.8). Resolves with the JSON body of a 2xx answer without
 * `error`, else throws a PortalError: `aborted`, `timeout`, `network`, `portal` or `decode`.
 */
export async function sendRequest(
  fetchImpl: FetchLike,
  auth: PortalAuth,
  method: string,
  body: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ json: unknown; status: number }> {
  if (signal?.aborted) throw abortedError(method, signal.reason);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const forward = (): void => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  let status: number;
  let text: string;
  try {
    const res = await fetchImpl(`${auth.base}${encodeURIComponent(method)}.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
      signal: controller.signal,
      credentials: 'omit',
    });
    status = typeof res.status === 'number' ? res.status : 0;
    text = String(await res.text());
  } catch (e) {
    if (signal?.aborted) throw abortedError(method, signal.reason);
    if (timedOut) {
      throw new PortalError({
        kind: 'timeout',
        method,
        description: `No answer within ${timeoutMs >= 1000 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`}.`,
      });
    }
    const detail = e instanceof Error ? e.message : String(e);
    throw new PortalError({
      kind: 'network',
      method,
      description: auth.mask(detail === '' ? 'Network request failed.' : detail),
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', forward);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const what = text.trim() === '' ? 'an empty body' : 'a body that is not JSON';
    throw new PortalError({
      kind: 'decode',
      method,
      status,
      description: `HTTP ${status} with ${what}.`,
      message: `${method}: unexpected response (HTTP ${status}, not JSON)`,
      path: 'body',
    });
  }
  if (isRecord(json) && 'error' in json) throw portalErrorFromBody(method, json, status, auth.mask);
  if (status < 200 || status > 299) {
    throw new PortalError({
      kind: 'decode',
      method,
      status,
      description: `HTTP ${status} without an error body.`,
      message: `${method}: unexpected response (HTTP ${status} without an error body)`,
      path: 'body',
    });
  }
  return { json, status };
}
