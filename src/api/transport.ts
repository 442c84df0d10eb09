import { z } from 'zod';
import type { PortalAuth } from './auth';
import { encodeBatchCommand, encodeForm, type Params } from './encode';
import { PortalError, TOKEN_ERROR_CODES } from './errors';
import { BATCH_MAX_LENGTH, BatchEnvelopeSchema, type BatchResult } from './schemas/batch';
import { CountSchema } from './schemas/envelope';

export type { Params } from './encode';

/**
 * The REST transport: form-encoded POSTs, the portal's envelopes parsed with zod at the edge, one
 * error type ({@link PortalError}), bounded retries. It never shows UI; `onEvent` lets the UI say
 * "retrying…".
 *
 * Request: `POST ${base}${method}.json` (what BX24.js sends; b24jssdk omits `.json`, the portal accepts
 * both, BITRIX24-API.md 4.1) with an `application/x-www-form-urlencoded` body: a CORS simple request,
 * no preflight, no custom headers (4.8). OAuth's `auth` goes first in the body, as in BX24.js.
 *
 * Retry table (SDK policy of BITRIX24-API.md section 6, made safe for writes). "Read" = a method
 * named `*.get`, `*.list`, `*.fields`, `profile`, `user.current`, `user.search`, `app.info`, or a
 * `batch` whose commands are all reads; `CallOptions.idempotent` overrides the guess.
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

export interface CallOptions {
  /** The caller's cancel: aborts the request or the backoff wait; such a call is never retried. */
  readonly signal?: AbortSignal;
  /** Per-HTTP-request time limit; default: the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /** Overrides the read/write guess from the method name (controls retries, see the table). */
  readonly idempotent?: boolean;
}

export interface ListPage<T> {
  readonly items: T;
  /** Row count of the whole list (`total` of the envelope). */
  readonly total?: number;
  /** `start` of the next page, absent on the last page. */
  readonly next?: number;
}

export interface BatchCommand<S extends z.ZodType = z.ZodType> {
  readonly method: string;
  readonly params?: Params;
  readonly schema: S;
}
export type BatchCommands = Readonly<Record<string, BatchCommand>>;

export type BatchPart<T> =
  | { readonly ok: true; readonly value: T; readonly total?: number; readonly next?: number }
  | { readonly ok: false; readonly error: PortalError };

export type BatchResults<C extends BatchCommands> = {
  readonly [K in keyof C]: BatchPart<z.output<C[K]['schema']>>;
};

export interface BatchOptions extends CallOptions {
  /** Stop at the first failing command (sent as `halt=1`; later commands are reported `BATCH_NOT_RUN`). */
  readonly halt?: boolean;
}

export interface PortalClient {
  /** Safe identity of the connection (portal + user, never the secret): prefix of query keys. */
  readonly id: string;
  /** Calls `method` and returns its parsed `result`. */
  call<S extends z.ZodType>(
    method: string,
    params: Params,
    schema: S,
    opts?: CallOptions,
  ): Promise<z.output<S>>;
  /** Like `call` for list methods: `result` plus the envelope's `total` and `next`. */
  callList<S extends z.ZodType>(
    method: string,
    params: Params,
    schema: S,
    opts?: CallOptions,
  ): Promise<ListPage<z.output<S>>>;
  /**
   * One `batch` request for up to 50 commands; each key gets its own parsed value or PortalError.
   * More than 50 commands is refused without a request (`validation`, see `batchChunks`).
   */
  batch<C extends BatchCommands>(commands: C, opts?: BatchOptions): Promise<BatchResults<C>>;
}

/** Minimal `fetch` the client needs; tests pass a stub. */
export type FetchLike = (
  url: string,
  init: {
    method: 'POST';
    headers: Record<string, string>;
    body: string;
    signal: AbortSignal;
    credentials: 'omit';
  },
) => Promise<{ readonly status: number; text(): Promise<string> }>;

export interface RequestInfo {
  readonly method: string;
  /** 1 for the first HTTP request of a call, 2 for its first retry, … */
  readonly attempt: number;
  /** Number of commands when `method` is `batch`. */
  readonly commands?: number;
}

export type PortalEvent =
  | {
      readonly type: 'retry';
      readonly method: string;
      /** The attempt about to be made after the wait. */
      readonly attempt: number;
      readonly delayMs: number;
      readonly error: PortalError;
    }
  | { readonly type: 'refresh'; readonly method: string };

