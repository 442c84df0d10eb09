import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

interface DealRow {
  readonly ID: string;
  readonly TITLE: string | null;
  readonly CATEGORY_ID: string;
}

test('an admin previews a deal of the second pipeline, edits its title and the portal has it', async ({
  editor,
  page,
  portal,
}) => {
  await editor.open('?card=deal:1&scope=C');
  const preview = new PreviewPage(page);
  await preview.open();

  // the preview opens on the newest deal of that pipeline, and lists only its deals
  const picker = preview.region.getByRole('button', { name: /^Deal/ });
  await expect(picker).toContainText('Riga Print: paper stock');
  await picker.click();
  const popup = page.getByRole('dialog', { name: 'Choose a record' });
  await expect(popup.getByText('2 records')).toBeVisible();
  await expect(popup.getByRole('button', { name: /Nordwind/ })).toHaveCount(0);
  await popup.getByRole('button', { name: /Baltic Timber: 40 pallets/ }).click();
  await expect(popup).toBeHidden();
  await expect(preview.region.getByRole('heading', { name: 'Baltic Timber: 40 pallets' })).toBeVisible();

  await preview.mode('Edit');
  await preview.region.getByRole('textbox', { name: 'Name', exact: true }).fill('Baltic Timber: 60 pallets');
  await preview.region.getByRole('button', { name: 'Save record' }).click();
  await expect(page.getByText(/Record #\d+ saved \(1 field sent\)\./)).toBeVisible();

  const [deal] = await portal.rest.call<DealRow[]>('crm.deal.list', {
    filter: { CATEGORY_ID: 1, '%TITLE': 'Baltic Timber' },
    select: ['ID', 'TITLE', 'CATEGORY_ID'],
  });
  expect(deal).toMatchObject({ TITLE: 'Baltic Timber: 60 pallets', CATEGORY_ID: '1' });
});
