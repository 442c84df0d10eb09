import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { leadQuery } from '../../api/methods/leads';
import type { PortalClient } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import type { PreviewCatalog } from './catalog';
import { toForm, type LeadForm } from './leadForm';
import type { References } from './references';
import { sampleLead } from './sampleLead';
import type { LeadChoice } from './useLeadChoice';

export interface PreviewLead {
  /** Identity of the lead's edit session: `lead:1590` or `sample:simple`. */
  readonly key: string | null;
  readonly form: LeadForm | null;
  /** "#1590" or "Sample lead". */
  readonly badge: string;
  /** The portal's `IS_RETURN_CUSTOMER` of a real lead. */
  readonly isRepeat: boolean | null;
  readonly loading: boolean;
  readonly error: unknown;
  readonly retry: () => void;
}

/** The chosen lead as a form: fetched with `crm.lead.get`, or the sample built from the card's fields. */
export function usePreviewLead(
  client: PortalClient,
  choice: LeadChoice | null,
  leadType: LeadType,
  catalog: PreviewCatalog,
  refs: References,
): PreviewLead {
  const t = useT();
  const id = choice?.kind === 'lead' ? choice.id : 0;
  const lead = useQuery({ ...leadQuery(client, id), enabled: id > 0 });
  const data = lead.data;
  const fetched = useMemo(() => (data ? toForm(data, catalog.fields) : null), [data, catalog.fields]);
  const sample = useMemo(
    () => (choice?.kind === 'sample' ? sampleLead(leadType, catalog, refs, t) : null),
    [choice?.kind, leadType, catalog, refs, t],
  );
  if (choice?.kind === 'sample') {
    return {
      key: `sample:${leadType}`,
      form: sample,
      badge: t('preview.card.sample'),
      isRepeat: null,
      loading: false,
      error: null,
      retry: () => undefined,
    };
  }
  return {
    key: id > 0 ? `lead:${id}` : null,
    form: fetched,
    badge: id > 0 ? `#${id}` : '',
    isRepeat: data ? data.IS_RETURN_CUSTOMER === 'Y' : null,
    loading: choice === null || lead.isPending,
    error: lead.error,
    retry: () => void lead.refetch(),
  };
}
