// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fail, fakeFetch, testClient } from '../api/testing/fakeFetch';
import { setLang } from '../i18n/i18nStore';
import { PORTAL_FIELDS, STATUSES, USERS } from '../features/preview/testFixtures';
import { fakePortal } from '../testing/fakePortal';
import { LeadTabScreen } from './LeadTabScreen';

const LEAD = {
  ID: '1596',
  TITLE: 'Website inquiry',
  STATUS_ID: 'NEW',
  IS_RETURN_CUSTOMER: 'N',
  ASSIGNED_BY_ID: '4',
};

/** A portal with no stored layouts: the card shows the portal default. */
function portal(lead: Record<string, string> = LEAD) {
  return fakePortal({
    calls: { 'crm.lead.get': lead },
    batch: {
      'crm.lead.fields': PORTAL_FIELDS,
      'crm.lead.get': lead,
      'crm.lead.details.configuration.get': null,
      'crm.status.list': STATUSES,
      'user.get': USERS,
      'crm.lead.list': [{ ID: lead.ID, TITLE: lead.TITLE }],
    },
  });
}

function renderTab(client = portal().client) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onOpenEditor = vi.fn<() => void>();
  render(
    <QueryClientProvider client={queryClient}>
      <LeadTabScreen client={client} leadId={1596} onOpenEditor={onOpenEditor} />
    </QueryClientProvider>,
  );
  return onOpenEditor;
}

describe('the lead tab', () => {
  afterEach(() => setLang('en', false));
  // the preview is a lazy chunk: loaded before the tests, so that what they wait for does not
  // depend on how fast this machine transforms its modules
  beforeAll(async () => {
    await import('../features/preview/PreviewPanel');
  });

  it('shows the lead as its card does, in Russian, and opens the layout editor on request', async () => {
    setLang('ru', false);
    const onOpenEditor = renderTab();
    expect(screen.getByRole('status').textContent).toBe('Загрузка лида №1596…');
    const bar = (await screen.findByText('Website inquiry', { selector: 'strong' })).parentElement;
    expect(bar?.textContent).toBe(
      'Website inquiry — так его показывает карточка с видом портала по умолчанию для простых лидов.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Изменить вид карточки' }));
    expect(onOpenEditor).toHaveBeenCalledTimes(1);
    // the portal default layout in the words of a Russian-speaking portal
    const section = await screen.findByRole('region', { name: 'Предпросмотр: О лиде' });
    expect(within(section).getByRole('group', { name: 'Стадия' })).toBeTruthy();
  });

  it('names an untitled repeat lead by its number, and shows the default layout of repeat leads', async () => {
    renderTab(portal({ ...LEAD, TITLE: '', IS_RETURN_CUSTOMER: 'Y' }).client);
    expect(screen.getByRole('status').textContent).toBe('Loading lead #1596…');
    const bar = (await screen.findByText('Lead #1596', { selector: 'strong' })).parentElement;
    expect(bar?.textContent).toBe(
      'Lead #1596 as its card shows it with the portal default layout of repeat leads.',
    );
    expect(screen.getByRole('button', { name: 'Edit the layout' })).toBeTruthy();
    await screen.findByRole('region', { name: 'Preview: Lead information' });
  });

  it("when the lead cannot be shown, quotes the portal's answer, offers to try again, and follows a language switch", async () => {
    setLang('ru', false);
    const { client } = testClient(fakeFetch(() => fail(400, 'NOT_FOUND', 'Not found')));
    renderTab(client);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Не удалось показать лид №1596');
    expect(alert.textContent).toContain('NOT_FOUND: Not found');
    expect(within(alert).getByRole('button', { name: 'Повторить' })).toBeTruthy();
    act(() => setLang('en', false));
    expect(within(alert).getByRole('heading').textContent).toBe('Lead #1596 could not be shown');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
