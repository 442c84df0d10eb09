/**
 * How the portal tells an app that it runs inside Bitrix24 (BITRIX24-API.md 5.1): the iframe is
 * named `DOMAIN|PROTOCOL|APP_SID` and the app URL carries `DOMAIN`, `PROTOCOL`, `LANG` and
 * `APP_SID` in its query. Both must be present and agree, and the page must really be framed.
 */
export interface FrameInfo {
  /** Portal host with its port, if any: `b24-x.bitrix24.com`, `127.0.0.1:5173`. */
  readonly domain: string;
  /** 1: the portal runs on https. */
  readonly protocol: 0 | 1;
  /** The portal's id for this app page; every message carries it. */
  readonly appSid: string;
  /** `LANG` of the query (`en`, `ru`, `de`, …), null when absent. */
  readonly lang: string | null;
  /** `PROTOCOL://DOMAIN`, normalised as browsers write `MessageEvent.origin`. */
  readonly portalOrigin: string;
}

/** A host name with an optional port; nothing that could smuggle a path or credentials in. */
const HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](?::\d{1,5})?$/;
/** `:` and `|` would break the wire format; real ids are hex. */
const SID = /^[A-Za-z0-9_.-]{1,128}$/;
const LANG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/;

/** `new URL` drops the default port, as `MessageEvent.origin` does. */
export function originOf(protocol: 0 | 1, domain: string): string | null {
  try {
    return new URL(`${protocol === 1 ? 'https' : 'http'}://${domain}/`).origin;
  } catch {
    return null;
  }
}

/**
 * `null` unless every sign of a portal frame is there: `framed` (window.parent is another window),
 * a `window.name` of three `|`-separated parts, and `DOMAIN` / `APP_SID` in the query equal to
 * the name's parts (`PROTOCOL` too when the query has it).
 */
export function detectFrame(windowName: string, search: string, framed: boolean): FrameInfo | null {
  if (!framed) return null;
  const parts = windowName.split('|');
  if (parts.length !== 3) return null;
  const [nameDomain = '', nameProtocol = '', nameSid = ''] = parts;
  const q = new URLSearchParams(search);
  const domain = q.get('DOMAIN');
  const appSid = q.get('APP_SID');
  const protocolText = q.get('PROTOCOL');
  if (domain === null || appSid === null) return null;
  if (domain.toLowerCase() !== nameDomain.toLowerCase() || appSid !== nameSid) return null;
  if (nameProtocol !== '0' && nameProtocol !== '1') return null;
  if (protocolText !== null && protocolText !== nameProtocol) return null;
  if (!HOST.test(domain) || !SID.test(appSid)) return null;
  const protocol = nameProtocol === '1' ? 1 : 0;
  const portalOrigin = originOf(protocol, domain);
  if (portalOrigin === null) return null;
  const lang = q.get('LANG');
  return {
    domain,
    protocol,
    appSid,
    lang: lang !== null && LANG.test(lang) ? lang.toLowerCase() : null,
    portalOrigin,
  };
}
