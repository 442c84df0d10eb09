/**
 * Where the emulator says "I am the emulator" (served by `emulator/harness`): `{"emulator": true}`.
 * Outside `/rest/`, so probing it is not a portal request.
 */
export const EMULATOR_MARKER_PATH = '/portal/emulator.json';

type ProbeFetch = (
  url: string,
  init: { credentials: 'omit'; cache: 'no-store'; signal: AbortSignal },
) => Promise<{ readonly ok: boolean; json(): Promise<unknown> }>;

/**
 * Whether this page is served by the portal emulator, so its demo webhooks exist. A static host,
 * a Bitrix24 zip upload or any other server answers the marker path with a 404 or with
 * `index.html`: no demo there.
 */
export async function isDemoAvailable(
  origin: string,
  fetchImpl: ProbeFetch = (url, init) => fetch(url, init),
): Promise<boolean> {
  try {
    const res = await fetchImpl(`${origin}${EMULATOR_MARKER_PATH}`, {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(3_000),
    });
    if (!res.ok) return false;
    const body = await res.json();
    return (
      typeof body === 'object' && body !== null && (body as Record<string, unknown>)['emulator'] === true
    );
  } catch {
    return false;
  }
}

let asked: Promise<boolean> | null = null;

/**
 * The probe, asked once per page: `main.tsx` starts it at boot, beside the download of the
 * interface language, so its answer is there when the app first renders instead of being asked
 * only then (one round trip less before the portal's first REST call).
 */
export function demoAvailableOnce(origin: string): Promise<boolean> {
  asked ??= isDemoAvailable(origin);
  return asked;
}
