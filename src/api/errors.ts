import type { LayoutDataProblem } from '../domain/validate';
import { maskSecrets } from './maskSecrets';

/**
 * How a call failed:
 * - `portal`: the portal answered with an error body (`code` may be `""`: every CRM validation
 *   and permission error, BITRIX24-API.md 4.3; the text is in `description`);
 * - `network`: no HTTP answer (fetch rejected: offline, DNS, CORS, connection reset);
 * - `timeout`: no answer within the call's time limit;
 * - `aborted`: the caller's `AbortSignal` fired;
 * - `decode`: an answer that is not JSON or not the expected shape;
 * - `validation`: refused before sending (no HTTP request), with the text the portal would give.
 */
export type PortalErrorKind = 'portal' | 'network' | 'timeout' | 'aborted' | 'decode' | 'validation';

export interface PortalErrorInit {
  readonly kind: PortalErrorKind;
  readonly method: string;
  readonly code?: string;
  readonly description?: string;
  readonly status?: number;
  /** Overrides the generated message (decode errors name the zod path). */
  readonly message?: string;
  /** `decode`: where the answer differed from the schema, e.g. `result.TITLE.type`. */
  readonly path?: string;
  /** `validation` of `setLayout`: which section/element the portal would reject. */
  readonly problem?: LayoutDataProblem;
  readonly cause?: unknown;
}

/**
 * The one error type of the API layer: every promise of the client rejects with it. It never
 * contains a webhook secret or a token: its texts (code, description, message, path) come from the
 * portal or the network and are masked here, the one place every such text passes
 * (`maskSecrets`: the secrets this page knows and any credential recognisable by its place).
 * Give it no `cause` that could quote a secret.
 */
export class PortalError extends Error {
  override readonly name = 'PortalError';
  readonly kind: PortalErrorKind;
  /** REST method that failed (for a batch part: the part's own method). */
  readonly method: string;
  /** Portal error code, `""` when the portal sent none (keep `description`!). */
  readonly code: string;
  /** Portal's `error_description`, or what happened for non-portal kinds. */
  readonly description: string;
  /** HTTP status; `0` when there was no HTTP answer (network, timeout, aborted, validation). */
  readonly status: number;
  readonly path?: string;
  readonly problem?: LayoutDataProblem;

  constructor(init: PortalErrorInit) {
    const method = maskSecrets(init.method);
    const code = maskSecrets(init.code ?? '');
    const description = maskSecrets(init.description ?? '');
    const status = init.status ?? 0;
    super(
      init.message !== undefined
        ? maskSecrets(init.message)
        : defaultMessage(method, code, description, status),
      { cause: init.cause },
    );
    this.kind = init.kind;
    this.method = method;
    this.code = code;
    this.description = description;
    this.status = status;
    if (init.path !== undefined) this.path = maskSecrets(init.path);
    if (init.problem !== undefined) this.problem = init.problem;
  }
}

function defaultMessage(method: string, code: string, description: string, status: number): string {
  const text = [code, description].filter((s) => s !== '').join(': ');
  return `${method}: ${text !== '' ? text : `HTTP ${status}`}`;
}

export function isPortalError(e: unknown): e is PortalError {
  return e instanceof PortalError;
}

/** Methods that only read: a refusal of one is about seeing, not about changing. */
const READS = /\.(get|list)$|^batch$/;

/**
 * Whether `e` is the portal's permission refusal (`Access denied.`, code `""`), and of what: `read`
 * when the method only reads (a `.get`, a `.list`, or a whole batch; a batch part carries its own
 * method), `write` otherwise; `null` for any other failure.
 */
export function accessDenied(e: unknown): 'read' | 'write' | null {
  if (!isPortalError(e) || e.kind !== 'portal' || e.code !== '' || e.description !== 'Access denied.')
    return null;
  return READS.test(e.method) ? 'read' : 'write';
}

/** Codes that mean "log in again / token no longer valid" (OAuth); the transport refreshes once. */
export const TOKEN_ERROR_CODES: readonly string[] = ['expired_token', 'invalid_token'];
