// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { batchOk, fakeFetch, ok, testClient, type FakeRequest } from '../../api/testing/fakeFetch';
import { cardFieldsFor } from '../../domain/cardFields';
import { aLayout, anElement } from '../../testing/builders';
import { PreviewPanel } from './PreviewPanel';
import { PORTAL_FIELDS, STATUSES, USERS } from './testFixtures';

const LEAD = {
  ID: '1590',
  TITLE: 'Website inquiry',
  STATUS_ID: 'NEW',
  IS_RETURN_CUSTOMER: 'N',
  POST: null,
  ASSIGNED_BY_ID: '4',
  PHONE: [{ ID: '11', VALUE_TYPE: 'MOBILE', VALUE: '+49 170 555', TYPE_ID: 'PHONE' }],
};

/** A portal answering the preview's requests: the opening batches, `crm.lead.get`, `crm.lead.update`. */
function portal() {
  return testClient(
    fakeFetch((req: FakeRequest) => {
      if (req.method === 'crm.lead.get') return ok(LEAD);
      if (req.method === 'crm.lead.update') return ok(true);
      const cmd = (req.params['cmd'] ?? {}) as Record<string, string>;
      const result: Record<string, unknown> = {};
      for (const [key, command] of Object.entries(cmd)) {
        if (command.startsWith('crm.status.list')) result[key] = STATUSES;
        else if (command.startsWith('user.get')) result[key] = USERS;
        else if (command.startsWith('crm.lead.list'))
          result[key] = [{ ID: '1590', TITLE: 'Website inquiry' }];
      }
      return batchOk({ result, result_total: Object.fromEntries(Object.keys(result).map((k) => [k, 1])) });
    }),
  );
}

const layout = aLayout()
  .section(
    'main',
    ['TITLE', 'STATUS_ID', 'POST', anElement('EMAIL').alwaysShown(), 'PHONE', 'ASSIGNED_BY_ID'],
    {
      title: 'Main',
    },
  )
  .build();

function renderPanel() {
  const { client, fetch } = portal();
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

describe('PreviewPanel', () => {
  it('opens on the newest lead with three requests and shows the card as the portal does', async () => {
    const requests = renderPanel();
    const preview = screen.getByRole('region', { name: 'Preview' });
    const main = await within(preview).findByRole('region', { name: 'Preview: Main' });
    await within(main).findByText('Anna Schmidt');
    // stages + users in one batch, the picker's first page, the lead
    expect(requests.requests.map((r) => r.method).sort()).toEqual(['batch', 'batch', 'crm.lead.get']);
    expect(within(main).getByRole('group', { name: 'Stage' }).textContent).toContain('Unprocessed');
    expect(within(main).getByRole('group', { name: 'Phone' }).textContent).toContain('Mobile');
    expect(within(main).queryByRole('group', { name: 'Position' })).toBeNull();
    expect(within(main).getByRole('group', { name: 'E-mail' }).textContent).toContain('Not filled');
  });

  it('saves only the changed stage with crm.lead.update', async () => {
    const requests = renderPanel();
    const user = userEvent.setup();
    const preview = screen.getByRole('region', { name: 'Preview' });
    await within(preview).findByText('Anna Schmidt');
    await user.click(within(preview).getByRole('radio', { name: 'Edit' }));
    await user.selectOptions(within(preview).getByRole('combobox', { name: 'Stage' }), 'In progress');
    await user.click(within(preview).getByRole('button', { name: 'Save lead' }));
    await waitFor(() => expect(requests.requests.some((r) => r.method === 'crm.lead.update')).toBe(true));
    const update = requests.requests.find((r) => r.method === 'crm.lead.update');
    expect(update?.params).toEqual({ id: '1590', fields: { STATUS_ID: 'IN_PROCESS' } });
  });
});
