import type { Layout, LeadType } from './types';
import { checkLayoutData, isPhpArray, unwrapColumn } from './validate';

/** The `format` of an exported layout file; `version` says how to read the rest. */
export const LAYOUT_FILE_FORMAT = 'lead-card-studio/layout';
export const LAYOUT_FILE_VERSION = 1;

/** One element as the portal stores it (BITRIX24-API.md 1.5): kept keys such as a renamed `title` ride along. */
export interface PayloadElement {
  readonly name: string;
  readonly optionFlags?: number;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly [key: string]: unknown;
}

/** One section as the portal stores it; `type` is `section` unless the portal sent another (kept). */
export interface PayloadSection {
  readonly type: string;
  readonly name: string;
  readonly title: string;
  readonly elements: readonly PayloadElement[];
  readonly [key: string]: unknown;
}

const ELEMENT_KEYS = new Set(['name', 'optionFlags', 'options']);
const SECTION_KEYS = new Set(['type', 'name', 'title', 'elements']);

const without = (source: Readonly<Record<string, unknown>> | undefined, known: ReadonlySet<string>) =>
  Object.fromEntries(Object.entries(source ?? {}).filter(([k, v]) => !known.has(k) && v !== undefined));

/**
 * `layout` in the portal's payload shape, key for key what the api's `toPortal` sends: flags only
 * when non-zero, options only when non-empty, every kept key of elements and sections written back.
 */
export function layoutPayload(layout: Layout): PayloadSection[] {
  return layout.sections.map((s) => {
    const type = s.extra?.['type'];
    return {
      type: typeof type === 'string' && type !== '' ? type : 'section',
      name: s.name,
      title: s.title,
      elements: s.elements.map((e) => ({
        name: e.field,
        ...(e.optionFlags !== 0 ? { optionFlags: e.optionFlags } : {}),
        ...(e.options !== undefined && Object.keys(e.options).length > 0
          ? { options: { ...e.options } }
          : {}),
        ...without(e.extra, ELEMENT_KEYS),
      })),
      ...without(s.extra, SECTION_KEYS),
    };
  });
}

/** What the export file says about the layout besides its sections. */
export interface LayoutExportMeta {
  readonly leadType: LeadType;
  readonly scope: 'C' | 'P';
  /** The personal layout's user, for `P`. */
  readonly userId?: number;
  /** Where it came from, e.g. the portal domain; informative only. */
  readonly portal?: string;
  /** ISO 8601 time of the export. */
  readonly exportedAt: string;
}

/**
 * The export file for `layout`: pretty-printed JSON `{format, version, leadType, scope, userId?,
 * portal?, exportedAt, sections}` where `sections` is the portal payload (`layoutPayload`), so the
 * file can also be sent to `crm.lead.details.configuration.set` as it is.
 */
