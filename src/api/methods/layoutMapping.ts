import { ELEMENT_KEYS, layoutPayload, SECTION_KEYS } from '../../domain/layoutJson';
import type { CodedText } from '../../domain/textCodes';
import type { CardElement, FieldCode, Layout, Section } from '../../domain/types';
import { decodeForm, encodeForm, phpToJson, type PhpValue } from '../encode';
import {
  PortalLayoutSchema,
  type PortalElement,
  type PortalLayout,
  type PortalSection,
} from '../schemas/layout';

/**
 * Portal layout <-> domain layout (BITRIX24-API.md 1.5, 1.6, 1.10).
 *
 * What a portal may return and how it is read:
 * - `optionFlags` as number or string (`"0"`, `"1"`, UI-saved): numeric strings become numbers; a
 *   non-numeric value becomes 0 with a notice, not kept (the portal's own `set` would drop it too:
 *   it keeps `optionFlags` only when `is_numeric`). Absent = 0. Written back only when non-zero,
 *   as the portal UI does.
 * - `options`: an object with keys is kept; `[]` / `{}` (PHP's empty array) become "no options";
 *   a non-empty list becomes an object keyed `"0"`, `"1"`, … (PHP cannot tell them apart).
 * - element `title` (a label renamed in the portal UI) and unknown element keys go to the element's
 *   `extra`; section `data` and unknown section keys go to the section's `extra`. All are written
 *   back by `toPortal` (the portal's `set` drops them; the notice says so for `title`).
 * - a section `type` other than `section` (e.g. `included_area`) is kept in `extra.type` and written
 *   back as is, so a round trip keeps it; the portal refuses to save such a layout (`checkLayoutData`
 *   reports it before sending, with the section index).
 * - a field placed twice: the first is kept, later ones dropped with a notice (the editor's
 *   invariant is "each field once"). Elements with a blank name are dropped with a notice.
 * - section ids are the names, made unique with `~2`, `~3`… when names repeat (the portal allows it).
 * - a missing section title is read as the name (what the portal's `sanitize` stores).
 * - a `column` wrapper (normally unwrapped by `get`) is unwrapped here too: first column only.
 *
 * Round trip: for any `p`, `x = fromPortal(p).layout` satisfies `fromPortal(toPortal(x)).layout`
 * deep-equals `x`.
 */
export type LayoutNoticeCode =
  | 'column'
  | 'columnEmpty'
  | 'sameName'
  | 'sectionType'
  | 'blankElement'
  | 'placedTwice'
  | 'flagsNotNumber'
  | 'renamedLabel';

/**
 * A remark about what was read differently from what was stored, as a code and its values; the
 * interface words it (`pieces.notice.<code>`).
 */
export type LayoutNotice = CodedText<LayoutNoticeCode>;

export interface LoadedLayout {
  readonly layout: Layout;
  readonly notices: readonly LayoutNotice[];
}

const notice = (code: LayoutNoticeCode, params: Readonly<Record<string, string>> = {}): LayoutNotice => ({
  code,
  params,
});

/** PHP `is_numeric` for strings (leading/trailing blanks allowed, no hex). */
const NUMERIC = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Finite numbers as they are (`-0` as 0); `NaN`/`Infinity` as 0. */
const finiteOrZero = (n: number): number => (Number.isFinite(n) ? n || 0 : 0);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readOptions(raw: PortalElement['options']): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  const entries = Array.isArray(raw) ? raw.map((v, i) => [String(i), v] as const) : Object.entries(raw);
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

function pickExtra(
  source: Record<string, unknown>,
  known: ReadonlySet<string>,
): Record<string, unknown> | undefined {
  const extra = Object.entries(source).filter(([k, v]) => !known.has(k) && v !== undefined);
  return extra.length === 0 ? undefined : Object.fromEntries(extra);
}

function unwrapColumn(sections: PortalLayout, notices: LayoutNotice[]): PortalLayout {
  let current = sections;
  // Repeated (the portal unwraps once) so that no result starts with a column: keeps the round trip.
  for (let first = current[0]; first?.type === 'column'; first = current[0]) {
    notices.push(notice('column'));
    const inner = PortalLayoutSchema.safeParse(first.elements ?? []);
    if (!inner.success) notices.push(notice('columnEmpty'));
    current = inner.success ? inner.data : [];
  }
  return current;
}

