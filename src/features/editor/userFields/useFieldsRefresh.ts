import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { fieldKeys, getLeadFields } from '../../../api/methods/fields';
import { portalKey } from '../../../api/methods/keys';
import type { LeadFields } from '../../../api/schemas/fields';
import type { PortalClient } from '../../../api/transport';
import type { EditorOpening } from '../document/editorData';

/**
 * Reads `crm.lead.fields` again and puts it where the editor took it from (the opening request),
 * so the field list, the card and the preview show a created or changed field at once.
 */
export function useFieldsRefresh(client: PortalClient): () => Promise<LeadFields> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const fields = await getLeadFields(client);
    queryClient.setQueryData(fieldKeys.lead(client), fields);
    queryClient.setQueriesData<EditorOpening>({ queryKey: [...portalKey(client), 'editorOpening'] }, (old) =>
      old ? { ...old, fields } : old,
    );
    return fields;
  }, [client, queryClient]);
}
