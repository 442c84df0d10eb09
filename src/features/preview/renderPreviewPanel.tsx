import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { FakeFetch } from '../../api/testing/fakeFetch';
import { cardFieldsOf } from '../../domain/cards';
import { SIMPLE_LEADS, type CardType } from '../../domain/cardType';
import type { Layout } from '../../domain/types';
import { fakePortal, type FakePortalAnswers } from '../../testing/fakePortal';
import { PreviewPanel } from './PreviewPanel';
import { PORTAL_FIELDS, STATUSES, USERS } from './testFixtures';

/**
 * Renders the preview of `card` with `layout` as draft and saved layout, on a portal answering
 * `answers`, stages and people of the opening batch included unless given; returns the requests.
 */
export function renderCardPreview(card: CardType, layout: Layout, answers: FakePortalAnswers): FakeFetch {
  const { client, fetch } = fakePortal({
    calls: answers.calls ?? {},
    batch: { 'crm.status.list': STATUSES, 'user.get': USERS, ...answers.batch },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <PreviewPanel
        client={client}
        card={card}
        draft={layout}
        saved={layout}
        fields={PORTAL_FIELDS}
        cardFields={cardFieldsOf(card.entity === 'lead' ? card : SIMPLE_LEADS, PORTAL_FIELDS)}
      />
    </QueryClientProvider>,
  );
  return fetch;
}

/**
 * Renders the preview of a simple lead with `layout` as draft and saved layout, on a portal
 * answering the preview's requests (the opening batches, `crm.lead.get`, `crm.lead.update`) with
 * `lead` as its newest lead; returns the requests the panel made.
 */
export function renderPreviewPanel(
  lead: { readonly ID: string; readonly TITLE: string },
  layout: Layout,
): FakeFetch {
  return renderCardPreview({ entity: 'lead', leadType: 'simple' }, layout, {
    calls: { 'crm.lead.get': lead, 'crm.lead.update': true },
    batch: { 'crm.lead.list': [{ ID: lead.ID, TITLE: lead.TITLE }] },
  });
}
