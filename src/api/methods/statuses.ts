import { StatusListSchema } from '../schemas/status';

/**
 * `crm.status.list` ordered by `SORT`: one entity's items, or every reference list of the portal when
 * `entityId` is omitted (not paged: `total` only).
 */
export const statusesCommand = (entityId?: string) => ({
  method: 'crm.status.list',
  params: { order: { SORT: 'ASC' }, ...(entityId !== undefined ? { filter: { ENTITY_ID: entityId } } : {}) },
  schema: StatusListSchema,
});
