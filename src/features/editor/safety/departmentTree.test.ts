import { describe, expect, it } from 'vitest';
import type { Department } from '../../../api/schemas/department';
import { departmentTree, expandDepartments, type DepartmentNode } from './departmentTree';

const d = (ID: number, NAME: string, PARENT?: number): Department => ({
  ID: String(ID),
  NAME,
  SORT: 500,
  ...(PARENT === undefined ? {} : { PARENT: String(PARENT) }),
});
const STRUCTURE = [d(1, 'Co'), d(2, 'Sales', 1), d(3, 'Team', 2), d(6, 'Key', 3), d(4, 'Support', 1)];

const names = (nodes: readonly DepartmentNode[]): unknown =>
  nodes.map((n) => (n.children.length > 0 ? [n.name, names(n.children)] : n.name));

describe('departmentTree', () => {
  it('nests sub-departments under their parent in the order listed', () => {
    expect(names(departmentTree(STRUCTURE))).toEqual([['Co', [['Sales', [['Team', ['Key']]]], 'Support']]]);
  });

  it('keeps a department whose parent is missing, and the members of a parent loop, at the top', () => {
    expect(names(departmentTree([d(2, 'Orphan', 9), d(5, 'A', 7), d(7, 'B', 5)]))).toEqual([
      'Orphan',
      ['A', ['B']],
    ]);
  });
});

describe('expandDepartments', () => {
  it('adds every level below the chosen departments, or only the chosen ones', () => {
    expect(expandDepartments(STRUCTURE, { chosen: new Set([2]), withSubDepartments: true })).toEqual([
      2, 3, 6,
    ]);
    expect(expandDepartments(STRUCTURE, { chosen: new Set([2]), withSubDepartments: false })).toEqual([2]);
    expect(expandDepartments(STRUCTURE, { chosen: new Set([1]), withSubDepartments: true })).toEqual([
      1, 2, 3, 4, 6,
    ]);
    expect(expandDepartments(STRUCTURE, { chosen: new Set([3, 6]), withSubDepartments: true })).toEqual([
      3, 6,
    ]);
    expect(expandDepartments(STRUCTURE, { chosen: new Set(), withSubDepartments: true })).toEqual([]);
  });

  it('ends on a parent loop', () => {
    expect(
      expandDepartments([d(5, 'A', 7), d(7, 'B', 5)], { chosen: new Set([5]), withSubDepartments: true }),
    ).toEqual([5, 7]);
  });
});