export interface PortalClientOptions {
  readonly auth: PortalAuth;
  /** Default: the global `fetch`, looked up at call time. */
  readonly fetch?: FetchLike;
  /** Per-HTTP-request limit in ms; default 30 000 (the SDK's value; the cloud cuts at 60 s). */
  readonly timeoutMs?: number;
  /** Retries per call, all causes together; default 3. */
  readonly maxRetries?: number;
  /** Wait before retrying 429/`OPERATION_TIME_LIMIT` (SDK: ≥ 10 000); default: do not retry. */
  readonly operationLimitDelayMs?: number;
  /** Injectable for tests; must reject or return early when `signal` aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Injectable for tests; `Math.random` by default. */
  readonly random?: () => number;
  /** Called before every HTTP request (benchmarks count requests with it). */
  readonly onRequest?: (info: RequestInfo) => void;
  /** Retries and token refreshes, for "retrying…" hints. */
  readonly onEvent?: (event: PortalEvent) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 3;
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

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
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

const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

/** `result.TITLE.type`, `result[0].elements[2].name`; `body` for the whole answer. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'body' : out;
}

function decodeError(
  method: string,
  path: readonly PropertyKey[],
  description: string,
  status: number,
): PortalError {
  const where = formatPath(path);
  return new PortalError({
    kind: 'decode',
    method,
    description,
    status,
    path: where,
    message: `${method}: unexpected response at ${where}`,
  });
}

/** Parses `value` with `schema`; a mismatch (or a throwing transform) becomes a `decode` PortalError. */
function parseWith<S extends z.ZodType>(
  method: string,
  schema: S,
  value: unknown,
  prefix: readonly PropertyKey[],
  status: number,
): z.output<S> {
  let result;
  try {
    result = schema.safeParse(value);
  } catch (e) {
    throw decodeError(method, prefix, e instanceof Error ? e.message : String(e), status);
  }
  if (result.success) return result.data as z.output<S>;
  const issue = result.error.issues[0];
  throw decodeError(method, [...prefix, ...(issue?.path ?? [])], issue?.message ?? 'invalid', status);
}

const ListEnvelopeSchema = z.object({ total: CountSchema.optional(), next: CountSchema.optional() }).loose();

const BATCH_KEY = /^[A-Za-z0-9_.:-]+$/;

/** `mask`: the connection's own masking (`PortalAuth.mask`), on top of what PortalError masks. */
function portalErrorFromBody(
  method: string,
  body: Record<string, unknown>,
  status: number,
  mask: (text: string) => string,
): PortalError {
  const raw = body['error'];
  let code = '';
  let description = typeof body['error_description'] === 'string' ? body['error_description'] : '';
  if (typeof raw === 'string') code = raw;
  else if (typeof raw === 'object' && raw !== null) {
    // REST v3 style `{error: {code, message}}`: not sent by the methods used here, accepted anyway.
    const o = raw as Record<string, unknown>;
    if (typeof o['code'] === 'string') code = o['code'];
    if (description === '' && typeof o['message'] === 'string') description = o['message'];
  }
  return new PortalError({
    kind: 'portal',
    method,
    code: mask(code),
    description: mask(description),
    status,
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function createPortalClient(opts: PortalClientOptions): PortalClient {
  const { auth } = opts;
  const fetchImpl = opts.fetch ?? defaultFetch;
  const defaultTimeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  const sleep = opts.sleep ?? defaultSleep;
  const random = opts.random ?? Math.random;

  const safely = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // Hooks are observers: a failing hook must not change the outcome of the call.
    }
  };

  const abortedError = (method: string, cause?: unknown): PortalError =>
    new PortalError({ kind: 'aborted', method, description: 'The request was cancelled.', cause });

  /** One HTTP request; resolves with the JSON body of a 2xx answer without `error`, else throws PortalError. */
  async function send(method: string, body: string, signal: AbortSignal | undefined, timeoutMs: number) {
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

  const jitter = (ms: number): number => Math.min(MAX_DELAY_MS, Math.round(ms * (0.9 + 0.2 * random())));

  /** How long to wait before retrying `error`, or `null` to give up (see the table at the top). */
  function retryDelay(
    error: PortalError,
    isRead: boolean,
    retries: number,
    once: Set<string>,
  ): number | null {
    if (error.kind === 'aborted' || error.kind === 'validation' || retries >= maxRetries) return null;
    const { status, code } = error;
    if ((status === 503 && code !== 'OVERLOAD_LIMIT') || code === 'QUERY_LIMIT_EXCEEDED') {
      return jitter(1500 * 1.5 ** retries);
    }
    if (status === 429 || code === 'OPERATION_TIME_LIMIT') {
      return opts.operationLimitDelayMs === undefined ? null : Math.max(0, opts.operationLimitDelayMs);
    }
    if (!isRead) return null;
    if (error.kind === 'network') return jitter(1000 * 2 ** retries);
    const oneShot =
      error.kind === 'timeout'
        ? 'timeout'
        : status === 500 || status === 502 || status === 504 || code === 'INTERNAL_SERVER_ERROR'
          ? 'server'
          : null;
    if (oneShot === null || once.has(oneShot)) return null;
    once.add(oneShot);
    return jitter(1000);
  }

  async function run(
    method: string,
    params: Params,
    isRead: boolean,
    o: CallOptions | undefined,
    commands?: number,
  ) {
    const signal = o?.signal;
    const timeoutMs = o?.timeoutMs ?? defaultTimeout;
    const query = encodeForm(params);
    let refreshed = false;
    let retries = 0;
    const once = new Set<string>();
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw abortedError(method, signal.reason);
      let authParams: Readonly<Record<string, string>>;
      try {
        authParams = await auth.params();
      } catch (e) {
        throw new PortalError({
          kind: 'portal',
          method,
          code: 'NO_AUTH_FOUND',
          description: 'No access token is available.',
          cause: e,
        });
      }
      const head = encodeForm(authParams);
      const body = head === '' ? query : query === '' ? head : `${head}&${query}`;
      safely(() =>
        opts.onRequest?.(commands === undefined ? { method, attempt } : { method, attempt, commands }),
      );
      try {
        return await send(method, body, signal, timeoutMs);
      } catch (e) {
        const error = e as PortalError;
        if (!refreshed && auth.refresh && TOKEN_ERROR_CODES.includes(error.code)) {
          refreshed = true;
          safely(() => opts.onEvent?.({ type: 'refresh', method }));
          try {
            await auth.refresh();
          } catch {
            throw error;
          }
          continue;
        }
        const delayMs = retryDelay(error, isRead, retries, once);
        if (delayMs === null) throw error;
        retries++;
        safely(() => opts.onEvent?.({ type: 'retry', method, attempt: attempt + 1, delayMs, error }));
        try {
          await sleep(delayMs, signal);
        } catch (cause) {
          throw abortedError(method, cause);
        }
      }
    }
  }

  /** Keeps the promise contract: anything that is not a PortalError becomes one. */
  const guard = async <T>(method: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof PortalError) throw e;
      // no `cause`: the original error's message and stack are not masked
      throw new PortalError({
        kind: 'validation',
        method,
        description: auth.mask(e instanceof Error ? e.message : String(e)),
      });
    }
  };

