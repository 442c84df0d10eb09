/**
 * The portal's own checks of `crm.lead.details.configuration.set` `data` (BITRIX24-API.md 1.6,
 * steps 4-7), on the raw parameter value as the server sees it. The client runs it before sending
 * and the emulator answers with it, so both give the same verdict and the same text.
 *
 * A PHP array reaches JS as either an array or a plain object (form bodies and JSON objects).
 */
export type LayoutDataProblem =
  | { readonly kind: 'notArray'; readonly message: string }
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'notIndexed'; readonly message: string }
  | { readonly kind: 'sectionType'; readonly section: number; readonly message: string }
  | { readonly kind: 'sectionName'; readonly section: number; readonly message: string }
  | { readonly kind: 'sectionTitle'; readonly section: number; readonly message: string }
  | {
      readonly kind: 'elementName';
      readonly section: number;
      readonly element: number;
      readonly message: string;
    };

type PhpArray = Record<string, unknown> | unknown[];

export function isPhpArray(v: unknown): v is PhpArray {
  return typeof v === 'object' && v !== null;
}

function entries(a: PhpArray): [string, unknown][] {
  return Array.isArray(a) ? a.map((v, i) => [String(i), v]) : Object.entries(a);
}

function at(a: unknown, key: string | number): unknown {
  if (!isPhpArray(a)) return undefined;
  return (a as Record<string, unknown>)[String(key)];
}

/** PHP `trim((string)$v) === ''` for what can reach it; arrays and null count as blank. */
export function isBlank(v: unknown): boolean {
  if (v === undefined || v === null || isPhpArray(v)) return true;
  if (typeof v === 'boolean') return !v;
  return String(v).trim() === '';
}

/** `normalize()`: a UI column wrapper is replaced by its first column's elements. */
export function unwrapColumn(data: PhpArray): unknown {
  const first = at(data, 0);
  return at(first, 'type') === 'column' ? at(first, 'elements') : data;
}

export function checkLayoutData(raw: unknown): LayoutDataProblem | null {
  if (!isPhpArray(raw)) return { kind: 'notArray', message: "Parameter 'data' must be array." };
  const data = unwrapColumn(raw);
  if (!isPhpArray(data) || entries(data).length === 0) {
    return { kind: 'empty', message: 'There are no data to write.' };
  }
  const list = entries(data);
  if (list.some(([k], i) => k !== String(i))) {
    return { kind: 'notIndexed', message: 'The data must be indexed array.' };
  }
  for (let i = 0; i < list.length; i++) {
    const section = list[i]?.[1];
    const type = at(section, 'type');
    if (!isBlank(type) && type !== 'section') {
      return {
        kind: 'sectionType',
        section: i,
        message: `Section at index ${i} have type '${String(type)}'. The expected type is 'section'.`,
      };
    }
    if (isBlank(at(section, 'name'))) {
      return { kind: 'sectionName', section: i, message: `Section at index ${i} does not have name.` };
    }
    if (isBlank(at(section, 'title'))) {
      return { kind: 'sectionTitle', section: i, message: `Section at index ${i} does not have title.` };
    }
    const elements = at(section, 'elements');
    const count = isPhpArray(elements) ? entries(elements).length : 0;
    for (let j = 0; j < count; j++) {
      // The portal walks elements by numeric index, so an object with other keys fails at 0.
      if (isBlank(at(at(elements, j), 'name'))) {
        return {
          kind: 'elementName',
          section: i,
          element: j,
          message: `Element at index ${j} in section at index ${i} does not have name.`,
        };
      }
    }
  }
  return null;
}
