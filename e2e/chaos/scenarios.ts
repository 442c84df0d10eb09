/**
 * The chaos scenarios: a seeded, bounded list of (phase × fault) pairs with their parameters, and
 * what the client's retry policy (src/api/transport.ts) promises for each. Pure: the same seed and
 * count always give the same scenarios, and the first N of a longer run are the N of a shorter one.
 */

/** Where in the user's work the fault strikes. */
export type Phase = 'load' | 'save' | 'preview-load' | 'preview-save';

export type FaultKind =
  | 'rate-limit' // 503 QUERY_LIMIT_EXCEEDED, in bursts
  | 'server-error' // 500 INTERNAL_SERVER_ERROR
  | 'expired-token' // 401 expired_token
  | 'time-limit' // 429 OPERATION_TIME_LIMIT
  | 'access-denied' // 400 "" / Access denied.
  | 'drop' // the connection is destroyed without an answer
  | 'stall' // the answer comes late (10 s in the full run)
  | 'html' // a proxy's HTML error page (502)
  | 'empty' // HTTP 200 with an empty body
  | 'truncated' // the real answer cut in half (the call ran)
  | 'shape'; // a JSON answer of an unexpected shape (the call ran)

export const FAULT_KINDS: readonly FaultKind[] = [
  'rate-limit',
  'server-error',
  'expired-token',
  'time-limit',
  'access-denied',
  'drop',
  'stall',
  'html',
  'empty',
  'truncated',
  'shape',
];
export const PHASES: readonly Phase[] = ['load', 'save', 'preview-load', 'preview-save'];

/** One edit of the layout, by position, so the test can model what the portal must end up with. */
export type LayoutEdit =
  | { readonly kind: 'rename'; readonly section: number; readonly title: string }
  | { readonly kind: 'toggle'; readonly section: number; readonly element: number }
  | { readonly kind: 'remove'; readonly section: number; readonly element: number };

export interface Scenario {
  readonly index: number;
  readonly phase: Phase;
  readonly fault: FaultKind;
  /** The REST method the fault is armed for. */
  readonly method: string;
  /** How many matching calls the fault affects. */
  readonly count: number;
  /** `stall`: how long the answer waits. */
  readonly stallMs: number;
  /** `shape`: what replaces `result` (`missing`: the key is gone). */
  readonly shape: 'string' | 'number' | 'missing';
  /** Edits made before saving. */
  readonly edits: readonly LayoutEdit[];
  /** Also edit while a stalled request is under way (the edit must survive the answer). */
  readonly editWhileWaiting: boolean;
  /** What the client's retry policy promises: the user sees the outcome, or either is fine. */
  readonly expect: 'ok' | 'error' | 'either';
}

/** mulberry32: small, fast, good enough to pick test cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const between = (rand: () => number, min: number, max: number): number =>
  min + Math.floor(rand() * (max - min + 1));

/** The methods each phase calls (BITRIX24-API.md 1, 3, 4.4). */
const LOAD_METHOD = 'batch'; // the editor opens with ONE batch
const SAVE_READ = 'crm.lead.details.configuration.get'; // the checked save re-reads first
const SAVE_WRITE = 'crm.lead.details.configuration.set';
const LEAD_GET = 'crm.lead.get';
const LEAD_UPDATE = 'crm.lead.update';

/**
 * What `createPortalClient`'s retry table promises for `count` consecutive faults of `kind` on one
 * call: retried away (`ok`) or shown to the user (`error`). Reads and writes differ: a write that
 * may have run is never repeated.
 */
export function promisedOutcome(kind: FaultKind, count: number, isRead: boolean): 'ok' | 'error' | 'either' {
  switch (kind) {
    case 'rate-limit':
      return count <= 3 ? 'ok' : 'error'; // 503: retried up to 3 times, reads and writes alike
    case 'drop':
      // Chromium itself resends a request (even a POST) whose reused keep-alive connection closed
      // before any answer, once per idle connection: more drops may be absorbed than the client retries
      return isRead && count <= 3 ? 'ok' : 'either';
    case 'server-error':
    case 'html': // HTTP 502
      return isRead && count <= 1 ? 'ok' : 'error'; // a read once, a write never
    case 'stall':
      return 'ok';
    default:
      return 'error'; // 401 without a refresh (webhook), 429, denials, broken bodies
  }
}

function faultCount(rand: () => number, kind: FaultKind): number {
  switch (kind) {
    case 'rate-limit':
    case 'drop':
      return between(rand, 1, 4);
    case 'server-error':
    case 'html':
      return between(rand, 1, 2);
    default:
      return 1;
  }
}