  /** `run` + the envelope: the parsed `result` and the raw answer (for `total`/`next`). */
  async function callRaw<S extends z.ZodType>(method: string, params: Params, schema: S, o?: CallOptions) {
    const { json, status } = await run(method, params, o?.idempotent ?? isReadMethod(method), o);
    if (!isRecord(json) || !('result' in json)) {
      throw decodeError(method, isRecord(json) ? ['result'] : [], 'No "result" in the answer.', status);
    }
    return { value: parseWith(method, schema, json['result'], ['result'], status), json, status };
  }

  const call = <S extends z.ZodType>(method: string, params: Params, schema: S, o?: CallOptions) =>
    guard(method, async () => (await callRaw(method, params, schema, o)).value);

  const callList = <S extends z.ZodType>(method: string, params: Params, schema: S, o?: CallOptions) =>
    guard(method, async (): Promise<ListPage<z.output<S>>> => {
      const { value, json, status } = await callRaw(method, params, schema, o);
      const env = parseWith(method, ListEnvelopeSchema, json, [], status);
      return {
        items: value,
        ...(env.total !== undefined ? { total: env.total } : {}),
        ...(env.next !== undefined ? { next: env.next } : {}),
      };
    });

  async function batch<C extends BatchCommands>(commands: C, o?: BatchOptions): Promise<BatchResults<C>> {
    return guard('batch', async () => {
      const keys = Object.keys(commands);
      if (keys.length > BATCH_MAX_LENGTH) {
        throw new PortalError({
          kind: 'validation',
          method: 'batch',
          code: 'ERROR_BATCH_LENGTH_EXCEEDED',
          description: `Max batch length exceeded: ${keys.length} commands, a batch runs at most ${BATCH_MAX_LENGTH}. Use batchChunks.`,
        });
      }
      const bad = keys.find((k) => !BATCH_KEY.test(k));
      if (bad !== undefined) {
        throw new PortalError({
          kind: 'validation',
          method: 'batch',
          code: 'INVALID_BATCH_KEY',
          description: `Batch key "${bad}" may contain only letters, digits, "_", ".", ":" and "-".`,
        });
      }
      if (keys.length === 0) return {} as BatchResults<C>;
      const cmd: Record<string, string> = {};
      let allRead = true;
      for (const key of keys) {
        const c = commands[key] as BatchCommand;
        cmd[key] = encodeBatchCommand(c.method, c.params);
        allRead &&= isReadMethod(c.method);
      }
      const halt = o?.halt ?? false;
      const { json, status } = await run(
        'batch',
        { halt: halt ? 1 : 0, cmd },
        o?.idempotent ?? allRead,
        o,
        keys.length,
      );
      const env = parseWith('batch', BatchEnvelopeSchema, json, [], status).result;
      const out: Record<string, BatchPart<unknown>> = {};
      for (const key of keys) {
        const c = commands[key] as BatchCommand;
        out[key] = batchPart(c, key, env, status, halt);
      }
      return out as BatchResults<C>;
    });
  }

