import { PhpObject } from './php';

/** PHP's `json_encode()` as the REST server calls it: the bytes a portal's answers are made of. */
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
