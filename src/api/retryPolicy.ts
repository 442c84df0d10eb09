import type { PortalError } from './errors';

/**
 * When the transport tries a call again (SDK policy of BITRIX24-API.md section 6, made safe for
 * writes). "Read" = a method named `*.get`, `*.list`, `*.fields`, `profile`, `user.current`,
 * `user.search`, `app.info`, or a `batch` whose commands are all reads; `CallOptions.idempotent`
 * overrides the guess.
 *
 * | failure                                        | read                      | write        |
 * |------------------------------------------------|---------------------------|--------------|
 * | HTTP 503 (not `OVERLOAD_LIMIT`) or `QUERY_LIMIT_EXCEEDED` | up to `maxRetries`, 1.5 s × 1.5^n | same: the portal refused before running it |
 * | network failure (fetch rejected)               | up to `maxRetries`, 1 s × 2^n | never (it may have run) |
 * | timeout                                        | once                      | never        |
 * | HTTP 500/502/504, `INTERNAL_SERVER_ERROR`      | once, 1 s                 | never        |
 * | HTTP 429 / `OPERATION_TIME_LIMIT`              | only if `operationLimitDelayMs` is set: wait that long, up to `maxRetries` | same |
 * | `expired_token` / `invalid_token` (OAuth)      | one coalesced refresh, then one more try (not counted) | same |
 * | anything else, `aborted`, `decode`             | never                     | never        |
 *
 * Every delay gets ±10 % jitter and is capped at 30 s; `maxRetries` (default 3) caps all retries of one
 * call together. The time limit (default 30 s) applies to each HTTP request.
 */
export interface RetryPolicy {
  readonly maxRetries: number;
  readonly operationLimitDelayMs: number | undefined;
  readonly random: () => number;
}

const MAX_DELAY_MS = 30_000;
const READ_METHODS = new Set([
  'profile',
  'user.current',
  'user.search',
  'app.info',
  'server.time',
  'scope',
  'methods',
]);

/** Whether `method` only reads (safe to repeat after an ambiguous failure). */
export function isReadMethod(method: string): boolean {
  const m = method.toLowerCase();
  return READ_METHODS.has(m) || /\.(get|list|fields)$/.test(m);
}

const jitter = (ms: number, random: () => number): number =>
  Math.min(MAX_DELAY_MS, Math.round(ms * (0.9 + 0.2 * random())));

/**
 * How long to wait before retrying `error`, or `null` to give up (see the table above). `once`
 * remembers the one-shot retries (timeout, server error) already spent on this call.
 */
export function retryDelay(
  policy: RetryPolicy,
  error: PortalError,
  isRead: boolean,
  retries: number,
  once: Set<string>,
): number | null {
  if (error.kind === 'aborted' || error.kind === 'validation' || retries >= policy.maxRetries) return null;
  const { status, code } = error;
  if ((status === 503 && code !== 'OVERLOAD_LIMIT') || code === 'QUERY_LIMIT_EXCEEDED') {
    return jitter(1500 * 1.5 ** retries, policy.random);
  }
  if (status === 429 || code === 'OPERATION_TIME_LIMIT') {
    return policy.operationLimitDelayMs === undefined ? null : Math.max(0, policy.operationLimitDelayMs);
  }
  if (!isRead) return null;
  if (error.kind === 'network') return jitter(1000 * 2 ** retries, policy.random);
  const oneShot =
    error.kind === 'timeout'
      ? 'timeout'
      : status === 500 || status === 502 || status === 504 || code === 'INTERNAL_SERVER_ERROR'
        ? 'server'
        : null;
  if (oneShot === null || once.has(oneShot)) return null;
  once.add(oneShot);
  return jitter(1000, policy.random);
}

/** Waits `ms`, or less when `signal` aborts (the caller then reports the abort). */
export const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