  function batchPart(
    c: BatchCommand,
    key: string,
    env: BatchResult,
    status: number,
    halt: boolean,
  ): BatchPart<unknown> {
    const rawError = env.result_error[key];
    if (rawError !== undefined) {
      const body = isRecord(rawError) ? rawError : { error: '', error_description: String(rawError) };
      return { ok: false, error: portalErrorFromBody(c.method, body, status, auth.mask) };
    }
    const hasResult = Object.prototype.hasOwnProperty.call(env.result, key);
    try {
      if (!hasResult && !c.schema.safeParse(null).success) {
        return {
          ok: false,
          error: new PortalError({
            kind: 'portal',
            method: c.method,
            code: 'BATCH_NOT_RUN',
            description: halt
              ? 'Not run: an earlier command of the batch failed.'
              : 'The portal returned no result for this command.',
            status,
          }),
        };
      }
      const value = parseWith(c.method, c.schema, hasResult ? env.result[key] : null, ['result'], status);
      const total = env.result_total[key];
      const next = env.result_next[key];
      return {
        ok: true,
        value,
        ...(total !== undefined ? { total } : {}),
        ...(next !== undefined ? { next } : {}),
      };
    } catch (e) {
      if (e instanceof PortalError) return { ok: false, error: e };
      return { ok: false, error: decodeError(c.method, ['result'], String(e), status) };
    }
  }

  return {
    id: auth.id,
    call,
    callList,
    batch,
  };
}

export interface BatchChunksOptions extends BatchOptions {
  /** After each batch request: commands finished so far and in all. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}

/**
 * Runs any number of commands as consecutive batches of at most 50 (one HTTP request each, never in
 * parallel: the portal's rate limit counts requests). If a batch request itself fails, its commands
 * and all later ones get that error and nothing more is sent; with `halt`, a failing command stops
 * the later batches too (their commands are reported `BATCH_NOT_RUN`).
 */
export async function batchChunks<C extends BatchCommands>(
  client: PortalClient,
  commands: C,
  opts: BatchChunksOptions = {},
): Promise<BatchResults<C>> {
  const { onProgress, ...batchOpts } = opts;
  const keys = Object.keys(commands);
  const out: Record<string, BatchPart<unknown>> = {};
  let stop: PortalError | null = null;
  for (let i = 0; i < keys.length; i += BATCH_MAX_LENGTH) {
    const chunkKeys = keys.slice(i, i + BATCH_MAX_LENGTH);
    if (stop === null) {
      const chunk: Record<string, BatchCommand> = {};
      for (const k of chunkKeys) chunk[k] = commands[k] as BatchCommand;
      try {
        const parts: Record<string, BatchPart<unknown>> = await client.batch(chunk, batchOpts);
        Object.assign(out, parts);
        if (batchOpts.halt) {
          const failed = Object.values(parts).find((p) => !p.ok);
          if (failed && !failed.ok) {
            stop = new PortalError({
              kind: 'portal',
              method: 'batch',
              code: 'BATCH_NOT_RUN',
              description: 'Not run: an earlier command of the batch failed.',
              status: failed.error.status,
            });
          }
        }
      } catch (e) {
        stop =
          e instanceof PortalError
            ? e
            : new PortalError({
                kind: 'network',
                method: 'batch',
                description: e instanceof Error ? e.message : String(e),
              });
        for (const k of chunkKeys) out[k] = { ok: false, error: stop };
      }
    } else {
      for (const k of chunkKeys) out[k] = { ok: false, error: stop };
    }
    try {
      onProgress?.({ done: Math.min(i + BATCH_MAX_LENGTH, keys.length), total: keys.length });
    } catch {
      // Progress is informational only.
    }
  }
  return out as BatchResults<C>;
}

/** Runs one command description (the same object a `batch` takes) as a single call. */
export function callCommand<S extends z.ZodType>(
  client: PortalClient,
  command: BatchCommand<S>,
  opts?: CallOptions,
): Promise<z.output<S>> {
  return client.call(command.method, command.params ?? {}, command.schema, opts);
}

/** `callCommand` for list methods: the page with `total` and `next`. */
export function callListCommand<S extends z.ZodType>(
  client: PortalClient,
  command: BatchCommand<S>,
  opts?: CallOptions,
): Promise<ListPage<z.output<S>>> {
  return client.callList(command.method, command.params ?? {}, command.schema, opts);
}
