import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { FakeFetch } from '../../api/testing/fakeFetch';
import { cardFieldsFor } from '../../domain/cardFields';
import type { Layout } from '../../domain/types';
import { fakePortal } from '../../testing/fakePortal';
import { PreviewPanel } from './PreviewPanel';
import { PORTAL_FIELDS, STATUSES, USERS } from './testFixtures';

/**
 * Renders the preview of a simple lead with `layout` as draft and saved layout, on a portal
 * answering the preview's requests (the opening batches, `crm.lead.get`, `crm.lead.update`) with
 * `lead` as its newest lead; returns the requests the panel made.
 */
export function renderPreviewPanel(
  lead: { readonly ID: string; readonly TITLE: string },
  layout: Layout,
): FakeFetch {
  const { client, fetch } = fakePortal({
    calls: { 'crm.lead.get': lead, 'crm.lead.update': true },
    batch: {
      'crm.status.list': STATUSES,
      'user.get': USERS,
      'crm.lead.list': [{ ID: lead.ID, TITLE: lead.TITLE }],
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <PreviewPanel
        client={client}
        leadType="simple"
        draft={layout}
        saved={layout}
        fields={PORTAL_FIELDS}
        cardFields={cardFieldsFor('simple', PORTAL_FIELDS)}
      />
    </QueryClientProvider>,
  );
  return fetch;
}
