import type { AuthInfo } from './auth';
import { crmError } from './errors';
import { isPhpArray, isset, type Params, type PhpArray } from './php';
import type { CoreDb, PortalState, UserRecord } from './types';

/** What one REST call gives a method handler. `params` no longer holds auth keys or `start`. */
export interface MethodContext {
  readonly db: CoreDb;
  readonly state: PortalState;
  readonly auth: AuthInfo;
  readonly user: UserRecord;
  readonly params: Params;
  /** `intval($query['start'])`, removed from the params by `CRestServer::processCall` (4.5). */
  readonly start: number;
  /** Epoch milliseconds of the request. */
  readonly now: number;
}

/** A handler's answer; `total`/`next` are lifted to the top level of the envelope (4.3). */
export interface MethodResult {
  readonly result: unknown;
  readonly total?: number;
  readonly next?: number;
}

export type MethodHandler = (ctx: MethodContext) => MethodResult;

export interface MethodSpec {
  /** REST scope the caller's token or webhook must grant (`_global` = none needed). */
  readonly scope: string;
  readonly handler: MethodHandler;
}

export const ok = (result: unknown): MethodResult => ({ result });

/**
 * `CCrmRestHelper::resolveParam`-style lookup: the first of `keys` that is set (`isset`).
 * Each caller passes the spellings BITRIX24-API.md lists for that parameter.
 */
export function resolveParam(params: Params, keys: readonly string[]): unknown {
  for (const k of keys) {
    if (Object.prototype.hasOwnProperty.call(params, k) && isset(params[k])) return params[k];
  }
  return undefined;
}

/** `fields`, `FIELDS`, `Fields`, `arFields` (BITRIX24-API.md 3.1). */
export function spellings(name: string): string[] {
  const cap = name.charAt(0).toUpperCase() + name.slice(1);
  return [name, name.toUpperCase(), cap, `ar${cap}`];
}

/**
 * `resolveArrayParam`: missing → `[]`; present but not an array → `Parameter '{name}' must be
 * array.` (BITRIX24-API.md 3.1).
 */
export function resolveArrayParam(params: Params, name: string): PhpArray {
  const v = resolveParam(params, spellings(name));
  if (v === undefined) return [];
  if (!isPhpArray(v)) throw crmError(`Parameter '${name}' must be array.`);
  return v;
}
