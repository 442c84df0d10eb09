import { expect, test } from '../fixtures';

test("the phone field's default country is one the portal knows, chosen from a searchable list", async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, [
    {
      type: 'section',
      name: 'main',
      title: 'About the lead',
      elements: [{ name: 'TITLE' }, { name: 'PHONE', options: { defaultCountry: 'ZZ' } }],
    },
  ]);
  await editor.open('?scope=C');
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Options of Phone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Options of Phone' });
  const list = dialog.getByRole('listbox', { name: 'Default country' });

  // a stored code the portal does not know is shown and refused
  await expect(list).toHaveValue('ZZ');
  await expect(dialog.getByText('"ZZ" is not a country the portal knows.', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeDisabled();

  // search by dialling code, by name, by code
  const search = dialog.getByRole('searchbox', { name: 'Search countries' });
  await search.fill('+49');
  await expect(list.getByRole('option', { name: 'Germany (DE), +49' })).toBeVisible();
  await search.fill('kazakh');
  await expect(list.getByRole('option', { name: 'Kazakhstan (KZ), +7' })).toBeVisible();
  await search.fill('zz9');
  await expect(dialog.getByText('No country matches.')).toBeVisible();
  await search.fill('at');
  await list.selectOption('AT');
  await expect(dialog.getByRole('button', { name: 'Apply' })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('phone-country.png') });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);

  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.call<{ elements: { name: string; options?: unknown }[] }[]>(
    'crm.lead.details.configuration.get',
    { scope: 'C', extras: { leadCustomerType: 1 } },
  );
  expect(stored[0]?.elements.find((e) => e.name === 'PHONE')?.options).toEqual({ defaultCountry: 'AT' });
});
