import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { cardFieldsCommand, fieldKeys } from '../../../api/methods/fields';
import type { LeadFields } from '../../../api/schemas/fields';
import { callCommand, type PortalClient } from '../../../api/transport';
import type { CardType } from '../../../domain/cardType';

/**
 * Reads the card's field list (`crm.deal.fields`, `crm.item.fields`, …) again and puts it where
 * the editor reads it, so the field list, the card and the preview show a created or changed
 * field at once.
 */
export function useFieldsRefresh(client: PortalClient, card: CardType): () => Promise<LeadFields> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const fields = await callCommand(client, cardFieldsCommand(card));
    queryClient.setQueryData(fieldKeys.of(client, card), fields);
    return fields;
  }, [client, card, queryClient]);
}
