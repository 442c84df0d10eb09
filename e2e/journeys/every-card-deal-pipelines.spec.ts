import { expect, test } from '../fixtures';
import { dealPipeline } from '../portalRest';

const GENERAL = [
  { type: 'section', name: 'main', title: 'About deal', elements: [{ name: 'TITLE' }, { name: 'STAGE_ID' }] },
];

test('an admin picks the second deal pipeline, designs its card and saves it; the first pipeline keeps its own', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setCardLayout(dealPipeline(0), 'C', GENERAL);
  await editor.open();

  // the picker: from the lead card to the "Wholesale" deal pipeline, kept in the address
  const picker = page.getByRole('combobox', { name: 'Card' });
  await expect(picker.getByRole('option', { name: 'Deals: Wholesale' })).toBeAttached();
  await picker.selectOption({ label: 'Deals: Wholesale' });
  await expect(page).toHaveURL(/card=deal%3A1|card=deal:1/);
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  await expect(page.getByText('of deals of the "Wholesale" pipeline', { exact: false })).toBeVisible();
  expect(await editor.fieldsOf('About deal')).toEqual([
    'Name',
    'Amount and currency',
    'Stage',
    'End date',
    'Client',
  ]);

  // design: a section of its own with the probability in it (not on the built-in card)
  await editor.addSection('Wholesale terms');
  await editor.drag(
    editor.handleOf(editor.paletteItem('Probability')),
    editor.section('Wholesale terms').locator('.section-zone'),
  );
  await expect.poll(() => editor.fieldsOf('Wholesale terms')).toEqual(['Probability']);
  await editor.save();
  await expect(page.getByText('All changes saved')).toBeVisible();

  // read back by REST: the second pipeline has the new card, the first is as it was
  const wholesale = await portal.rest.cardLayout(dealPipeline(1), 'C');
  expect(wholesale?.map((s) => s.title)).toEqual([
    'About deal',
    'More',
    'Products',
    'Recurring deal',
    'Wholesale terms',
  ]);
  expect(wholesale?.find((s) => s.title === 'Wholesale terms')?.fields).toEqual(['PROBABILITY']);
  expect(await portal.rest.cardLayout(dealPipeline(0), 'C')).toEqual([
    { name: 'main', title: 'About deal', fields: ['TITLE', 'STAGE_ID'] },
  ]);

  // a reload opens the same pipeline, now from its saved layout
  await page.reload();
  await expect(picker).toHaveValue('deal:1');
  await expect.poll(() => editor.fieldsOf('Wholesale terms')).toEqual(['Probability']);
  // the first pipeline shows its own card
  await picker.selectOption({ label: 'Deals: General' });
  await expect.poll(() => editor.fieldsOf('About deal')).toEqual(['Name', 'Stage']);
});
