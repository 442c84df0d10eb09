import { queryOptions } from '@tanstack/react-query';
import { leadFieldsCommand } from '../api/methods/fields';
import { portalKey } from '../api/methods/keys';
import { getLayoutCommand } from '../api/methods/layout';
import { leadCommands } from '../api/methods/leads';
import { fromPortal, type LoadedLayout } from '../api/methods/layoutMapping';
import type { LeadFields } from '../api/schemas/fields';
import type { BatchPart, PortalClient } from '../api/transport';
import type { LeadType } from '../domain/types';

export interface LeadTabData {
  readonly fields: LeadFields;
  readonly leadType: LeadType;
  readonly title: string;
  /** The common layout of the lead's type; null: nothing stored, the card shows the portal default. */
  readonly loaded: LoadedLayout | null;
}

function value<T>(part: BatchPart<T>): T {
  if (!part.ok) throw part.error;
  return part.value;
}

/**
 * The `CRM_LEAD_DETAIL_TAB` placement in one request: the field list, the lead (its type decides
 * simple or repeat) and both common layouts. The common layout is what a card in common view
 * shows; whether this user's card is in personal view cannot be read over REST (BITRIX24-API.md 8).
 */
export const leadTabQuery = (client: PortalClient, leadId: number) =>
  queryOptions({
    queryKey: [...portalKey(client), 'leadTab', leadId] as const,
    queryFn: async ({ signal }): Promise<LeadTabData> => {
      const parts = await client.batch(
        {
          fields: leadFieldsCommand(),
          lead: leadCommands.get(leadId),
          simple: getLayoutCommand({ scope: 'C', card: { entity: 'lead', leadType: 'simple' } }),
          repeat: getLayoutCommand({ scope: 'C', card: { entity: 'lead', leadType: 'repeat' } }),
        },
        { signal },
      );
      const lead = value(parts.lead);
      const leadType: LeadType = lead.IS_RETURN_CUSTOMER === 'Y' ? 'repeat' : 'simple';
      const sections = value(parts[leadType]);
      return {
        fields: value(parts.fields),
        leadType,
        title: lead.TITLE ?? '',
        loaded: sections && fromPortal(sections),
      };
    },
  });
