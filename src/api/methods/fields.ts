import { queryOptions } from '@tanstack/react-query';
import { LeadFieldsSchema, type LeadFields } from '../schemas/fields';
import { callCommand, type CallOptions, type PortalClient } from '../transport';
import { PORTAL_QUERY_DEFAULTS, portalKey } from './keys';

/** `crm.lead.fields` (BITRIX24-API.md 2.1): every lead field by code; user fields' labels in `formLabel`. */
export const leadFieldsCommand = () => ({ method: 'crm.lead.fields', params: {}, schema: LeadFieldsSchema });

export function getLeadFields(client: PortalClient, opts?: CallOptions): Promise<LeadFields> {
  return callCommand(client, leadFieldsCommand(), opts);
}

export const fieldKeys = {
  lead: (client: PortalClient) => [...portalKey(client), 'fields', 'lead'] as const,
};

export const leadFieldsQuery = (client: PortalClient) =>
  queryOptions({
    ...PORTAL_QUERY_DEFAULTS,
    queryKey: fieldKeys.lead(client),
    queryFn: ({ signal }) => getLeadFields(client, { signal }),
    staleTime: 5 * 60_000,
  });
