/**
 * The few PHP semantics the portal's behaviour depends on: how request parameters become PHP arrays
 * (`parse_str` bracket syntax), how PHP casts values (`intval`, `(bool)`, `is_numeric`) and how
 * `json_encode` writes arrays (BITRIX24-API.md 4.2, 4.3).
 *
 * A PHP array reaches the emulator as a JS array (keys exactly 0..n-1 in order) or a plain object
 * (any other keys), the same convention `src/domain/validate.ts` uses.
 */

export type PhpArray = Record<string, unknown> | unknown[];
export type Params = Record<string, unknown>;

export function isPhpArray(v: unknown): v is PhpArray {
  return typeof v === 'object' && v !== null && !(v instanceof PhpObject);
}

/** A PHP object (stdClass, DateTime): always encoded as a JSON object, `{}` when it has no properties. */
export class PhpObject {
  constructor(readonly props: Readonly<Record<string, unknown>> = {}) {}
}

/** Own enumerable entries of a PHP array in PHP order (JS puts integer-like keys first; see README). */
export function phpEntries(a: PhpArray): [string, unknown][] {
  return Array.isArray(a) ? a.map((v, i) => [String(i), v]) : Object.entries(a);
}

export function phpValues(a: PhpArray): unknown[] {
  return Array.isArray(a) ? a : Object.values(a);
}

export function phpCount(a: PhpArray): number {
  return Array.isArray(a) ? a.length : Object.keys(a).length;
}

/** `$a[$key]` on a PHP array; `undefined` when absent or when `a` is not an array. */
export function phpGet(a: unknown, key: string | number): unknown {
  if (!isPhpArray(a)) return undefined;
  return Object.prototype.hasOwnProperty.call(a, String(key))
    ? (a as Record<string, unknown>)[String(key)]
    : undefined;
}

/** Sets an own property even for keys like `__proto__`, as PHP arrays allow any key. */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** PHP `isset()`: present and not null. */
export const isset = (v: unknown): boolean => v !== undefined && v !== null;

const INT_MAX = 2 ** 63 - 1;

/** PHP 8 `intval()` for the value kinds a request can carry. */
export function intval(v: unknown): number {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.trunc(v) : 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^[ \t\n\r\v\f]*([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)/.exec(v);
    if (!m?.[1]) return 0;
    const n = Number(m[1]);
    if (!Number.isFinite(n)) return 0;
    return Math.trunc(Math.max(-INT_MAX, Math.min(INT_MAX, n)));
  }
  if (isPhpArray(v)) return phpCount(v) > 0 ? 1 : 0;
  return 0;
}

/** PHP 8 `floatval()`. */
export function floatval(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') {
    const m = /^[ \t\n\r\v\f]*([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?)/.exec(v);
    return m?.[1] ? Number(m[1]) : 0;
  }
  return 0;
}

/** PHP `(bool)` cast: `"false"` is true, `"0"`/`""`/`0`/empty array are false (BITRIX24-API.md 4.4). */
export function phpBool(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '' && v !== '0';
  if (isPhpArray(v)) return phpCount(v) > 0;
  return true;
}

/** PHP 8 `is_numeric()`: ints, floats and numeric strings (surrounding whitespace allowed). */
export function isNumeric(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isNaN(v);
  if (typeof v !== 'string') return false;
  return /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/.test(v);
}

/** PHP string conversion of a scalar (`(string)$v`). */
export function phpString(v: unknown): string {
  if (v === undefined || v === null || v === false) return '';
  if (v === true) return '1';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isPhpArray(v)) return 'Array';
  return String(v);
}

// ---------------------------------------------------------------------------------------------
// parse_str

interface ArrNode {
  readonly map: Map<string, ArrNode | string>;
  next: number;
}

const newNode = (): ArrNode => ({ map: new Map(), next: 0 });
const CANONICAL_INT = /^(0|-?[1-9]\d{0,17})$/;

function setKey(node: ArrNode, key: string, value: ArrNode | string): void {
  node.map.set(key, value);
  if (CANONICAL_INT.test(key)) node.next = Math.max(node.next, Number(key) + 1);
}

/** PHP `urldecode`: `+` is a space, `%XX` a byte; the bytes are read as UTF-8. */
export function urldecode(s: string): string {
  if (!/[%+]/.test(s)) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b) {
      bytes.push(0x20);
    } else if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = s.codePointAt(i) ?? c;
      if (cp > 0xffff) i++;
      bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/**
 * PHP `php_register_variable_ex`: `a[b][]=1` style names. In the base name spaces and dots become
 * `_`; a `[` without a matching `]` becomes `_` too; text after the last `]` is ignored.
 */
