/**
 * PHP bracket-syntax form encoding (`fields[PHONE][0][VALUE]=...`), the shape the portal's
 * `CRestUtil::getRequestData` reads from `application/x-www-form-urlencoded` bodies and from the
 * `method?query` strings of `batch` commands (BITRIX24-API.md 4.2, 4.4).
 *
 * Value rules, compared with the two official clients:
 *
 * | value                   | here          | BX24.js `prepareData` | b24jssdk (`qs`) |
 * |-------------------------|---------------|-----------------------|-----------------|
 * | `true` / `false`        | `1` / `0`     | `true` / `false`      | `true` / `false`|
 * | `null`                  | `key=`        | omitted               | `key=`          |
 * | `undefined`, functions  | omitted       | omitted               | omitted         |
 * | `[]` / `{}`             | omitted       | `key=` / omitted      | omitted         |
 * | `Date`                  | ISO string    | ISO string            | ISO string      |
 *
 * Booleans deliberately differ from both SDKs: the portal reads form values as PHP strings and casts
 * them with PHP truthiness, where `"false"` is **true** (the documented trap is `batch` `halt`,
 * BITRIX24-API.md 4.4). `"1"`/`"0"` give the intended answer under every PHP reading (`(bool)`,
 * `(int)`, `== true`). Code that needs the portal's `Y`/`N` must pass `'Y'`/`'N'` itself.
 * `null` becomes an empty string, the only way to say "clear this value" in a form body.
 *
 * Keys are percent-encoded segment by segment; brackets stay literal, as BX24.js writes them. PHP
 * decodes a key before splitting it on brackets, so a key that itself contains `[` or `]` cannot be
 * expressed in this format at all.
 */

/** Anything the encoder accepts as a parameter tree; unknown leaves follow the table above. */
export type Params = Readonly<Record<string, unknown>>;

export function encodeForm(params: Params): string {
  const pairs: string[] = [];
  const ancestors = new Set<object>();
  const walk = (name: string, value: unknown): void => {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return;
    if (value === null) {
      pairs.push(`${name}=`);
      return;
    }
    if (typeof value === 'boolean') {
      pairs.push(`${name}=${value ? '1' : '0'}`);
      return;
    }
    if (value instanceof Date) {
      pairs.push(`${name}=${encodeURIComponent(Number.isNaN(value.getTime()) ? '' : value.toISOString())}`);
      return;
    }
    if (typeof value === 'object') {
      if (ancestors.has(value)) throw new TypeError(`encodeForm: cyclic value at ${name}`);
      ancestors.add(value);
      const entries: [string, unknown][] = Array.isArray(value)
        ? value.map((v, i) => [String(i), v])
        : Object.entries(value as Record<string, unknown>);
      for (const [k, v] of entries) walk(`${name}[${encodeURIComponent(k)}]`, v);
      ancestors.delete(value);
      return;
    }
    pairs.push(`${name}=${encodeURIComponent(String(value as string | number | bigint))}`);
  };
  for (const [key, value] of Object.entries(params)) walk(encodeURIComponent(key), value);
  return pairs.join('&');
}

/** One `batch` command string: `method` alone, or `method?query` when there are parameters. */
export function encodeBatchCommand(method: string, params: Params = {}): string {
  const query = encodeForm(params);
  return query === '' ? method : `${method}?${query}`;
}

/** A decoded PHP array: string keys, in insertion order, as `parse_str` builds it. */
export type PhpArray = { [key: string]: PhpValue };
export type PhpValue = string | PhpArray;

/**
 * The inverse of {@link encodeForm} as PHP's `parse_str` sees it: every leaf a string, nested
 * brackets become nested arrays, `key[]` appends. Used by tests to read request bodies and by
 * `setLayout` to predict what the portal stores. (PHP's renaming of `.`/space in top-level names
 * is not reproduced; this client never sends such names.)
 */
export function decodeForm(body: string): PhpArray {
  const root: PhpArray = {};
  if (body === '') return root;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodeComponent(rawKey);
    const value = decodeComponent(rawValue);
    const open = key.indexOf('[');
    const base = open > 0 ? key.slice(0, open) : key;
    const segments: string[] = [];
    if (open > 0) {
      const re = /\[([^\]]*)\]/gy;
      re.lastIndex = open;
      let m: RegExpExecArray | null;
      while ((m = re.exec(key)) !== null) segments.push(m[1] ?? '');
    }
    let target: PhpArray = root;
    let slot = base;
    for (const segment of segments) {
      const existing = Object.prototype.hasOwnProperty.call(target, slot) ? target[slot] : undefined;
      const child: PhpArray = typeof existing === 'object' ? existing : {};
      setOwn(target, slot, child);
      target = child;
      slot = segment === '' ? String(nextIndex(child)) : segment;
    }
    setOwn(target, slot, value);
  }
  return root;
}

/** Own data property even for `__proto__`: decoding must never touch prototypes. */
function setOwn(target: PhpArray, key: string, value: PhpValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function decodeComponent(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

function nextIndex(a: PhpArray): number {
  let max = -1;
  for (const k of Object.keys(a)) if (/^(0|[1-9]\d*)$/.test(k)) max = Math.max(max, Number(k));
  return max + 1;
}

/**
 * PHP `json_encode` of a decoded array: keys `0..n-1` in order become a JSON array, anything else
 * an object; an empty PHP array is `[]` (BITRIX24-API.md 4.3).
 */
export function phpToJson(value: PhpValue): unknown {
  if (typeof value === 'string') return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, phpToJson(value[k] as PhpValue)] as const);
  if (keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}
