/**
 * HTTP request → REST call, as `CRestUtil::getRequestData` and the `/rest/` rewrite rules do it
 * (BITRIX24-API.md 4.1, 4.2): query string plus body, body wins; a form body is PHP bracket syntax;
 * a JSON body is read only when the POST carried no form fields; malformed JSON means no params.
 */
import { arrayReplace, defineKey, parseStr, registerPairs, type Params } from './core/php';

export interface RestTarget {
  /** Method name as written in the URL, `.json` removed; `''` when missing. */
  readonly method: string;
  /** `/rest/{userId}/{secret}/…` credentials, mapped to `aplogin`/`ap` like the portal does. */
  readonly webhook?: { readonly userId: string; readonly secret: string };
}

/** Splits `/rest/...` (path without the query) into method and webhook credentials. */
export function parseRestPath(pathname: string): RestTarget {
  const segments = pathname
    .replace(/^\/rest\/?/, '')
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const strip = (m: string): string => m.replace(/\.json$/i, '');
  if (segments.length === 1) return { method: strip(segments[0] ?? '') };
  if (segments.length >= 3) {
    return {
      method: strip(segments.slice(2).join('/')),
      webhook: { userId: segments[0] ?? '', secret: segments[1] ?? '' },
    };
  }
  return { method: '' };
}

/** The raw query string of a request URL (after `?`, before `#`). */
export function rawQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  return url.slice(q + 1).split('#')[0] ?? '';
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').replace(/;.*$/, '').trim().toLowerCase();
}

/** Text fields of a `multipart/form-data` body (files are ignored, PHP puts them in `$_FILES`). */
export function multipartPairs(body: Buffer, contentType: string): [string, string][] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const b = boundary?.[1] ?? boundary?.[2];
  if (!b) return [];
  const delimiter = Buffer.from(`--${b.trim()}`);
  const pairs: [string, string][] = [];
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    const start = pos + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      let content = part.subarray(headerEnd + 4);
      if (content.subarray(-2).toString() === '\r\n') content = content.subarray(0, -2);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      const isFile = /filename=/i.test(headers);
      if (name !== undefined && !isFile) pairs.push([name, content.toString('utf8')]);
    }
    pos = next;
  }
  return pairs;
}

function jsonParams(text: string): Params {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {}; // 4.2: malformed JSON is silently "no parameters"
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const out: Params = {};
  for (const [k, v] of Object.entries(parsed)) defineKey(out, k, v);
  return out;
}

/** Query + body merged the portal's way. `body` is ignored for anything but POST. */
export function requestParams(
  httpMethod: string,
  url: string,
  contentType: string | undefined,
  body: Buffer,
): Params {
  const query = parseStr(rawQuery(url));
  if (httpMethod !== 'POST') return query;
  const type = mediaType(contentType);
  let post: Params = {};
  if (type === 'application/x-www-form-urlencoded') post = parseStr(body.toString('utf8'));
  else if (type === 'multipart/form-data') post = registerPairs(multipartPairs(body, contentType ?? ''));
  if (Object.keys(post).length === 0) {
    // `$request->getPostList()->isEmpty()`: read the raw body by its content type.
    const raw = body.toString('utf8').trim();
    if (type === 'application/json') post = jsonParams(raw);
    else if (raw !== '' && type !== 'multipart/form-data') post = parseStr(raw);
  }
  return arrayReplace(query, post);
}
