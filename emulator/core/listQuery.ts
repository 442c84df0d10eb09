/**
 * `filter` and `order` of the old list methods (`crm.lead.list`, `crm.status.list`, `user.get`):
 * prefixes `= ! != > >= < <= @ !@ % =% %= !% !=% !%=` (BITRIX24-API.md 3.2), case-insensitive string
 * comparison as MySQL does, NULLs first when ascending.
 */
import { floatval, isPhpArray, phpEntries, phpValues, type PhpArray } from './php';
import { parsePortalTime } from './time';

/** How a field compares: numbers, strings, dates (epoch ms), or a list of values (multifields). */
export type FieldKind = 'number' | 'string' | 'date' | 'multi' | 'unknown';

type Op = '=' | '!' | '>' | '>=' | '<' | '<=' | '@' | '!@' | '%' | '!%' | 'like' | '!like';

// Longest prefixes first: `!=%` before `!=` before `!`.
const OP_RE = /^(!=%|!%=|!=|!%|!@|!|=%|%=|>=|<=|=|>|<|@|%)?(.*)$/;

function parseOp(prefix: string): Op {
  switch (prefix) {
    case '':
    case '=':
      return '=';
    case '!':
    case '!=':
      return '!';
    case '=%':
    case '%=':
      return 'like';
    case '!=%':
    case '!%=':
      return '!like';
    default:
      return prefix as Op;
  }
}

const isEmpty = (v: unknown): boolean => v === undefined || v === null || v === '' || v === false;

function normalize(kind: FieldKind, v: unknown, fromFilter: boolean): number | string | null {
  if (isEmpty(v)) return null;
  if (kind === 'number') {
    const n = typeof v === 'number' ? v : floatval(v);
    return Number.isNaN(n) ? null : n;
  }
  if (kind === 'date') {
    if (!fromFilter && typeof v === 'number') return v;
    return parsePortalTime(v);
  }
  return String(v).toLowerCase();
}

function likeToRegExp(pattern: string): RegExp {
  const body = [...pattern.toLowerCase()]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 's');
}

function listOf(value: unknown, splitCommas: boolean): unknown[] {
  if (isPhpArray(value)) return phpValues(value);
  if (splitCommas && typeof value === 'string' && value.includes(','))
    return value.split(',').map((s) => s.trim());
  return [value];
}

export interface FilterOptions {
  /** `user.get`: a bare string value containing `%` is a LIKE pattern (`NAME: "Iva%"`). */
  readonly bareLike?: boolean;
}

/**
 * Compiles a filter into a predicate. Unknown fields are ignored (the portal drops them too);
 * `get` returns the internal value of a field (a value array for `multi`).
 */
export function compileFilter<T>(
  filter: PhpArray,
  kindOf: (name: string) => FieldKind,
  get: (row: T, name: string) => unknown,
  options: FilterOptions = {},
): (row: T) => boolean {
  const tests: ((row: T) => boolean)[] = [];
  for (const [key, value] of phpEntries(filter)) {
    const m = OP_RE.exec(key);
    const name = (m?.[2] ?? key).toUpperCase();
    const kind = kindOf(name);
    if (kind === 'unknown') continue;
    let op = parseOp(m?.[1] ?? '');
    if (options.bareLike && op === '=' && !m?.[1] && typeof value === 'string' && value.includes('%'))
      op = 'like';
    const elementKind: FieldKind = kind === 'multi' ? 'string' : kind;
    const rowValues = (row: T): (number | string | null)[] => {
      const raw = get(row, name);
      if (kind === 'multi') {
        const values = Array.isArray(raw) ? raw : [];
        return values.length === 0 ? [null] : values.map((v) => normalize(elementKind, v, false));
      }
      return [normalize(kind, raw, false)];
    };
    const wanted = listOf(value, op === '@' || op === '!@').map((v) => normalize(elementKind, v, true));
    const equalsAny = (row: T): boolean => rowValues(row).some((rv) => wanted.some((w) => w === rv));

    switch (op) {
      case '=':
      case '@':
        tests.push(equalsAny);
        break;
      case '!':
      case '!@':
        tests.push((row) => !equalsAny(row));
        break;
      case '>':
      case '>=':
      case '<':
      case '<=': {
        const w = wanted[0] ?? null;
        tests.push((row) =>
          rowValues(row).some((rv) => {
            if (rv === null || w === null) return false;
            if (op === '>') return rv > w;
            if (op === '>=') return rv >= w;
            if (op === '<') return rv < w;
            return rv <= w;
          }),
        );
        break;
      }
      case '%':
      case '!%': {
        const needles = listOf(value, false).map((v) => String(v ?? '').toLowerCase());
        const contains = (row: T): boolean =>
          rowValues(row).some((rv) => rv !== null && needles.some((n) => String(rv).includes(n)));
        tests.push(op === '%' ? contains : (row) => !contains(row));
        break;
      }
      case 'like':
      case '!like': {
        const patterns = listOf(value, false).map((v) => likeToRegExp(String(v ?? '')));
        const like = (row: T): boolean =>
          rowValues(row).some((rv) => rv !== null && patterns.some((p) => p.test(String(rv))));
        tests.push(op === 'like' ? like : (row) => !like(row));
        break;
      }
    }
  }
  return (row) => tests.every((t) => t(row));
}

/**
 * Compiles `order` (`{FIELD: 'ASC'|'DESC'}`) into a comparator, or `null` when nothing applies.
 * `get` may map a field to another sort key (leads sort `STATUS_ID` by stage order, 3.2).
 */
export function compileOrder<T>(
  order: PhpArray,
  kindOf: (name: string) => FieldKind,
  get: (row: T, name: string) => unknown,
): ((a: T, b: T) => number) | null {
  const keys: { name: string; kind: FieldKind; dir: number }[] = [];
  for (const [key, value] of phpEntries(order)) {
    const name = key.toUpperCase();
    const kind = kindOf(name);
    if (kind === 'unknown' || kind === 'multi') continue;
    keys.push({ name, kind, dir: String(value).toUpperCase() === 'DESC' ? -1 : 1 });
  }
  if (keys.length === 0) return null;
  return (a, b) => {
    for (const { name, kind, dir } of keys) {
      const va = normalize(kind, get(a, name), false);
      const vb = normalize(kind, get(b, name), false);
      if (va === vb) continue;
      if (va === null) return -dir; // MySQL: NULL sorts first ascending
      if (vb === null) return dir;
      return (va < vb ? -1 : 1) * dir;
    }
    return 0;
  };
}

/** Old-style navigation (`IRestService::getNavData`/`setNavData`, BITRIX24-API.md 4.5). */
export function paginate<T>(
  rows: readonly T[],
  start: number,
  pageSize = 50,
): { page: T[]; total?: number; next?: number } {
  if (start < 0) return { page: rows.slice(0, pageSize) }; // start=-1: top 50, no count
  const pageNo = Math.floor(start / pageSize) + 1;
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const page = rows.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return pageNo < pageCount
    ? { page, total: rows.length, next: pageNo * pageSize }
    : { page, total: rows.length };
}
