import type { CodedText } from './textCodes';
import { parseCardType, type CardType } from './cardType';
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

/** The keys of an element and of a section the editor reads; any other key the portal sent is kept aside. */
export const ELEMENT_KEYS: ReadonlySet<string> = new Set(['name', 'optionFlags', 'options']);
export const SECTION_KEYS: ReadonlySet<string> = new Set(['type', 'name', 'title', 'elements']);

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

// the export file is written in layoutExport.ts, next to what it says about the card
export { exportLayout, type LayoutExportMeta } from './layoutExport';

/**
 * What an import may hold, refused at once beyond it (before anything is checked or drawn).
 * - `bytes`: 1 MiB. A save sends the layout in one request, and the portal's web server takes
 *   request bodies up to 1 MiB (nginx's default `client_max_body_size`, as the emulator does); an
 *   export file is the payload pretty-printed, so a larger file is a layout no save could carry.
 * - `elements`: 1,000. A card shows each field at most once, and a lead has about 40 fields of its
 *   own plus its user fields; the largest portal the editor is measured on has 650 fields
 *   (README, Benchmark), so 1,000 is room to spare, not a card anyone can open.
 * - `sections`: 100. A section shows only the fields placed in it; 100 is more than any card of
 *   1,000 fields needs, and keeps drawing the card within a second.
 */
export const IMPORT_LIMITS = { bytes: 1024 * 1024, sections: 100, elements: 1000 } as const;

/**
 * Why a file cannot be imported; the interface words each code in its language
 * (`dialogs.import.problem.<code>`). `{detail}` is the portal's own refusal, quoted as it is.
 */
export type ImportProblemCode =
  | 'empty'
  | 'notJson'
  | 'notJsonAt'
  | 'notJsonEnds'
  | 'notALayout'
  | 'otherFormat'
  | 'noVersion'
  | 'newerVersion'
  | 'unknownVersion'
  | 'unknownLeadType'
  | 'unknownCard'
  | 'unknownScope'
  | 'noSections'
  | 'noLayout'
  | 'portalRefuses'
  | 'sectionNameNotText'
  | 'sectionTitleNotText'
  | 'elementNameNotText'
  | 'tooLarge'
  | 'tooManySections'
  | 'tooManyFields';

/** Why an import failed: a code with its slot values. */
export type ImportProblem = CodedText<ImportProblemCode>;

/** A readable import: `sections` is a portal payload (column wrapper removed) for `fromPortal`. */
export type LayoutImport =
  | {
      readonly ok: true;
      readonly sections: unknown[];
      readonly leadType?: LeadType;
      /** The card the file was made for: its `card`, or the lead card of its `leadType`. */
      readonly card?: CardType;
      readonly scope?: 'C' | 'P';
      readonly exportedAt?: string;
      readonly portal?: string;
    }
  | ({ readonly ok: false } & ImportProblem);

type Meta = Omit<Extract<LayoutImport, { ok: true }>, 'ok' | 'sections'>;

