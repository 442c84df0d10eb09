import type { z } from 'zod';
import type { PortalAuth } from './auth';
import type { Params } from './encode';
import type { PortalError } from './errors';

/** The REST client's contract: what a call takes and returns, and how a client is made. */
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

export interface BatchChunksOptions extends BatchOptions {
  /** After each batch request: commands finished so far and in all. */
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
}
