import { expect, test } from '../fixtures';

interface FieldInfo {
  type: string;
  formLabel?: string;
}

test('a field created on a deal card is a deal field, shown on the card at once, and changes as a deal field', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C&card=deal:0');
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  await editor
    .section('About deal')
    .getByRole('button', { name: 'Create a field in section About deal' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Create a field in section "About deal"' });
  await expect(dialog).toContainText('(crm.deal.userfield.add) and is there for every deal');
  await dialog.getByLabel('Label in English').fill('Tender number');
  await dialog.getByLabel('Label in Russian').fill('Номер тендера');
  await dialog.getByLabel('Code (optional)').fill('tender_no');
  await dialog.getByRole('button', { name: 'Create the field' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.element('About deal', 'Tender number')).toBeVisible();
  await expect(editor.paletteItem('Tender number')).toBeVisible();

  // on the deal, not on the lead
  const deal = await portal.rest.call<Record<string, FieldInfo>>('crm.deal.fields', {});
  expect(deal['UF_CRM_TENDER_NO']).toMatchObject({ type: 'string', formLabel: 'Tender number' });
  const lead = await portal.rest.call<Record<string, FieldInfo>>('crm.lead.fields', {});
  expect(lead['UF_CRM_TENDER_NO']).toBeUndefined();

  await editor
    .element('About deal', 'Tender number')
    .getByRole('button', { name: 'Change field Tender number' })
    .click();
  const change = page.getByRole('dialog', { name: 'Change field "Tender number"' });
  await expect(change).toContainText('every deal card, list, filter and report');
  await expect(change.getByLabel('Label in Russian')).toHaveValue('Номер тендера');
  await change.getByLabel('Label in English').fill('Tender no.');
  await change.getByRole('button', { name: 'Change for the whole portal' }).click();
  await expect(change).toHaveCount(0);
  await expect(editor.element('About deal', 'Tender no.')).toBeVisible();
  const [row] = await portal.rest.call<{ ID: string }[]>('crm.deal.userfield.list', {
    filter: { FIELD_NAME: 'UF_CRM_TENDER_NO' },
  });
  const stored = await portal.rest.call<{ EDIT_FORM_LABEL: Record<string, string> }>(
    'crm.deal.userfield.get',
    {
      id: row?.ID,
    },
  );
  expect(stored.EDIT_FORM_LABEL).toMatchObject({ en: 'Tender no.', ru: 'Номер тендера' });
});

test('a smart-process card offers no field creation: its user fields are not made by these methods', async ({
  editor,
  page,
}) => {
  await editor.open('?scope=C');
  const picker = page.getByRole('combobox', { name: 'Card' });
  // the funnels of smart processes are read when the picker is about to be used
  await picker.focus();
  await picker.selectOption({ label: 'Delivery requests: General' });
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  await expect(editor.palette.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Create a field/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Change field/ })).toHaveCount(0);
});
