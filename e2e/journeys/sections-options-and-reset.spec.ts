import { expect, test } from '../fixtures';
import { pickUp } from '../keyboard';
import { section } from '../layouts';

const START = [
  section('main', 'Main', ['TITLE', ['PHONE', 2]]),
  section('extra', 'Extra', ['COMMENTS']),
  section('tail', 'Tail', ['SOURCE_ID']),
];

test('sections reorder by dragging, fields go back to the palette, options and flags keep what they do not touch', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const titles = () =>
    page.locator('section.section-card').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(await titles()).toEqual(['Main', 'Extra', 'Tail']);

  // drag the Tail section above Main by its handle
  await editor.drag(page.getByRole('button', { name: 'Move section Tail' }), editor.section('Main'), 'top');
  await expect.poll(titles).toEqual(['Tail', 'Main', 'Extra']);

  // keyboard: move Main down one place
  await page.getByRole('button', { name: 'Move section Main' }).focus();
  await pickUp(page, editor.announcer);
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText('Section Main is over section Extra');
  await page.keyboard.press('Space');
  await expect.poll(titles).toEqual(['Tail', 'Extra', 'Main']);

  // a field dragged back to the palette leaves the card
  await editor.drag(editor.handleOf(editor.element('Extra', 'Comment')), editor.palette);
  await expect(editor.element('Extra', 'Comment')).toHaveCount(0);
  await expect(editor.paletteItem('Comment')).not.toContainText('on card');

  // options of the phone field; its unknown flag bit 2 survives the Always show toggle
  await editor.element('Main', 'Phone').getByRole('button', { name: 'Options of Phone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Options of Phone' });
  await dialog.getByRole('searchbox', { name: 'Search countries' }).fill('germ');
  await dialog.getByRole('listbox', { name: 'Default country' }).selectOption('DE');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toHaveCount(0);
  await editor.element('Main', 'Phone').getByRole('button', { name: 'Always show' }).click();

  // a saved section keeps its portal name for life; a new one's name is chosen, uniqueness enforced
  await page.getByRole('button', { name: 'Settings of section Main' }).click();
  const saved = page.getByRole('dialog', { name: 'Section "Main"' });
  await expect(saved.getByRole('textbox')).toHaveAttribute('readonly', '');
  await saved.getByRole('button', { name: 'Dismiss' }).click();
  await editor.addSection('Contacts');
  await page.getByRole('button', { name: 'Settings of section Contacts' }).click();
  const settings = page.getByRole('dialog', { name: 'Section "Contacts"' });
  await settings.getByRole('textbox').fill('extra');
  await expect(settings.getByText('Another section is already named "extra".')).toBeVisible();
  await expect(settings.getByRole('button', { name: 'Apply' })).toBeDisabled();
  await settings.getByRole('textbox').fill('people');
  await settings.getByRole('button', { name: 'Apply' }).click();

  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.call<
    { name: string; elements: { name: string; optionFlags?: string; options?: unknown }[] }[]
  >('crm.lead.details.configuration.get', { scope: 'C', extras: { leadCustomerType: 1 } });
  expect(stored.map((s) => s.name)).toEqual(['tail', 'extra', 'main', 'people']);
  const phone = stored[2]?.elements.find((e) => e.name === 'PHONE');
  expect(Number(phone?.optionFlags)).toBe(3); // bit 2 kept, bit 1 added
  expect(phone?.options).toEqual({ defaultCountry: 'DE' });
  expect(stored[1]?.elements).toEqual([]);

  // reset to the portal default, after a confirmation
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await page
    .getByRole('dialog', { name: 'Reset to the portal default?' })
    .getByRole('button', { name: 'Reset layout' })
    .click();
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  await expect(editor.section('Lead information')).toBeVisible();
  expect(await portal.rest.layout('C', 1)).toBeUndefined();
});

test("making the common layout everyone's deletes personal layouts, after a plain warning", async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('P', 1, START, 4);
  expect(await portal.rest.layout('P', 1, 4)).toHaveLength(3);
  await editor.open('?scope=C');
  await page.getByRole('button', { name: "Make the common layout everyone's" }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete every personal layout?' });
  await expect(dialog).toContainText('deletes the personal simple-lead layout of every user');
  await dialog.getByRole('button', { name: 'Delete all personal layouts' }).click();
  await expect(page.getByText('Every personal layout was deleted')).toBeVisible();
  expect(await portal.rest.layout('P', 1, 4)).toBeUndefined();
});