/** Reads what `crm.lead.details.configuration.get` returned (see the module comment). */
export function fromPortal(portalSections: PortalLayout): LoadedLayout {
  const notices: LayoutNotice[] = [];
  const sections = unwrapColumn(portalSections, notices);
  const usedIds = new Set<string>();
  const placedIn = new Map<FieldCode, string>();
  const namesSeen = new Set<string>();
  const out: Section[] = [];

  sections.forEach((s: PortalSection, i) => {
    const label = s.name.trim() === '' ? `#${i + 1}` : s.name;
    const base = s.name === '' ? `section-${i + 1}` : s.name;
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}~${n}`;
    usedIds.add(id);
    if (namesSeen.has(s.name)) {
      notices.push(notice('sameName', { section: label }));
    }
    namesSeen.add(s.name);

    const type = s.type;
    if (type !== undefined && type !== '' && type !== 'section') {
      notices.push(notice('sectionType', { section: label, type }));
    }

    const elements: CardElement[] = [];
    for (const e of s.elements ?? []) {
      const field = e.name;
      if (field.trim() === '') {
        notices.push(notice('blankElement', { section: label }));
        continue;
      }
      const firstPlace = placedIn.get(field);
      if (firstPlace !== undefined) {
        notices.push(notice('placedTwice', { field, first: firstPlace, section: label }));
        continue;
      }
      placedIn.set(field, label);

      let optionFlags = 0;
      const rawFlags = e.optionFlags;
      if (typeof rawFlags === 'number') {
        optionFlags = finiteOrZero(rawFlags);
      } else if (typeof rawFlags === 'string') {
        if (NUMERIC.test(rawFlags)) optionFlags = finiteOrZero(Number(rawFlags));
        else if (rawFlags.trim() !== '') {
          notices.push(notice('flagsNotNumber', { field, value: rawFlags }));
        }
      }
      const options = readOptions(e.options);
      const extra = pickExtra(e, ELEMENT_KEYS);
      if (typeof extra?.['title'] === 'string') {
        notices.push(notice('renamedLabel', { field, label: extra['title'] }));
      }
      elements.push({
        field,
        optionFlags,
        ...(options !== undefined ? { options } : {}),
        ...(extra !== undefined ? { extra } : {}),
      });
    }

    const extraSection = pickExtra(s, SECTION_KEYS);
    const keepType = type !== undefined && type !== '' && type !== 'section';
    const extra = keepType ? { ...extraSection, type } : extraSection;
    out.push({
      id,
      name: s.name,
      title: s.title ?? s.name,
      elements,
      ...(extra !== undefined ? { extra } : {}),
    });
  });

  return { layout: { sections: out }, notices };
}

/** Layout -> the `data` of `crm.lead.details.configuration.set` (see the module comment). */
export function toPortal(layout: Layout): PortalLayout {
  // one writer of the payload shape for saving and for export files
  return layoutPayload(layout).map((s) => ({ ...s, elements: [...s.elements] }));
}

/**
 * What `get` returns after a successful `set` of `layout`: the form body as PHP reads it (every
 * scalar a string), then the portal's `sanitize()` (BITRIX24-API.md 1.6 step 8): sections keep only
 * `type`, `name`, `title`, `elements`; elements only `name`, numeric `optionFlags` and array
 * `options`. Use it to update the query cache after saving without another request.
 */
export function predictStored(layout: Layout): PortalLayout {
  const decoded = decodeForm(encodeForm({ data: toPortal(layout) }))['data'];
  const wire = decoded === undefined ? [] : phpToJson(decoded as PhpValue);
  const sections = Array.isArray(wire) ? wire : [];
  return sections.filter(isPlainObject).map((s) => {
    const name = typeof s['name'] === 'string' ? s['name'] : '';
    const title = typeof s['title'] === 'string' ? s['title'] : name;
    const rawElements = s['elements'];
    const elements = (Array.isArray(rawElements) ? rawElements : []).filter(isPlainObject).map((e) => {
      const flags = e['optionFlags'];
      const options = e['options'];
      return {
        name: typeof e['name'] === 'string' ? e['name'] : '',
        ...(typeof flags === 'string' && NUMERIC.test(flags) ? { optionFlags: flags } : {}),
        ...(typeof options === 'object' && options !== null
          ? { options: options as Record<string, unknown> | unknown[] }
          : {}),
      };
    });
    return { type: 'section', name, title, elements };
  });
}
