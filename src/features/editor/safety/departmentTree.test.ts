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

/** A pick of departments, with the ones below them unless `withSubDepartments` is false. */
const choice = (ids: readonly number[], withSubDepartments = true) => ({
  chosen: new Set(ids),
  withSubDepartments,
});

describe('expandDepartments', () => {
  it('adds every level below the chosen departments, or only the chosen ones', () => {
    expect(expandDepartments(STRUCTURE, choice([2]))).toEqual([2, 3, 6]);
    expect(expandDepartments(STRUCTURE, choice([2], false))).toEqual([2]);
    expect(expandDepartments(STRUCTURE, choice([1]))).toEqual([1, 2, 3, 4, 6]);
    expect(expandDepartments(STRUCTURE, choice([3, 6]))).toEqual([3, 6]);
    expect(expandDepartments(STRUCTURE, choice([]))).toEqual([]);
  });

  it('ends on a parent loop', () => {
    expect(expandDepartments([d(5, 'A', 7), d(7, 'B', 5)], choice([5]))).toEqual([5, 7]);
  });
});
