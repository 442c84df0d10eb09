import type { BatchCommand, BatchPart } from './clientTypes';
import { PortalError } from './errors';
import { decodeError, isRecord, parseWith, portalErrorFromBody } from './answer';
import { BATCH_MAX_LENGTH, type BatchResult } from './schemas/batch';

const BATCH_KEY = /^[A-Za-z0-9_.:-]+$/;

/** Refuses, before any request, a batch the portal would refuse or could not name back. */
export function checkBatchKeys(keys: readonly string[]): void {
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
}

/** One command's part of a batch answer: its parsed value, or the error the portal gave it. */
export function batchPart(
  c: BatchCommand,
  key: string,
  env: BatchResult,
  status: number,
  halt: boolean,
  mask: (text: string) => string,
): BatchPart<unknown> {
  const rawError = env.result_error[key];
  if (rawError !== undefined) {
    const body = isRecord(rawError) ? rawError : { error: '', error_description: String(rawError) };
    return { ok: false, error: portalErrorFromBody(c.method, body, status, mask) };
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
