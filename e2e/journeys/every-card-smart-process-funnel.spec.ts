import { expect, test } from '../fixtures';

test('an admin designs the card of one smart-process funnel; the other funnel keeps the portal default', async ({
  editor,
  portal,
  page,
}) => {
  const { categories } = await portal.rest.call<{ categories: { id: number; name: string }[] }>(
    'crm.category.list',
    { entityTypeId: 1030 },
  );
  const express = categories.find((c) => c.name === 'Express delivery');
  const general = categories.find((c) => c.name === 'General');
  if (!express || !general) throw new Error('the seeded smart process has no Express delivery funnel');

  await editor.open();
  const picker = page.getByRole('combobox', { name: 'Card' });
  // the funnels of smart processes are read when the picker is about to be used
  await picker.focus();
  await picker.selectOption({ label: 'Delivery requests: Express delivery' });
  await expect(page).toHaveURL(new RegExp(`card=dynamic(%3A|:)1030(%3A|:)${express.id}`));
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();

  await editor.addSection('Courier');
  // every field the built-in card leaves out goes into the new section
  await editor
    .section('Courier')
    .getByRole('button', { name: 'Add all fields not on the card to Courier' })
    .click();
  await expect.poll(async () => (await editor.fieldsOf('Courier')).length).toBeGreaterThan(0);
  const placed = await editor.fieldsOf('Courier');
  await editor.save();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const funnel = (categoryId: number) => ({ entityTypeId: 1030, extras: { categoryId } });
  const stored = await portal.rest.cardLayout(funnel(express.id), 'C');
  expect(stored?.find((s) => s.title === 'Courier')?.fields).toHaveLength(placed.length);
  expect(await portal.rest.cardLayout(funnel(general.id), 'C')).toBeNull();
});
