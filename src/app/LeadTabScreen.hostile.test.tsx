// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18nStore';
import { PORTAL_FIELDS, STATUSES, USERS } from '../features/preview/testFixtures';
import { fakePortal } from '../testing/fakePortal';
import { LeadTabScreen } from './LeadTabScreen';

/** Issue 20: one numeric entity past U+10FFFF in `COMMENTS` left this tab blank on every open. */
const LEAD = {
  ID: '1596',
  TITLE: 'Website inquiry',
  STATUS_ID: 'NEW',
  IS_RETURN_CUSTOMER: 'N',
  ASSIGNED_BY_ID: '4',
  COMMENTS: 'Call back&#99999999; after &#xD800;lunch',
};

function renderTab() {
  const { client } = fakePortal({
    calls: { 'crm.lead.get': LEAD },
    batch: {
      'crm.lead.fields': PORTAL_FIELDS,
      'crm.lead.get': LEAD,
      'crm.lead.details.configuration.get': null,
      'crm.status.list': STATUSES,
      'user.get': USERS,
      'crm.lead.list': [{ ID: LEAD.ID, TITLE: LEAD.TITLE }],
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <LeadTabScreen client={client} leadId={1596} onOpenEditor={() => undefined} />
    </QueryClientProvider>,
  );
}

// the preview is a lazy chunk: loaded before the tests, so that what they wait for does not depend
// on how fast this machine transforms its modules
beforeAll(async () => {
  await import('../features/preview/PreviewPanel');
});

afterEach(() => {
  setLang('en', false);
  vi.restoreAllMocks();
});

describe('the lead tab of a lead with hostile HTML in its comment', () => {
  it('shows the comment with U+FFFD where the entity cannot be a character', async () => {
    renderTab();
    const comment = await screen.findByRole('group', { name: 'Comment' });
    expect(comment.textContent).toContain('Call back\uFFFD after \uFFFDlunch');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
