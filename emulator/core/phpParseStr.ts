import { defineKey, type Params, type PhpArray } from './php';

/** PHP's `parse_str()` and `urldecode()`: how the portal reads query strings and form bodies (BITRIX24-API.md 4.4). */
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
