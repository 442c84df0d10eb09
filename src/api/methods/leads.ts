import { LeadIdSchema, LeadListSchema, LeadSchema } from '../schemas/lead';
import type { PortalClient } from '../transport';
import { entityCommands } from './entityCommands';
import { portalKey } from './keys';

/**
 * `crm.lead.*` (BITRIX24-API.md 3.1-3.3), sent with `callCommand` / `callListCommand` or in a
 * batch. Values go form-encoded: numbers and booleans arrive as strings (`true` as `"1"`), so pass
 * the portal's own values (`'Y'`/`'N'` for `char` fields). Multifields are written as
 * `[{VALUE, VALUE_TYPE}]`.
 */
export const leadCommands = entityCommands('crm.lead', {
  one: LeadSchema,
  many: LeadListSchema,
  id: LeadIdSchema,
});

export const leadKeys = {
  all: (client: PortalClient) => [...portalKey(client), 'leads'] as const,
  detail: (client: PortalClient, id: number) => [...leadKeys.all(client), 'detail', id] as const,
};