export function exportLayout(layout: Layout, meta: LayoutExportMeta): string {
  const file = {
    format: LAYOUT_FILE_FORMAT,
    version: LAYOUT_FILE_VERSION,
    leadType: meta.leadType,
    scope: meta.scope,
    ...(meta.userId !== undefined ? { userId: meta.userId } : {}),
    ...(meta.portal !== undefined ? { portal: meta.portal } : {}),
    exportedAt: meta.exportedAt,
    sections: layoutPayload(layout),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A readable import: `sections` is a portal payload (column wrapper removed) for `fromPortal`. */
export type LayoutImport =
  | {
      readonly ok: true;
      readonly sections: unknown[];
      readonly leadType?: LeadType;
      readonly scope?: 'C' | 'P';
      readonly exportedAt?: string;
      readonly portal?: string;
    }
  | { readonly ok: false; readonly message: string };

type Meta = Omit<Extract<LayoutImport, { ok: true }>, 'ok' | 'sections'>;

const fail = (message: string): LayoutImport => ({ ok: false, message });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** " (line 3, column 5)" from the engine's message (V8 gives a position, Firefox a line and column). */
function whereJsonBroke(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  return /end of (JSON )?(input|data)/i.test(message) ? ' (it ends too early)' : '';
}

/** PHP reads an object with keys "0", "1", ... as a list; so do we, as far as the portal checked it. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (!isPhpArray(value)) return [];
  const count = Object.keys(value).length;
  return Array.from({ length: count }, (_, i) => (value as Record<string, unknown>)[String(i)]);
}

/**
 * What the portal accepted, shaped as the editor reads it: names and titles must be text (the
 * portal would take a number, the editor's schema does not); flags that are neither number nor text,
 * options that are not a list or object, a non-text element title or section type are left out (the
 * portal's `set` drops or ignores them too).
 */
function normalise(data: unknown): { sections: unknown[] } | { message: string } {
  const sections: unknown[] = [];
  for (const [i, raw] of listOf(data).entries()) {
    const s = isRecord(raw) ? raw : {};
    if (typeof s['name'] !== 'string')
      return { message: `Section at index ${i} has a name that is not text.` };
    if (typeof s['title'] !== 'string')
      return { message: `Section at index ${i} has a title that is not text.` };
    const elements: unknown[] = [];
    for (const [j, rawElement] of listOf(s['elements']).entries()) {
      const e = isRecord(rawElement) ? rawElement : {};
      if (typeof e['name'] !== 'string') {
        return { message: `Element at index ${j} in section at index ${i} has a name that is not text.` };
      }
      const { optionFlags, options, title, ...rest } = e;
      elements.push({
        ...rest,
        ...(typeof optionFlags === 'number' || typeof optionFlags === 'string' ? { optionFlags } : {}),
        ...(isPhpArray(options) ? { options } : {}),
        ...(typeof title === 'string' ? { title } : {}),
      });
    }
    const { type, ...rest } = s;
    sections.push({ ...(typeof type === 'string' ? { type } : {}), ...rest, elements });
  }
  return { sections };
}

function readSections(raw: unknown, meta: Meta): LayoutImport {
  if (raw === null) {
    return fail('The file holds no layout (null): the portal shows its built-in layout when none is stored.');
  }
  const verdict = checkLayoutData(raw);
  if (verdict) return fail(`The portal would refuse this layout: ${verdict.message}`);
  const unwrapped = isPhpArray(raw) ? unwrapColumn(raw) : raw;
  const result = normalise(unwrapped);
  if ('message' in result) return fail(result.message);
  return { ok: true, sections: result.sections, ...meta };
}

function readFile(file: Record<string, unknown>): LayoutImport {
  const { format, version, leadType, scope, exportedAt, portal } = file;
  if (format !== LAYOUT_FILE_FORMAT) {
    return fail(`This is not a Lead Card Studio layout file (format ${JSON.stringify(format)}).`);
  }
  if (typeof version !== 'number') return fail('The layout file has no format version.');
  if (version > LAYOUT_FILE_VERSION) {
    return fail(
      `The layout file has format version ${version}; this app reads version ${LAYOUT_FILE_VERSION}. Update the app to import it.`,
    );
  }
  if (version !== LAYOUT_FILE_VERSION)
    return fail(`The layout file has an unknown format version ${version}.`);
  if (leadType !== undefined && leadType !== 'simple' && leadType !== 'repeat') {
    return fail(
      `The layout file has an unknown lead type ${JSON.stringify(leadType)}; expected "simple" or "repeat".`,
    );
  }
  if (scope !== undefined && scope !== 'C' && scope !== 'P') {
    return fail(`The layout file has an unknown scope ${JSON.stringify(scope)}; expected "C" or "P".`);
  }
  if (!('sections' in file)) return fail('The layout file has no "sections".');
  return readSections(file['sections'], {
    ...(leadType !== undefined ? { leadType } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(typeof exportedAt === 'string' ? { exportedAt } : {}),
    ...(typeof portal === 'string' ? { portal } : {}),
  });
}

/**
 * Reads an imported file: an export of this app, a bare portal payload (what
 * `crm.lead.details.configuration.get` returns, column wrapper included) or the REST answer around
 * it (`{"result": [...]}`). Every layout is checked with the portal's own rules (`checkLayoutData`,
 * its exact text after "The portal would refuse this layout: "); never throws.
 */
export function parseLayoutImport(text: string): LayoutImport {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (error) {
    return fail(`The file is not valid JSON${whereJsonBroke(clean, error)}.`);
  }
  // A list, or an object keyed "0", "1"... (how PHP arrays sometimes reach JSON): a bare payload.
  const keyedByIndex =
    isRecord(data) && Object.keys(data).length > 0 && Object.keys(data).every((k) => /^\d+$/.test(k));
  if (Array.isArray(data) || data === null || keyedByIndex) return readSections(data, {});
  if (isRecord(data) && 'format' in data) return readFile(data);
  if (isRecord(data) && 'result' in data) return readSections(data['result'], {});
  return fail('The file is neither a Lead Card Studio layout nor a portal layout (a list of sections).');
}
