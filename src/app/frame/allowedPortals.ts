/**
 * Which portals may run the app in their frame, when the host says so. The frame's `DOMAIN` names
 * the portal the app sends its REST calls and its token requests to (BITRIX24-API.md 5.1); a page
 * that frames the app with a `DOMAIN` outside the list would have it work against a portal nobody
 * chose. The list is the one the host puts into `frame-ancestors` (`scripts/serve-app.mjs` writes
 * it into `index.html` as `<meta name="lcs-allowed-portals">`), or fixed at build time with
 * `VITE_ALLOWED_PORTALS`. No list: every portal is accepted (the emulator, a zip on a portal).
 */

/** `https://*.bitrix24.ru`, `https://crm.example.com:8443`, `http://127.0.0.1:*`: CSP host sources. */
const SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}|\*))?\/?$/i;

export const ALLOWED_PORTALS_META = 'lcs-allowed-portals';

export interface PortalPattern {
  readonly scheme: 'http' | 'https';
  /** `*.bitrix24.ru`: any host under `bitrix24.ru` (not `bitrix24.ru` itself, as in CSP). */
  readonly anySubdomain: boolean;
  readonly host: string;
  /** `null`: the scheme's default port; `'*'`: any. */
  readonly port: string | null;
}

/** The patterns of a space- or comma-separated list; anything that is not a host source is dropped. */
export function parseAllowedPortals(list: string): PortalPattern[] {
  const out: PortalPattern[] = [];
  for (const item of list.split(/[\s,]+/)) {
    const m = SOURCE.exec(item);
    if (!m) continue;
    const [, scheme = '', wildcard, host = '', port] = m;
    out.push({
      scheme: scheme.toLowerCase() === 'https' ? 'https' : 'http',
      anySubdomain: wildcard !== undefined,
      host: host.toLowerCase(),
      port: port ?? null,
    });
  }
  return out;
}

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/** Whether the portal at `portalOrigin` (`PROTOCOL://DOMAIN`) matches one of `patterns`. */
export function isAllowedPortal(portalOrigin: string, patterns: readonly PortalPattern[]): boolean {
  let url: URL;
  try {
    url = new URL(portalOrigin);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const port = url.port === '' ? (DEFAULT_PORTS[url.protocol] ?? '') : url.port;
  return patterns.some((p) => {
    if (`${p.scheme}:` !== url.protocol) return false;
    if (p.port !== '*' && (p.port ?? DEFAULT_PORTS[url.protocol]) !== port) return false;
    return p.anySubdomain ? host.endsWith(`.${p.host}`) : host === p.host;
  });
}

/**
 * The list the page was given: the `<meta>` the host wrote, else the build's `VITE_ALLOWED_PORTALS`,
 * else `null` (no restriction). An empty or unreadable list allows nothing: a host that names
 * portals and gets them wrong must not end up allowing all.
 */
export function configuredPortals(
  doc: Pick<Document, 'querySelector'>,
  built: unknown,
): PortalPattern[] | null {
  const meta = doc.querySelector(`meta[name="${ALLOWED_PORTALS_META}"]`)?.getAttribute('content');
  const list = meta ?? (typeof built === 'string' && built.trim() !== '' ? built : null);
  return list === null ? null : parseAllowedPortals(list);
}
