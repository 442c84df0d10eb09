/**
 * The portal in one pure function: `handle(db, request) -> {status, body}`. Order of work as in
 * `CRestServer::process` (BITRIX24-API.md 4): find the method (404 first, even without auth),
 * authenticate and check the scope (401), then the CRM access check, then the method.
 */
import { appOptionMethods } from './appOptions';
import { categoryMethods } from './categories';
import { authenticate, GLOBAL_SCOPE, type AuthInfo } from './auth';
import type { MethodContext, MethodResult, MethodSpec } from './context';
import { departmentMethods } from './departments';
import { crmError, methodNotFound, RestError } from './errors';
import { entityMethods } from './entityMethods';
import { itemMethods } from './itemMethods';
import { fieldMethods } from './userFieldMethods';
import { layoutMethods } from './layout';
import { leadMethods } from './leads';
import { placementMethods } from './placements';
import { restProviderMethods } from './restProvider';
import {
  defineKey,
  intval,
  isPhpArray,
  isset,
  parseStr,
  phpBool,
  phpEntries,
  upperKeys,
  type Params,
  type PhpArray,
} from './php';
import { statusMethods } from './statuses';
import { isoDateTime } from './time';
import type { CoreDb } from './types';
import { userMethods } from './users';

export interface CoreRequest {
  /** The method name as the URL had it (any case, without `.json`). */
  readonly method: string;
  /** Query and body merged (body wins), auth keys included: `aplogin`/`ap`, `auth`. */
  readonly params: Params;
  /** `Authorization: Bearer …` token, if any. */
  readonly bearer?: string;
  /** Epoch milliseconds; defaults to now. */
  readonly now?: number;
}

export interface CoreResponse {
  readonly status: number;
  /** A PHP-shaped value; encode it with `encodePhpJson`. */
  readonly body: unknown;
  /** Lower-cased method name, for the request log. */
  readonly method: string;
  /** The authenticated user, when authentication got that far. */
  readonly userId?: number;
}

export interface TimeBlock {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at: number;
  operating: number;
}

/** `CRestUtil::BATCH_MAX_LENGTH` (4.4). */
export const BATCH_MAX_LENGTH = 50;

const batchSpec: MethodSpec = { scope: GLOBAL_SCOPE, handler: (ctx) => runBatch(ctx) };

export const METHODS: Readonly<Record<string, MethodSpec>> = {
  batch: batchSpec,
  ...restProviderMethods(() => METHODS),
  ...layoutMethods,
  ...fieldMethods,
  ...leadMethods,
  ...entityMethods,
  ...itemMethods,
  ...statusMethods,
  ...categoryMethods,
  ...userMethods,
  ...departmentMethods,
  ...appOptionMethods,
  ...placementMethods,
};

function lookup(method: string): MethodSpec {
  // 1.1: the REST server lower-cases the method name, so names are case-insensitive.
  const name = method.toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(METHODS, name)) throw methodNotFound();
  return METHODS[name] as MethodSpec;
}

/** 4.3 `appendDebugInfo` plus the cloud's operating pair. */
function timeBlock(startMs: number, processingMs: number): TimeBlock {
  const start = startMs / 1000;
  const finish = start + processingMs / 1000 + 0.000_05;
  return {
    start,
    finish,
    duration: finish - start,
    processing: processingMs / 1000,
    date_start: isoDateTime(startMs),
    date_finish: isoDateTime(finish * 1000),
    operating_reset_at: Math.floor(start) + 600,
    operating: 0,
  };
}

interface Outcome {
  readonly result: MethodResult;
  readonly time: TimeBlock;
}

/** Runs an authenticated call: CRM access check, `start` extraction, the handler. */
function execute(db: CoreDb, spec: MethodSpec, params: Params, auth: AuthInfo, now: number): Outcome {
  const t0 = performance.now();
  // 1.1: `CCrmRestService::onRestServiceMethod` refuses users without any CRM access.
  if (spec.scope === 'crm' && !auth.user.crmAccess) throw crmError('Access denied.');
  let start = 0;
  if (Object.prototype.hasOwnProperty.call(params, 'start')) {
    start = intval(params['start']); // 4.5: processCall removes `start` before the method sees it
    delete params['start'];
  }
  const ctx: MethodContext = { db, state: db.state, auth, user: auth.user, params, start, now };
  const result = spec.handler(ctx);
  return { result, time: timeBlock(now, performance.now() - t0) };
}

/**
 * 4.3: `{result, next?, total?, time}`. As `CRestServer::processCall` does, a `next` (when set) and
 * a `total` (even null) inside an array result are lifted out of it, as integers.
 */
function successBody({ result, time }: Outcome): Record<string, unknown> {
  let value = result.result;
  let next = result.next;
  let total = result.total;
  if (isPhpArray(value) && !Array.isArray(value) && ('next' in value || 'total' in value)) {
    const { next: inNext, total: inTotal, ...rest } = value as Record<string, unknown>;
    if (isset(inNext)) next = intval(inNext);
    else if ('next' in value) rest['next'] = inNext;
    if ('total' in value) total = intval(inTotal);
    value = rest;
  }
  const body: Record<string, unknown> = { result: value };
  if (next !== undefined) body['next'] = next;
  if (total !== undefined) body['total'] = total;
  body['time'] = time;
  return body;
}

