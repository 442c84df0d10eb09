/**
 * The company structure: the root department (ID 1, the company itself, as every portal has)
 * and its sub-departments. The seeded users point here through `UF_DEPARTMENT` (people.ts).
 */
import type { DepartmentRecord } from '../core/types';

export function seedDepartments(): DepartmentRecord[] {
  return [
    { ID: 1, NAME: 'Lead Card Studio', SORT: 500, PARENT: null, UF_HEAD: 1 },
    // Sales: Ольга Смирнова heads it; its sales team and key accounts sit below it.
    { ID: 2, NAME: 'Sales', SORT: 100, PARENT: 1, UF_HEAD: 5 },
    { ID: 3, NAME: 'Sales team', SORT: 500, PARENT: 2, UF_HEAD: null },
    { ID: 6, NAME: 'Key accounts', SORT: 500, PARENT: 3, UF_HEAD: null },
    { ID: 4, NAME: 'Служба поддержки', SORT: 200, PARENT: 1, UF_HEAD: 7 },
    { ID: 5, NAME: 'Marketing', SORT: 300, PARENT: 1, UF_HEAD: null },
  ];
}