const fail = (code: ImportProblemCode, params: Readonly<Record<string, string>> = {}): LayoutImport => ({
  ok: false,
  code,
  params,
});

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where the JSON broke, from the engine's message (V8 gives a position, Firefox a line and column). */
function whereJsonBroke(text: string, error: unknown): LayoutImport {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return fail('notJsonAt', { line: lineColumn[1] ?? '', column: lineColumn[2] ?? '' });
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    return fail('notJsonAt', {
      line: String(line),
      column: String(before.length - before.lastIndexOf('\n')),
    });
  }
  return fail(/end of (JSON )?(input|data)/i.test(message) ? 'notJsonEnds' : 'notJson');
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
function normalise(data: unknown): { sections: unknown[] } | { problem: LayoutImport } {
  const sections: unknown[] = [];
  for (const [i, raw] of listOf(data).entries()) {
    const s = isRecord(raw) ? raw : {};
    if (typeof s['name'] !== 'string') return { problem: fail('sectionNameNotText', { section: String(i) }) };
    if (typeof s['title'] !== 'string')
      return { problem: fail('sectionTitleNotText', { section: String(i) }) };
    const elements: unknown[] = [];
    for (const [j, rawElement] of listOf(s['elements']).entries()) {
      const e = isRecord(rawElement) ? rawElement : {};
      if (typeof e['name'] !== 'string') {
        return { problem: fail('elementNameNotText', { element: String(j), section: String(i) }) };
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

/** `IMPORT_LIMITS` on the sections and fields, counted before any other check. */
function beyondLimits(raw: unknown): LayoutImport | null {
  const sections = listOf(isPhpArray(raw) ? unwrapColumn(raw) : raw);
  if (sections.length > IMPORT_LIMITS.sections) {
    return fail('tooManySections', {
      count: String(sections.length),
      limit: String(IMPORT_LIMITS.sections),
    });
  }
  const fields = sections.reduce<number>((n, s) => n + (isRecord(s) ? listOf(s['elements']).length : 0), 0);
  if (fields > IMPORT_LIMITS.elements) {
    return fail('tooManyFields', { count: String(fields), limit: String(IMPORT_LIMITS.elements) });
  }
  return null;
}

function readSections(raw: unknown, meta: Meta): LayoutImport {
  if (raw === null) {
    return fail('noLayout');
  }
  const tooMuch = beyondLimits(raw);
  if (tooMuch) return tooMuch;
  const verdict = checkLayoutData(raw);
  if (verdict) return fail('portalRefuses', { detail: verdict.message });
  const unwrapped = isPhpArray(raw) ? unwrapColumn(raw) : raw;
  const result = normalise(unwrapped);
  if ('problem' in result) return result.problem;
  return { ok: true, sections: result.sections, ...meta };
}

function readFile(file: Record<string, unknown>): LayoutImport {
  const { format, version, leadType, scope, exportedAt, portal, card } = file;
  if (format !== LAYOUT_FILE_FORMAT) {
    return fail('otherFormat', { format: String(JSON.stringify(format)) });
  }
  if (typeof version !== 'number') return fail('noVersion');
  if (version > LAYOUT_FILE_VERSION) {
    return fail('newerVersion', { version: String(version), supported: String(LAYOUT_FILE_VERSION) });
  }
  if (version !== LAYOUT_FILE_VERSION) return fail('unknownVersion', { version: String(version) });
  if (leadType !== undefined && leadType !== 'simple' && leadType !== 'repeat') {
    return fail('unknownLeadType', { leadType: String(JSON.stringify(leadType)) });
  }
  const madeFor =
    typeof card === 'string'
      ? parseCardType(card)
      : leadType !== undefined
        ? parseCardType(leadType)
        : undefined;
  if (madeFor === null || (card !== undefined && typeof card !== 'string')) {
    return fail('unknownCard', { card: String(JSON.stringify(card)) });
  }
  if (scope !== undefined && scope !== 'C' && scope !== 'P') {
    return fail('unknownScope', { scope: String(JSON.stringify(scope)) });
  }
  if (!('sections' in file)) return fail('noSections');
  return readSections(file['sections'], {
    ...(leadType !== undefined ? { leadType } : {}),
    ...(madeFor ? { card: madeFor } : {}),
    ...(scope !== undefined ? { scope } : {}),
    ...(typeof exportedAt === 'string' ? { exportedAt } : {}),
    ...(typeof portal === 'string' ? { portal } : {}),
  });
}

const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

/** The refusal of a file of `bytes` (beyond `IMPORT_LIMITS.bytes`), before it is read. */
export const tooLarge = (bytes: number): Extract<LayoutImport, { ok: false }> => ({
  ok: false,
  code: 'tooLarge',
  params: { size: sizeText(bytes), limit: sizeText(IMPORT_LIMITS.bytes) },
});

/**
 * Reads an imported file: an export of this app, a bare portal payload (what
 * `crm.lead.details.configuration.get` returns, column wrapper included) or the REST answer around
 * it (`{"result": [...]}`). Every layout is checked with the portal's own rules (`checkLayoutData`,
 * its exact text as the `detail` of `portalRefuses`); never throws.
 */
export function parseLayoutImport(text: string): LayoutImport {
  // a text of more characters than the limit has more bytes too (the toolbar checks the file's size)
  if (text.length > IMPORT_LIMITS.bytes) return tooLarge(text.length);
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return fail('empty');
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (error) {
    return whereJsonBroke(clean, error);
  }
  // A list, or an object keyed "0", "1"... (how PHP arrays sometimes reach JSON): a bare payload.
  const keyedByIndex =
    isRecord(data) && Object.keys(data).length > 0 && Object.keys(data).every((k) => /^\d+$/.test(k));
  if (Array.isArray(data) || data === null || keyedByIndex) return readSections(data, {});
  if (isRecord(data) && 'format' in data) return readFile(data);
  if (isRecord(data) && 'result' in data) return readSections(data['result'], {});
  return fail('notALayout');
}
