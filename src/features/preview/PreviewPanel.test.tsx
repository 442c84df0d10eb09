// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aLayout, anElement } from '../../testing/builders';
import { renderPreviewPanel } from './renderPreviewPanel';

const LEAD = {
  ID: '1590',
  TITLE: 'Website inquiry',
  STATUS_ID: 'NEW',
  IS_RETURN_CUSTOMER: 'N',
  POST: null,
  ASSIGNED_BY_ID: '4',
  PHONE: [{ ID: '11', VALUE_TYPE: 'MOBILE', VALUE: '+49 170 555', TYPE_ID: 'PHONE' }],
};

const layout = aLayout()
  .section(
    'main',
    ['TITLE', 'STATUS_ID', 'POST', anElement('EMAIL').alwaysShown(), 'PHONE', 'ASSIGNED_BY_ID'],
    {
      title: 'Main',
    },
  )
  .build();

const renderPanel = () => renderPreviewPanel(LEAD, layout);

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
