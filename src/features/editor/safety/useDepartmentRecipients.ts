import { useQuery } from '@tanstack/react-query';
import { departmentsQuery, departmentUsersQuery } from '../../../api/methods/departments';
import type { Department } from '../../../api/schemas/department';
import type { User } from '../../../api/schemas/user';
import type { PortalClient } from '../../../api/transport';
import { expandDepartments, type DepartmentChoice } from './departmentTree';

export interface DepartmentRecipients {
  /** The portal's structure, once read. */
  readonly departments: readonly Department[] | undefined;
  readonly loadingDepartments: boolean;
  /** Why the structure could not be read. */
  readonly departmentsError: unknown;
  /** The chosen departments, with those below them when asked. */
  readonly departmentIds: readonly number[];
  /** Active users of those departments, each once; empty while resolving. */
  readonly users: readonly User[];
  readonly resolving: boolean;
  /** Why the departments' users could not be read. */
  readonly usersError: unknown;
}

/** Reads the structure and turns chosen departments into their active users (all `user.get` pages). */
export function useDepartmentRecipients(
  client: PortalClient,
  choice: DepartmentChoice,
): DepartmentRecipients {
  const structure = useQuery(departmentsQuery(client));
  const departmentIds = structure.data ? expandDepartments(structure.data, choice) : [];
  const members = useQuery({
    ...departmentUsersQuery(client, departmentIds),
    enabled: departmentIds.length > 0,
  });
  const active = departmentIds.length > 0;
  return {
    departments: structure.data,
    loadingDepartments: structure.isPending,
    departmentsError: structure.error,
    departmentIds,
    users: active ? (members.data ?? []) : [],
    resolving: active && members.isFetching,
    usersError: active ? members.error : null,
  };
}