function registerVariable(root: ArrNode, rawName: string, value: string): void {
  let name = rawName.replace(/^ +/, '');
  const open = name.indexOf('[');
  const segments: string[] = [];
  if (open === -1 || name.indexOf(']', open) === -1) {
    if (open !== -1) name = `${name.slice(0, open)}_${name.slice(open + 1)}`;
    segments.push(name.replace(/[ .]/g, '_'));
  } else {
    segments.push(name.slice(0, open).replace(/[ .]/g, '_'));
    let rest = name.slice(open);
    while (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close === -1) break;
      segments.push(rest.slice(1, close));
      rest = rest.slice(close + 1);
    }
  }
  if (segments[0] === '') return;

  let node = root;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    const key = i > 0 && seg === '' ? String(node.next) : seg;
    if (i === segments.length - 1) {
      setKey(node, key, value);
      return;
    }
    const child = node.map.get(key);
    if (child !== undefined && typeof child !== 'string') {
      node = child;
    } else {
      const created = newNode();
      setKey(node, key, created);
      node = created;
    }
  }
}

function nodeToJs(node: ArrNode): PhpArray {
  const keys = [...node.map.keys()];
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) {
    return [...node.map.values()].map((v) => (typeof v === 'string' ? v : nodeToJs(v)));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of node.map) defineKey(out, k, typeof v === 'string' ? v : nodeToJs(v));
  return out;
}

/** Name/value pairs (already decoded) registered the way PHP fills `$_POST` from a multipart body. */
export function registerPairs(pairs: Iterable<readonly [string, string]>): Params {
  const root = newNode();
  for (const [k, v] of pairs) registerVariable(root, k, v);
  const out: Params = {};
  for (const [k, v] of root.map) defineKey(out, k, typeof v === 'string' ? v : nodeToJs(v));
  return out;
}

/** PHP `parse_str()`: the query-string and form-body parser. The result is always a plain object. */
export function parseStr(input: string): Params {
  const pairs: [string, string][] = [];
  for (const part of input.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = urldecode(eq < 0 ? part : part.slice(0, eq));
    const value = eq < 0 ? '' : urldecode(part.slice(eq + 1));
    pairs.push([key, value]);
  }
  return registerPairs(pairs);
}

/** PHP `array_replace($a, $b)` on the top level. */
export function arrayReplace(a: Params, b: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(a)) defineKey(out, k, v);
  for (const [k, v] of Object.entries(b)) defineKey(out, k, v);
  return out;
}

/** PHP `array_change_key_case($a, CASE_UPPER)`: later keys win on collisions. */
export function upperKeys(a: Params): Params {
  const out: Params = {};
  for (const [k, v] of Object.entries(a)) defineKey(out, k.toUpperCase(), v);
  return out;
}

// ---------------------------------------------------------------------------------------------
// json_encode

function escapeString(s: string): string {
  // Bitrix\Main\Web\Json::encode uses JSON_HEX_TAG|AMP|APOS|QUOT and escapes `/` and non-ASCII.
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 0x22:
        out += '\\u0022';
        break;
      case 0x5c:
        out += '\\\\';
        break;
      case 0x2f:
        out += '\\/';
        break;
      case 0x08:
        out += '\\b';
        break;
      case 0x0c:
        out += '\\f';
        break;
      case 0x0a:
        out += '\\n';
        break;
      case 0x0d:
        out += '\\r';
        break;
      case 0x09:
        out += '\\t';
        break;
      case 0x3c:
        out += '\\u003C';
        break;
      case 0x3e:
        out += '\\u003E';
        break;
      case 0x26:
        out += '\\u0026';
        break;
      case 0x27:
        out += '\\u0027';
        break;
      default:
        out += c < 0x20 || c > 0x7e ? `\\u${c.toString(16).padStart(4, '0')}` : s[i];
    }
  }
  return `${out}"`;
}

function encodeNumber(n: number): string {
  return Number.isFinite(n) ? JSON.stringify(n) : '0';
}

/**
 * `json_encode` of a PHP value: arrays with keys 0..n-1 in order become JSON arrays, every other
 * array an object, and an empty array is `[]` even where an object is meant (BITRIX24-API.md 4.3).
 */
export function encodePhpJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return encodeNumber(value);
  if (typeof value === 'string') return escapeString(value);
  if (value instanceof PhpObject) {
    const parts = Object.entries(value.props).map(([k, v]) => `${escapeString(k)}:${encodePhpJson(v)}`);
    return `{${parts.join(',')}}`;
  }
  if (Array.isArray(value)) return `[${value.map((v) => encodePhpJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    if (entries.every(([k], i) => k === String(i)))
      return `[${entries.map(([, v]) => encodePhpJson(v)).join(',')}]`;
    return `{${entries.map(([k, v]) => `${escapeString(k)}:${encodePhpJson(v)}`).join(',')}}`;
  }
  return 'null';
}

/** What a PHP array round-tripped through `json_encode`/`json_decode` looks like in JS. */
export function phpNormalize(value: unknown): unknown {
  return JSON.parse(encodePhpJson(value));
}
