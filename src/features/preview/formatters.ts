/** Number, money and date formatting in the user's locale, and the only links the preview makes. */

export function formatNumber(raw: string, locale: string | undefined, maxFraction = 2): string {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return raw;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxFraction }).format(n);
}

export function formatMoney(amount: string, currency: string, locale: string | undefined): string {
  const n = Number(amount);
  if (!Number.isFinite(n)) return [amount, currency].filter(Boolean).join(' ');
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(n);
  } catch {
    // not an ISO 4217 code (a portal may define its own currencies)
    return [formatNumber(amount, locale), currency].filter(Boolean).join(' ');
  }
}

/** `YYYY-MM-DD` as a calendar date in `locale`, never shifted by a time zone. */
export function formatDate(ymd: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  if (!m) return ymd;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** `YYYY-MM-DDTHH:mm` (the portal's wall time) in `locale`. */
export function formatDateTime(value: string, locale: string | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return value;
  const at = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    at,
  );
}

/** An `http(s)` link for a web address (`example.com` gets `https://`); anything else is no link. */
export function safeHref(value: string): string | undefined {
  const v = value.trim();
  if (v === '' || /\s/.test(v)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : `https://${v}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
