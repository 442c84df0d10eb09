/** Why a write failed: `quota` when the browser's storage is full, `unavailable` for anything else (e.g. disabled storage). */
export interface DraftWriteError {
  readonly reason: 'quota' | 'unavailable';
  readonly error: unknown;
}

/** The outcome of a write or removal; storage errors are returned, never thrown. */
export type DraftWriteResult = { readonly ok: true } | ({ readonly ok: false } & DraftWriteError);

/** Whether `error` is the browser saying the storage is full (names differ by engine; Firefox also uses code 1014). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error) && !(typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return false;
  }
  const { name } = error as Error;
  const code = (error as { code?: unknown }).code;
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** The result of a write the browser's storage refused. */
export const writeFailure = (error: unknown): DraftWriteResult => ({
  ok: false,
  reason: isQuotaError(error) ? 'quota' : 'unavailable',
  error,
});
