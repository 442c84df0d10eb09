import type { Department } from '../../../api/schemas/department';

export interface DepartmentNode {
  readonly id: number;
  readonly name: string;
  readonly children: readonly DepartmentNode[];
}

/**
 * The structure as a tree, in the order the portal listed it. A department whose parent is not in
 * the list (a hidden or inactive parent) becomes a root, so nobody drops out of the picker.
 */
export function departmentTree(departments: readonly Department[]): DepartmentNode[] {
  const ids = new Set(departments.map((d) => Number(d.ID)));
  const children = new Map<number | null, Department[]>();
  for (const d of departments) {
    const parent = d.PARENT !== undefined && ids.has(Number(d.PARENT)) ? Number(d.PARENT) : null;
    children.set(parent, [...(children.get(parent) ?? []), d]);
  }
  const seen = new Set<number>();
  const node = (d: Department): DepartmentNode[] => {
    const id = Number(d.ID);
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, name: d.NAME, children: (children.get(id) ?? []).flatMap(node) }];
  };
  const roots = (children.get(null) ?? []).flatMap(node);
  // departments in a parent loop have no root: show them at the top rather than lose them
  for (const d of departments) roots.push(...node(d));
  return roots;
}

/** The departments a user picked, and whether the departments below them count too. */
export interface DepartmentChoice {
  readonly chosen: ReadonlySet<number>;
  readonly withSubDepartments: boolean;
}

export const NO_DEPARTMENTS: DepartmentChoice = { chosen: new Set(), withSubDepartments: true };

/** The chosen departments and, with `withSubDepartments`, every department below them. */
export function expandDepartments(
  departments: readonly Department[],
  { chosen, withSubDepartments }: DepartmentChoice,
): number[] {
  if (!withSubDepartments) return [...chosen].sort((a, b) => a - b);
  const below = new Map<number, number[]>();
  for (const d of departments) {
    if (d.PARENT === undefined) continue;
    const parent = Number(d.PARENT);
    below.set(parent, [...(below.get(parent) ?? []), Number(d.ID)]);
  }
  const out = new Set<number>();
  const stack = [...chosen];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(below.get(id) ?? []));
  }
  return [...out].sort((a, b) => a - b);
}
