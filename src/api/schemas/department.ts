import { z } from 'zod';

/**
 * A `department.get` row as `CIntranetRestService::getDeptData` builds it: `ID`, `NAME`, `SORT`
 * (an int), `PARENT` (absent on the root department) and `UF_HEAD` (absent when the department
 * has no head). Ids are strings, as the portal reads them from the database.
 */
export const DepartmentSchema = z
  .object({
    ID: z.string(),
    NAME: z.string(),
    SORT: z.number(),
    PARENT: z.string().optional(),
    UF_HEAD: z.string().optional(),
  })
  .loose();
export type Department = z.infer<typeof DepartmentSchema>;
export const DepartmentListSchema = z.array(DepartmentSchema);