function errorBody(e: unknown): { status: number; body: { error: string; error_description: string } } {
  if (e instanceof RestError) return { status: e.status, body: e.body };
  console.error('[emulator] unexpected error', e);
  return {
    status: 500,
    body: { error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' },
  };
}

export function handle(db: CoreDb, request: CoreRequest): CoreResponse {
  const now = request.now ?? Date.now();
  const method = request.method.toLowerCase();
  let userId: number | undefined;
  try {
    const spec = lookup(method);
    const params: Params = { ...request.params };
    const auth = authenticate(db.state, params, request.bearer, spec.scope, now);
    userId = auth.user.ID;
    const outcome = execute(db, spec, params, auth, now);
    return { status: 200, body: successBody(outcome), method, userId: auth.user.ID };
  } catch (e) {
    const { status, body } = errorBody(e);
    return { status, body, method, ...(userId === undefined ? {} : { userId }) };
  }
}

// ---------------------------------------------------------------------------------------------
// batch (4.4, `CRestProvider::methodsBatch`)

type BatchParts = Record<'result' | 'next' | 'total' | 'time' | 'error', Record<string, unknown>>;

/** `CRestUtil::processBatchElement`: `$result[key][field]…` in a parameter value. */
function substitute(value: string, parts: BatchParts): unknown {
  const re = /\$(result|next|total|time|error)([^\s]*)/gi;
  let out: unknown = value;
  for (const match of value.matchAll(re)) {
    const [whole, part = '', path = ''] = match;
    const keys = [...path.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1] ?? '');
    if (keys.length === 0) continue;
    let r: unknown = (parts as Record<string, unknown>)[part];
    for (const key of keys) {
      const next = isPhpArray(r) ? (r as Record<string, unknown>)[key] : undefined;
      if (next === undefined || next === null) break;
      r = next;
    }
    if (whole === value) out = r;
    else if (typeof r === 'string' && typeof out === 'string') out = out.split(whole).join(r);
  }
  return out;
}

function substituteAll(params: PhpArray, parts: BatchParts): PhpArray {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.includes('$') ? substitute(v, parts) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (isPhpArray(v)) {
      const out: Record<string, unknown> = {};
      for (const [k, x] of phpEntries(v)) defineKey(out, k, walk(x));
      return out;
    }
    return v;
  };
  return walk(params) as PhpArray;
}

/** Methods a batch refuses per entry (4.4): nested batch, download, upload. */
const NOT_IN_BATCH = new Set(['batch', 'download', 'upload']);

function runSubCall(ctx: MethodContext, method: string, params: Params): Record<string, unknown> {
  try {
    if (NOT_IN_BATCH.has(method.toLowerCase())) {
      throw new RestError('Method is not allowed for batch usage', 'ERROR_BATCH_METHOD_NOT_ALLOWED');
    }
    const spec = lookup(method);
    // CRestServerBatchItem::checkAuth: the caller's auth, only the scope is checked again (no text).
    const granted = ctx.auth.scopes;
    const userScopeAlt =
      spec.scope === 'user' && (granted.includes('user_brief') || granted.includes('user_basic'));
    if (spec.scope !== GLOBAL_SCOPE && !granted.includes(spec.scope) && !userScopeAlt) {
      throw new RestError('', 'insufficient_scope', 401);
    }
    for (const k of ['aplogin', 'ap', 'auth', 'access_token', 'auth_connector']) delete params[k];
    return successBody(execute(ctx.db, spec, params, ctx.auth, ctx.now));
  } catch (e) {
    return errorBody(e).body;
  }
}

function runBatch(ctx: MethodContext): MethodResult {
  const query = upperKeys(ctx.params);
  const halt = phpBool(query['HALT']); // 4.4: PHP bool, so "false" halts
  const parts: BatchParts = { result: {}, next: {}, total: {}, time: {}, error: {} };
  const cmd = query['CMD'];
  if (isPhpArray(cmd)) {
    let count = 0;
    for (const [key, call] of phpEntries(cmd)) {
      let res: Record<string, unknown>;
      if (count++ < BATCH_MAX_LENGTH) {
        if (typeof call !== 'string') continue; // 4.4: non-string entries are skipped
        const q = call.indexOf('?');
        const method = q < 0 ? call : call.slice(0, q);
        const queryString = q < 0 ? '' : (call.slice(q + 1).split('#')[0] ?? '');
        const subParams = substituteAll(parseStr(queryString), parts) as Params;
        res = runSubCall(ctx, method, subParams);
      } else {
        // 4.4: every entry past 50 gets its own error; the batch itself still answers 200.
        res = { error: 'ERROR_BATCH_LENGTH_EXCEEDED', error_description: 'Max batch length exceeded' };
      }
      if (res['error'] !== undefined) {
        defineKey(parts.error, key, res);
      } else {
        for (const part of ['result', 'next', 'total', 'time'] as const) {
          if (Object.prototype.hasOwnProperty.call(res, part)) defineKey(parts[part], key, res[part]);
        }
      }
      if (res['error'] !== undefined && halt) break;
    }
  }
  return {
    result: {
      result: parts.result,
      result_error: parts.error,
      result_total: parts.total,
      result_next: parts.next,
      result_time: parts.time,
    },
  };
}
