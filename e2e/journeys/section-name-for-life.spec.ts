import { expect, test } from '../fixtures';

test('renaming a section changes its title only: the portal name stays for life', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  await page.getByRole('button', { name: 'Rename section Qualification' }).click();
  await page.getByRole('textbox', { name: 'Section title' }).fill('Qual 2');
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect(editor.section('Qual 2').locator('.section-name')).toHaveText('qualification');

  // its settings show the name, and why it does not change
  await page.getByRole('button', { name: 'Settings of section Qual 2' }).click();
  const settings = page.getByRole('dialog', { name: 'Section "Qual 2"' });
  await expect(
    settings.getByRole('textbox', { name: 'Section name (stored on the portal)' }),
  ).toHaveAttribute('readonly', '');
  await expect(settings).toContainText("The portal keeps a section's name for life");
  await settings.getByRole('button', { name: 'Dismiss' }).click();

  // a section not saved yet still takes its name from its title, and the name can be chosen
  await editor.addSection('Contacts');
  await expect(editor.section('Contacts').locator('.section-name')).toHaveText('contacts');
  await page.getByRole('button', { name: 'Settings of section Contacts' }).click();
  const fresh = page.getByRole('dialog', { name: 'Section "Contacts"' });
  await fresh.getByRole('textbox').fill('qualification');
  await expect(fresh.getByText('Another section is already named "qualification".')).toBeVisible();
  await fresh.getByRole('textbox').fill('contact_data');
  await fresh.getByRole('button', { name: 'Apply' }).click();

  await editor.save();
  // the seeded layout was saved by the portal UI with renamed labels: the editor warns first
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => [s.name, s.title])).toEqual([
    ['main', 'About the lead'],
    ['qualification', 'Qual 2'],
    ['additional', 'More'],
    ['products', 'Products'],
    ['contact_data', 'Contacts'],
  ]);

  // once saved, the new section keeps its name too
  await page.getByRole('button', { name: 'Rename section Contacts' }).click();
  await page.getByRole('textbox', { name: 'Section title' }).fill('People');
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect(editor.section('People').locator('.section-name')).toHaveText('contact_data');
});
