import type { z } from 'zod';
import { decodeError, isRecord, ListEnvelopeSchema, parseWith } from './answer';
import { batchPart, checkBatchKeys } from './batchAnswer';
import type {
  BatchCommand,
  BatchCommands,
  BatchOptions,
  BatchPart,
  BatchResults,
  CallOptions,
  FetchLike,
  ListPage,
  PortalClient,
  PortalClientOptions,
} from './clientTypes';
import { encodeBatchCommand, encodeForm, type Params } from './encode';
import { PortalError, TOKEN_ERROR_CODES } from './errors';
import { abortedError, sendRequest } from './httpSend';
import { defaultSleep, isReadMethod, retryDelay, type RetryPolicy } from './retryPolicy';
import { BatchEnvelopeSchema } from './schemas/batch';

export type { Params } from './encode';
export type * from './clientTypes';
export { batchChunks } from './batchChunks';
export { formatPath } from './answer';
export { isReadMethod } from './retryPolicy';

/**
 * The REST transport: form-encoded POSTs, the portal's envelopes parsed with zod at the edge, one
 * error type ({@link PortalError}), bounded retries (the table in retryPolicy.ts). It never shows
 * UI; `onEvent` lets the UI say "retrying…".
 *
 * Request: `POST ${base}${method}.json` (what BX24.js sends; b24jssdk omits `.json`, the portal accepts
 * both, BITRIX24-API.md 4.1) with an `application/x-www-form-urlencoded` body: a CORS simple request,
 * no preflight, no custom headers (4.8). OAuth's `auth` goes first in the body, as in BX24.js.
 */

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RETRIES = 3;

const defaultFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

export function createPortalClient(opts: PortalClientOptions): PortalClient {
  const { auth } = opts;
  const fetchImpl = opts.fetch ?? defaultFetch;
  const defaultTimeout = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = opts.sleep ?? defaultSleep;
  const policy: RetryPolicy = {
    maxRetries: opts.maxRetries ?? DEFAULT_MAX_RETRIES,
    operationLimitDelayMs: opts.operationLimitDelayMs,
    random: opts.random ?? Math.random,
  };

  const safely = (fn: () => void): void => {
    try {
      fn();
    } catch {
      // Hooks are observers: a failing hook must not change the outcome of the call.
    }
  };

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
        return await sendRequest(fetchImpl, auth, method, body, signal, timeoutMs);
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
        const delayMs = retryDelay(policy, error, isRead, retries, once);
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
      checkBatchKeys(keys);
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
        out[key] = batchPart(c, key, env, status, halt, auth.mask);
      }
      return out as BatchResults<C>;
    });
  }

  return {
    id: auth.id,
    call,
    callList,
    batch,
  };
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
