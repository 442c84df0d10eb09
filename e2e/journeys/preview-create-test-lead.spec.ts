import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

interface ListedLead {
  ID: string;
  TITLE: string;
  IS_RETURN_CUSTOMER: 'Y' | 'N';
  STATUS_ID: string;
  COMPANY_ID: string | null;
  PHONE?: { VALUE: string }[];
}

test('"Create a test lead" fills the card, creates the lead and opens it in the preview', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.region.getByRole('button', { name: 'Create a test lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a test lead' });
  await expect(dialog).toContainText('stays a simple lead');
  await dialog.getByRole('textbox', { name: 'Lead name' }).fill('E2E simple test lead');
  await dialog.getByRole('checkbox', { name: /REGISTER_SONET_EVENT/ }).check();
  const sent = page.waitForRequest((r) => r.url().includes('crm.lead.add'));
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  expect((await sent).postData()).toContain('params[REGISTER_SONET_EVENT]=Y');
  await expect(dialog).toBeHidden();
  await expect(preview.region.getByRole('heading', { name: 'E2E simple test lead' })).toBeVisible();

  const rows = await portal.rest.call<ListedLead[]>('crm.lead.list', {
    filter: { TITLE: 'E2E simple test lead' },
    select: ['*', 'PHONE'],
  });
  expect(rows).toHaveLength(1);
  const lead = rows[0];
  expect(lead?.IS_RETURN_CUSTOMER).toBe('N');
  expect(lead?.STATUS_ID).toBe('IN_PROCESS');
  expect(lead?.PHONE?.length).toBeGreaterThan(0);
  await expect(preview.picker).toContainText(`#${lead?.ID}`);
});

test('a test lead of the repeat type gets a company, so the portal makes it a repeat lead', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.region.getByRole('button', { name: 'Create a test lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a test lead' });
  await dialog.getByRole('textbox', { name: 'Lead name' }).fill('E2E repeat test lead');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog.getByRole('alert')).toContainText('A repeat lead needs a company');
  await dialog.getByRole('textbox', { name: 'Company ID' }).fill('14');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(preview.region.getByRole('heading', { name: 'E2E repeat test lead' })).toBeVisible();

  const rows = await portal.rest.call<ListedLead[]>('crm.lead.list', {
    filter: { TITLE: 'E2E repeat test lead' },
  });
  expect(rows.map((r) => [r.IS_RETURN_CUSTOMER, r.COMPANY_ID])).toEqual([['Y', '14']]);
  // no notice: the lead is of the type being previewed
  await expect(preview.region.getByText(/is a simple lead/)).toHaveCount(0);
});

test('a connection lost after the portal created the test lead leaves one lead, and the preview opens it', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  // the portal creates the lead, then the connection drops before the answer
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'crm.lead.add', dropAfter: true }),
  });
  await preview.region.getByRole('button', { name: 'Create a test lead' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a test lead' });
  await dialog.getByRole('textbox', { name: 'Lead name' }).fill('E2E lead over a lost answer');
  await dialog.getByRole('button', { name: 'Create lead' }).click();
  await expect(dialog).toBeHidden();
  await expect(preview.region.getByRole('heading', { name: 'E2E lead over a lost answer' })).toBeVisible();
  const rows = await portal.rest.call<ListedLead[]>('crm.lead.list', {
    filter: { TITLE: 'E2E lead over a lost answer' },
  });
  expect(rows).toHaveLength(1);
  await expect(preview.picker).toContainText(`#${rows[0]?.ID}`);
});
