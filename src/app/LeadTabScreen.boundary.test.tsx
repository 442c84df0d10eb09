// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../i18n/i18nStore';
import { PORTAL_FIELDS } from '../features/preview/testFixtures';
import { fakePortal } from '../testing/fakePortal';
import { LeadTabScreen } from './LeadTabScreen';

// a preview that cannot draw this lead, whatever the cause
vi.mock('./LazyPreviewPanel', () => ({
  LazyPreviewPanel: () => {
    throw new RangeError('Invalid code point 99999999');
  },
}));

const LEAD = { ID: '1596', TITLE: 'Website inquiry', STATUS_ID: 'NEW', IS_RETURN_CUSTOMER: 'N' };

function renderTab(onOpenEditor: () => void) {
  const { client } = fakePortal({
    batch: {
      'crm.lead.fields': PORTAL_FIELDS,
      'crm.lead.get': LEAD,
      'crm.lead.details.configuration.get': null,
    },
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={queryClient}>
      <LeadTabScreen client={client} leadId={1596} onOpenEditor={onOpenEditor} />
    </QueryClientProvider>,
  );
}

afterEach(() => {
  setLang('en', false);
  vi.restoreAllMocks();
});

describe('the lead tab when the preview fails to draw', () => {
  it.each([
    ['en', 'The preview could not be shown.', 'Edit the layout', 'Try again'],
    ['ru', 'Предпросмотр: не удалось показать.', 'Изменить вид карточки', 'Попробовать снова'],
  ] as const)(
    'in %s: says so in place of the card and keeps the way to the editor',
    async (lang, failed, edit, retry) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      setLang(lang, false);
      const onOpenEditor = vi.fn<() => void>();
      renderTab(onOpenEditor);
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toContain(failed);
      expect(alert.textContent).toContain('RangeError: Invalid code point 99999999');
      expect(within(alert).getByRole('button', { name: retry })).toBeTruthy();
      expect(screen.getByText('Website inquiry', { selector: 'strong' })).toBeTruthy();
      screen.getByRole('button', { name: edit }).click();
      expect(onOpenEditor).toHaveBeenCalledOnce();
    },
  );
});
