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
