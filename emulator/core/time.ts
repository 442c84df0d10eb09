/**
 * Dates the way the portal prints them: ISO 8601 with the portal's offset (`date('c')`,
 * BITRIX24-API.md 3.1). The emulated portal lives at a fixed UTC+02:00 (no DST) so output does not
 * depend on the machine's time zone.
 */
export const PORTAL_OFFSET_MINUTES = 120;
export const PORTAL_OFFSET_SECONDS = PORTAL_OFFSET_MINUTES * 60;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function offsetSuffix(): string {
  const sign = PORTAL_OFFSET_MINUTES >= 0 ? '+' : '-';
  const abs = Math.abs(PORTAL_OFFSET_MINUTES);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Epoch milliseconds → `2024-05-23T18:18:25+02:00`. */
export function isoDateTime(ms: number): string {
  const d = new Date(ms + PORTAL_OFFSET_MINUTES * 60_000);
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${offsetSuffix()}`
  );
}

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00+02:00` (`CRestUtil::ConvertDate`). */
export function isoDate(date: string): string {
  return `${date}T00:00:00${offsetSuffix()}`;
}

/**
 * Parses what a client may send for a date or datetime (ISO with or without offset, `YYYY-MM-DD`,
 * `DD.MM.YYYY`); local times are read in the portal's zone. `null` when unreadable.
 */
export function parsePortalTime(input: unknown): number | null {
  if (typeof input === 'number' && Number.isFinite(input)) return input * 1000;
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s === '') return null;
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})(?:\s+(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (ru) {
    const [, dd, mm, yyyy, hh = '00', mi = '00', ss = '00'] = ru;
    return Date.UTC(+yyyy!, +mm! - 1, +dd!, +hh, +mi, +ss) - PORTAL_OFFSET_MINUTES * 60_000;
  }
  const local = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(s);
  if (local) {
    const [, yyyy, mm, dd, hh = '00', mi = '00', ss = '00'] = local;
    return Date.UTC(+yyyy!, +mm! - 1, +dd!, +hh, +mi, +ss) - PORTAL_OFFSET_MINUTES * 60_000;
  }
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : ms;
}

/** Epoch ms → the portal-local calendar date `YYYY-MM-DD`. */
export function portalDate(ms: number): string {
  return isoDateTime(ms).slice(0, 10);
}
