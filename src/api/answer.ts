import { z } from 'zod';
import { PortalError } from './errors';
import { CountSchema } from './schemas/envelope';

/** Reading the portal's answers: zod at the edge, every mismatch one `decode` PortalError. */

/** `result.TITLE.type`, `result[0].elements[2].name`; `body` for the whole answer. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'body' : out;
}

export function decodeError(
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
export function parseWith<S extends z.ZodType>(
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

export const ListEnvelopeSchema = z
  .object({ total: CountSchema.optional(), next: CountSchema.optional() })
  .loose();

/** `mask`: the connection's own masking (`PortalAuth.mask`), on top of what PortalError masks. */
export function portalErrorFromBody(
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

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
