/**
 * HTTP request → REST call, as `CRestUtil::getRequestData` and the `/rest/` rewrite rules do it
 * (BITRIX24-API.md 4.1, 4.2): query string plus body, body wins; a form body is PHP bracket syntax;
 * a JSON body is read only when the POST carried no form fields; malformed JSON means no params.
 */
import { isUtf8 } from 'node:buffer';
import { arrayReplace, defineKey, type Params } from './core/php';
import { parseStr, registerPairs } from './core/phpParseStr';

/** Largest request body read; a longer one is answered 413 (nginx's default `client_max_body_size`). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Deepest parameter nesting accepted: `a[b][c]=1` and `{"a":{"b":{"c":1}}}` are 2 (PHP's cap is 64). */
export const MAX_NESTING = 32;

/**
 * A request refused before it reaches a method, answered with the portal's error shape
 * `{error, error_description}` (BITRIX24-API.md 4.3). The emulator keeps serving: nothing of such a
 * request is parsed further or stored.
 *
 * Where the emulator chooses: PHP would keep a stray `%` literally, keep invalid UTF-8 bytes and
 * silently drop variables nested deeper than `max_input_nesting_level`; the emulator refuses them
 * with 400 instead of storing text a browser client could never have sent.
 */
export class RequestRejected extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly description: string,
  ) {
    super(description);
  }
}

const invalid = (description: string): RequestRejected =>
  new RequestRejected(400, 'INVALID_REQUEST', description);

export const bodyTooLarge = (): RequestRejected =>
  new RequestRejected(
    413,
    'INVALID_REQUEST',
    `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB (${MAX_BODY_BYTES} bytes).`,
  );

/** Throws unless every `%` starts a `%XX` escape and the escaped bytes are UTF-8. */
function checkUrlEncoded(raw: string, where: string): void {
  if (/%(?![0-9a-fA-F]{2})/.test(raw)) throw invalid(`Invalid percent-encoding in the ${where}.`);
  if (!raw.includes('%')) return;
  for (const part of raw.split('&')) {
    try {
      decodeURIComponent(part);
    } catch {
      throw invalid(`The ${where} is not valid UTF-8 once percent-decoded.`);
    }
  }
}

/** `a[b][c]` is nested 2 deep: one level per bracket group after the base name. */
function checkNameDepth(name: string): void {
  let depth = 0;
  for (let i = name.indexOf('['); i >= 0; i = name.indexOf('[', i + 1)) depth++;
  if (depth > MAX_NESTING) throw invalid(`Parameters are nested deeper than ${MAX_NESTING} levels.`);
}

function checkFormDepth(raw: string): void {
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    // `%5B` is a bracket as well once decoded
    checkNameDepth(key.replace(/%5b/gi, '['));
  }
}

/** Container depth of a JSON text, read without parsing (strings skipped). */
function checkJsonDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING + 1)
        throw invalid(`Parameters are nested deeper than ${MAX_NESTING} levels.`);
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
}

export interface RestTarget {
  /** Method name as written in the URL, `.json` or `.xml` removed; `''` when missing. */
  readonly method: string;
  /** `CRestServer::transportSupported`: `json` (also without a suffix) or `xml`. */
  readonly transport: 'json' | 'xml';
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
  const split = (m: string): { method: string; transport: 'json' | 'xml' } => {
    const suffix = /\.(json|xml)$/i.exec(m);
    const transport = suffix?.[1]?.toLowerCase() === 'xml' ? 'xml' : 'json';
    return { method: suffix ? m.slice(0, suffix.index) : m, transport };
  };
  if (segments.length === 1) return split(segments[0] ?? '');
  if (segments.length >= 3) {
    return {
      ...split(segments.slice(2).join('/')),
      webhook: { userId: segments[0] ?? '', secret: segments[1] ?? '' },
    };
  }
  return { method: '', transport: 'json' };
}

/** The raw query string of a request URL (after `?`, before `#`). */
export function rawQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return '';
  return url.slice(q + 1).split('#')[0] ?? '';
}

/** The media type without parameters, as written: PHP's form parsers ignore case, the JSON check does not. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').replace(/;.*$/, '').trim();
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
      if (name !== undefined && !isFile) {
        if (!isUtf8(content)) throw invalid('A form field of the request is not valid UTF-8.');
        checkNameDepth(name);
        pairs.push([name, content.toString('utf8')]);
      }
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

/** `parse_str` of a query string or form body, after the encoding and nesting checks. */
function parseUrlEncoded(raw: string, where: string): Params {
  checkUrlEncoded(raw, where);
  checkFormDepth(raw);
  return parseStr(raw);
}

/**
 * Query + body merged the portal's way. `body` is ignored for anything but POST. Throws
 * {@link RequestRejected} for invalid percent-encoding, invalid UTF-8 or nesting deeper than
 * {@link MAX_NESTING}.
 */
export function requestParams(
  httpMethod: string,
  url: string,
  contentType: string | undefined,
  body: Buffer,
): Params {
  const query = parseUrlEncoded(rawQuery(url), 'query string');
  if (httpMethod !== 'POST') return query;
  const type = mediaType(contentType);
  const form = type.toLowerCase();
  if (form !== 'multipart/form-data' && !isUtf8(body)) throw invalid('The request body is not valid UTF-8.');
  let post: Params = {};
  if (form === 'application/x-www-form-urlencoded') post = parseUrlEncoded(body.toString('utf8'), 'body');
  else if (form === 'multipart/form-data') post = registerPairs(multipartPairs(body, contentType ?? ''));
  if (Object.keys(post).length === 0) {
    // `$request->getPostList()->isEmpty()`: read the raw body by its content type. `getRequestData`
    // compares the type exactly (`case 'application/json'`); any other spelling is `parse_str`.
    const raw = body.toString('utf8').trim();
    if (type === 'application/json') {
      checkJsonDepth(raw);
      post = jsonParams(raw);
    } else if (raw !== '' && form !== 'multipart/form-data') post = parseUrlEncoded(raw, 'body');
  }
  return arrayReplace(query, post);
}
