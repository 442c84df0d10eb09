import { decodeForm } from '../../src/api/encode';
import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

interface LeadRow {
  ID: string;
  TITLE: string;
  STATUS_ID: string;
  PHONE?: { ID: string; VALUE: string; VALUE_TYPE: string }[];
  UF_CRM_PREFERRED_CHANNEL: string | null;
}
type FieldsInfo = Record<string, { items?: { ID: string; VALUE: string }[] }>;

test("an admin edits a lead's phone, stage and an enumeration in the preview and the portal has them", async ({
  editor,
  portal,
  page,
}) => {
  const id = await portal.rest.call<number>('crm.lead.add', {
    fields: {
      TITLE: 'Round trip',
      STATUS_ID: 'NEW',
      PHONE: [{ VALUE: '+49 30 111 222', VALUE_TYPE: 'WORK' }],
    },
  });
  const before = await portal.rest.call<LeadRow>('crm.lead.get', { id });
  const phoneId = before.PHONE?.[0]?.ID;
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Round trip');
  await preview.mode('Edit');

  const phone = preview.field('Phone');
  await phone.getByRole('textbox', { name: 'Phone 1' }).fill('+49 30 999 000');
  await phone.getByRole('button', { name: 'Add phone' }).click();
  await phone.getByRole('textbox', { name: 'Phone 2' }).fill('+49 170 123 4567');
  await phone.getByRole('combobox', { name: 'Phone 2 type' }).selectOption({ label: 'Mobile' });
  await preview
    .field('Stage')
    .getByRole('combobox', { name: 'Stage' })
    .selectOption({ label: 'In progress' });
  await preview
    .field('Preferred contact channel')
    .getByRole('combobox', { name: 'Preferred contact channel' })
    .selectOption({ label: 'E-mail' });

  const sent = page.waitForRequest((r) => r.url().includes('crm.lead.update'));
  await preview.saveLead();
  const body = decodeForm((await sent).postData() ?? '');
  // only what changed, multifield rows in the ID form
  expect(Object.keys(body['fields'] ?? {}).sort()).toEqual([
    'PHONE',
    'STATUS_ID',
    'UF_CRM_PREFERRED_CHANNEL',
  ]);
  await expect(page.getByText(`Lead #${id} saved (3 fields sent).`)).toBeVisible();

  const fields = await portal.rest.call<FieldsInfo>('crm.lead.fields', {});
  const email = fields['UF_CRM_PREFERRED_CHANNEL']?.items?.find((i) => i.VALUE === 'E-mail')?.ID;
  const after = await portal.rest.call<LeadRow>('crm.lead.get', { id });
  expect(after.STATUS_ID).toBe('IN_PROCESS');
  expect(after.UF_CRM_PREFERRED_CHANNEL).toBe(email);
  expect(after.TITLE).toBe('Round trip');
  expect(after.PHONE?.map((p) => [p.VALUE, p.VALUE_TYPE])).toEqual([
    ['+49 30 999 000', 'WORK'],
    ['+49 170 123 4567', 'MOBILE'],
  ]);
  expect(after.PHONE?.[0]?.ID).toBe(phoneId); // edited in place, not re-added

  // view mode shows the portal's new values by name
  await preview.mode('View');
  await expect(preview.field('Stage')).toContainText('In progress');
  await expect(preview.field('Preferred contact channel')).toContainText('E-mail');
  await expect(preview.field('Phone')).toContainText('+49 170 123 4567');

  // deleting a row sends the portal's DELETE form
  await preview.mode('Edit');
  await preview.field('Phone').getByRole('button', { name: 'Remove phone 1' }).click();
  await preview.saveLead();
  await expect
    .poll(async () => (await portal.rest.call<LeadRow>('crm.lead.get', { id })).PHONE?.map((p) => p.VALUE))
    .toEqual(['+49 170 123 4567']);
});

test('bad values are refused before sending, the portal\'s "Access denied." shows at the save bar, and nothing typed is lost', async ({
  editor,
  portal,
  page,
}) => {
  const id = await portal.rest.call<number>('crm.lead.add', {
    fields: { TITLE: 'Careful edits', STATUS_ID: 'NEW' },
  });
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Careful edits');
  await preview.mode('Edit');
  const updates: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('crm.lead.update')) updates.push(r.url());
  });

  const phone = preview.field('Phone');
  await phone.getByRole('button', { name: 'Add phone' }).click();
  await phone.getByRole('textbox', { name: 'Phone 1' }).fill('call me maybe');
  await preview.field('Amount and currency').getByRole('textbox', { name: 'Amount' }).fill('12,5');
  await preview.saveLead();
  await expect(
    preview.region.getByRole('alert').filter({ hasText: '2 fields need attention' }),
  ).toBeVisible();
  await expect(phone).toContainText('"call me maybe" is not a phone number');
  await expect(preview.field('Amount and currency')).toContainText('Amount: "12,5" is not a number');
  expect(updates).toEqual([]);

  // fixed values, but the portal refuses once
  await phone.getByRole('textbox', { name: 'Phone 1' }).fill('+1 415 555 0187');
  await preview.field('Amount and currency').getByRole('textbox', { name: 'Amount' }).fill('12.5');
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.update',
      status: 400,
      error: '',
      description: 'Access denied.',
    }),
  });
  await preview.saveLead();
  await expect(preview.region.getByRole('alert').filter({ hasText: '"Access denied."' })).toBeVisible();
  await expect(phone.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('+1 415 555 0187');
  await expect(preview.field('Amount and currency').getByRole('textbox', { name: 'Amount' })).toHaveValue(
    '12.5',
  );

  // switching to view and back keeps the typed values; the second try goes through
  await preview.mode('View');
  await preview.mode('Edit');
  await expect(phone.getByRole('textbox', { name: 'Phone 1' })).toHaveValue('+1 415 555 0187');
  await preview.saveLead();
  await expect(page.getByText(`Lead #${id} saved (2 fields sent).`)).toBeVisible();
  const after = await portal.rest.call<{ OPPORTUNITY: string; PHONE?: { VALUE: string }[] }>('crm.lead.get', {
    id,
  });
  expect(after.OPPORTUNITY).toBe('12.50');
  expect(after.PHONE?.map((p) => p.VALUE)).toEqual(['+1 415 555 0187']);
});
