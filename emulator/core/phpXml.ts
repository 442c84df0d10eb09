/**
 * The REST server's XML transport (`METHOD.xml`): `CRestServer::output` wraps the answer as
 * `array('response' => $data)` and `outputXml` writes each key as an element, integer keys as
 * `<item>`, scalars through `CDataXML::xmlspecialchars` after PHP's string cast
 * (avshatalov48/bitrix-core-business `modules/rest/classes/general/rest.php`). No XML declaration.
 */
import { isPhpArray, PhpObject } from './php';

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/** `(string)$float` with PHP's `precision = 14`: `%.14G`, exponents as `1.0E-5`. */
function phpFloatString(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'INF' : n < 0 ? '-INF' : 'NAN';
  if (n === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(n)));
  if (exponent < -4 || exponent >= 14) {
    const mantissa = String(Number((n / 10 ** exponent).toPrecision(14)));
    return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent < 0 ? '-' : '+'}${Math.abs(exponent)}`;
  }
  return String(Number(n.toPrecision(14)));
}

/** PHP's string cast of a scalar: `true` is "1", `false` and `null` are "". */
function phpScalarString(v: unknown): string {
  if (v === true) return '1';
  if (v === false || v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : phpFloatString(v);
  return String(v);
}

/** A key PHP would hold as an integer (`"12"`, `"-3"`, not `"012"`) is written as `item`. */
const isIntegerKey = (key: string): boolean => /^(0|-?[1-9]\d*)$/.test(key);

function entriesOf(value: object): [string, unknown][] {
  if (value instanceof PhpObject) return Object.entries(value.props);
  return Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
}

function outputXml(data: object): string {
  let out = '';
  for (const [key, value] of entriesOf(data)) {
    const tag = Array.isArray(data) || isIntegerKey(key) ? 'item' : key;
    const inner =
      isPhpArray(value) || value instanceof PhpObject ? outputXml(value) : escapeXml(phpScalarString(value));
    out += `<${tag}>${inner}</${tag}>`;
  }
  return out;
}

/** The XML body of a REST answer (success or error). */
export function encodeRestXml(body: unknown): string {
  return outputXml({ response: body });
}