function edits(rand: () => number, index: number): LayoutEdit[] {
  const out: LayoutEdit[] = [];
  const n = between(rand, 1, 3);
  for (let i = 0; i < n; i++) {
    const kind = pick(rand, ['rename', 'toggle', 'toggle', 'remove'] as const);
    const section = between(rand, 0, 2);
    if (kind === 'rename') out.push({ kind, section, title: `Chaos ${index}.${i} «ü» <b>` });
    else out.push({ kind, section, element: between(rand, 0, 3) });
  }
  return out;
}

/**
 * Scenario `i` of the run with `seed`. Every round of 11 covers each fault kind once, in a seeded
 * order, and the phase rotates by round, so the first 44 scenarios cover every (phase, fault) pair.
 */
export function scenario(seed: number, index: number, stallMs: number): Scenario {
  const round = Math.floor(index / FAULT_KINDS.length);
  const order = [...FAULT_KINDS];
  const shuffle = prng(seed * 7919 + round);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle() * (i + 1));
    [order[i], order[j]] = [order[j] as FaultKind, order[i] as FaultKind];
  }
  const slot = index % FAULT_KINDS.length;
  const fault = order[slot] as FaultKind;
  const phase = PHASES[(FAULT_KINDS.indexOf(fault) + round) % PHASES.length] as Phase;
  const rand = prng(seed * 104729 + index);
  const count = faultCount(rand, fault);
  let method: string;
  let isRead: boolean;
  let either = false;
  switch (phase) {
    case 'load':
      [method, isRead] = [LOAD_METHOD, true];
      break;
    case 'save':
      [method, isRead] = rand() < 0.3 ? [SAVE_READ, true] : [SAVE_WRITE, false];
      break;
    case 'preview-load':
      // the preview opens with two batches at once (names, lead list), then crm.lead.get
      if (rand() < 0.3) [method, isRead, either] = [LOAD_METHOD, true, true];
      else [method, isRead] = [LEAD_GET, true];
      break;
    case 'preview-save':
      [method, isRead] = [LEAD_UPDATE, false];
      break;
  }
  return {
    index,
    phase,
    fault,
    method,
    count,
    stallMs,
    shape: pick(rand, ['string', 'number', 'missing'] as const),
    edits: edits(rand, index),
    editWhileWaiting: fault === 'stall' && rand() < 0.6,
    expect: either ? 'either' : promisedOutcome(fault, count, isRead),
  };
}

export function scenarios(seed: number, n: number, stallMs: number): Scenario[] {
  return Array.from({ length: n }, (_, i) => scenario(seed, i, stallMs));
}

/**
 * What every message about this fault must quote: the portal's code or text, or, when the portal
 * said nothing usable (no answer, a broken body), what happened in the client's words.
 */
export function expectedWords(kind: FaultKind): RegExp | null {
  switch (kind) {
    case 'rate-limit':
      return /QUERY_LIMIT_EXCEEDED/;
    case 'server-error':
      return /INTERNAL_SERVER_ERROR/;
    case 'expired-token':
      return /expired_token/;
    case 'time-limit':
      return /OPERATION_TIME_LIMIT/;
    case 'access-denied':
      return /Access denied\./;
    case 'drop':
      return /cannot be reached|connection/i;
    case 'html':
      return /HTTP 502/;
    case 'empty':
    case 'truncated':
      return /HTTP 200, not JSON/;
    case 'shape':
      return /unexpected response at result/;
    case 'stall':
      return null;
  }
}

/** The emulator's fault spec for `s` (null for `shape`, injected in the browser instead). */
export function faultSpec(s: Scenario): Record<string, unknown> | null {
  const base = { method: s.method, count: s.count };
  switch (s.fault) {
    case 'rate-limit':
      return { ...base, status: 503, error: 'QUERY_LIMIT_EXCEEDED', description: 'Too many requests' };
    case 'server-error':
      return { ...base, status: 500, error: 'INTERNAL_SERVER_ERROR', description: 'Internal server error' };
    case 'expired-token':
      return {
        ...base,
        status: 401,
        error: 'expired_token',
        description: 'The access token provided has expired.',
      };
    case 'time-limit':
      return {
        ...base,
        status: 429,
        error: 'OPERATION_TIME_LIMIT',
        description: 'Method is blocked due to operation time limit.',
      };
    case 'access-denied':
      return { ...base, status: 400, error: '', description: 'Access denied.' };
    case 'drop':
      return { ...base, drop: true };
    case 'stall':
      return { ...base, delayMs: s.stallMs };
    case 'html':
      return { ...base, body: 'html' };
    case 'empty':
      return { ...base, body: 'empty' };
    case 'truncated':
      return { ...base, body: 'truncated' };
    case 'shape':
      return null;
  }
}

/** Whether the call ran on the portal although the client saw a failure (the write may be stored). */
export const callRanAnyway = (kind: FaultKind): boolean => kind === 'truncated' || kind === 'shape';
