/**
 * `department.get` (scope `department`) as `CIntranetRestService::departmentGet` answers it: a
 * `CIBlockSection::GetList` over the structure's active sections, 50 a page, rows of `ID`, `NAME`,
 * `SORT`, `PARENT`, `UF_HEAD` with the unset ones left out (`getDeptData` keeps only `isset` keys).
 *
 * Parameters as the portal reads them:
 * - `FILTER` (exactly that key, an array) replaces the whole query, sort keys included.
 * - Filter keys are matched case-sensitively against `ID NAME SORT PARENT UF_HEAD`
 *   (`prepareDeptData` uses `in_array` without case folding), without prefixes; `ID`, `PARENT`,
 *   `UF_HEAD` take an int or an array of ints, `SORT` an int.
 * - `sort`/`order` are read case-insensitively (`prepareSort` folds the keys), so an upper-case
 *   `SORT` is both the sort field and a filter on the `SORT` column, as on the portal.
 * - Paging is the `start` the REST server takes out of the query (4.5), not an upper-case `START`.
 */
import { ok, type MethodContext, type MethodResult, type MethodSpec } from './context';
import { paginate } from './listQuery';
import { intval, isPhpArray, phpEntries, phpString, phpValues, upperKeys, type Params } from './php';
import type { DepartmentRecord } from './types';

const FILTER_KEYS = ['ID', 'NAME', 'SORT', 'PARENT', 'UF_HEAD'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];
const isFilterKey = (k: string): k is FilterKey => (FILTER_KEYS as readonly string[]).includes(k);

/** The structure in `LEFT_MARGIN` order: parents before children, siblings by `SORT`, then `NAME`. */
export function treeOrder(departments: readonly DepartmentRecord[]): DepartmentRecord[] {
  // Inferred: `CIBlockSection::ReSort` numbers the nested set walking children by SORT, NAME.
  const children = new Map<number | null, DepartmentRecord[]>();
  for (const d of departments) {
    const parent = d.PARENT !== null && departments.some((p) => p.ID === d.PARENT) ? d.PARENT : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const out: DepartmentRecord[] = [];
  const walk = (parent: number | null): void => {
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => a.SORT - b.SORT || compareText(a.NAME, b.NAME) || a.ID - b.ID,
    );
    for (const d of list) {
      out.push(d);
      walk(d.ID);
    }
  };
  walk(null);
  return out;
}

const compareText = (a: string, b: string): number => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
};

const ints = (v: unknown): number[] => (isPhpArray(v) ? phpValues(v).map(intval) : [intval(v)]);

/** `NAME` is an iblock "string" filter: a case-insensitive LIKE, `%` and `_` as wildcards (inferred). */
function nameMatches(pattern: string): (name: string) => boolean {
  const body = [...pattern.toLowerCase()]
    .map((ch) => (ch === '%' ? '.*' : ch === '_' ? '.' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const re = new RegExp(`^${body}$`, 's');
  return (name) => re.test(name.toLowerCase());
}

function compileFilter(query: Params): (d: DepartmentRecord) => boolean {
  const tests: ((d: DepartmentRecord) => boolean)[] = [];
  for (const [key, value] of phpEntries(query)) {
    if (!isFilterKey(key)) continue;
    switch (key) {
      case 'ID': {
        const ids = ints(value);
        tests.push((d) => ids.includes(d.ID));
        break;
      }
      case 'SORT': {
        const sort = intval(isPhpArray(value) ? phpValues(value)[0] : value);
        tests.push((d) => d.SORT === sort);
        break;
      }
      case 'PARENT': {
        // `SECTION_ID` 0 (or anything intval makes 0) selects the top level (inferred from GetList).
        const parents = ints(value);
        tests.push((d) => parents.some((p) => (p <= 0 ? d.PARENT === null : d.PARENT === p)));
        break;
      }
      case 'UF_HEAD': {
        const heads = ints(value);
        tests.push((d) => d.UF_HEAD !== null && heads.includes(d.UF_HEAD));
        break;
      }
      case 'NAME': {
        const names = (isPhpArray(value) ? phpValues(value) : [value]).map((v) => nameMatches(phpString(v)));
        tests.push((d) => names.some((m) => m(d.NAME)));
        break;
      }
    }
  }
  return (d) => tests.every((t) => t(d));
}

const SORT_KEYS: Readonly<Record<string, (d: DepartmentRecord) => number | string | null>> = {
  ID: (d) => d.ID,
  NAME: (d) => d.NAME.toLowerCase(),
  SORT: (d) => d.SORT,
  PARENT: (d) => d.PARENT,
  UF_HEAD: (d) => d.UF_HEAD,
};

function sortRows(rows: DepartmentRecord[], query: Params): DepartmentRecord[] {
  const folded = upperKeys(query);
  const field = typeof folded['SORT'] === 'string' ? folded['SORT'].toUpperCase() : '';
  const key = SORT_KEYS[field];
  if (!key) return rows; // LEFT_MARGIN ASC
  const order = typeof folded['ORDER'] === 'string' ? folded['ORDER'].toUpperCase() : '';
  const dir = order === 'DESC' ? -1 : 1;
  // A stable sort keeps the tree order among equal keys; MySQL sorts NULL first ascending.
  return [...rows].sort((a, b) => {
    const va = key(a);
    const vb = key(b);
    if (va === vb) return 0;
    if (va === null) return -dir;
    if (vb === null) return dir;
    return (va < vb ? -1 : 1) * dir;
  });
}

/**
 * A row as `getDeptData` writes it: `SORT` through `intval`, the rest as the database gives them.
 * Inferred: `UF_HEAD` is a string like `PARENT` (a user field value read by `GetList`), and a
 * department without a head has it null, so the key is left out (the docs' sample rows have none).
 */
export function departmentRow(d: DepartmentRecord): Record<string, unknown> {
  return {
    ID: String(d.ID),
    NAME: d.NAME,
    SORT: d.SORT,
    ...(d.PARENT === null ? {} : { PARENT: String(d.PARENT) }),
    ...(d.UF_HEAD === null ? {} : { UF_HEAD: String(d.UF_HEAD) }),
  };
}

function departmentGet(ctx: MethodContext): MethodResult {
  const filter = ctx.params['FILTER'];
  const query: Params = isPhpArray(filter) ? Object.fromEntries(phpEntries(filter)) : ctx.params;
  const rows = sortRows(treeOrder(ctx.state.departments ?? []).filter(compileFilter(query)), query);
  const { page, total, next } = paginate(rows, ctx.start);
  return {
    ...ok(page.map(departmentRow)),
    ...(total === undefined ? {} : { total }),
    ...(next === undefined ? {} : { next }),
  };
}

export const departmentMethods: Readonly<Record<string, MethodSpec>> = {
  'department.get': { scope: 'department', handler: departmentGet },
};
