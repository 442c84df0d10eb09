import { EditorPage } from '../pages/EditorPage';
import { PreviewPage } from '../pages/PreviewPage';
import { expect, expectNothingRan, PAYLOADS, test, watch } from '../hostilePortal';

test('payloads in labels, items, titles, lead values, user names and portal errors render as text everywhere', async ({
  page,
  hostile,
}) => {
  const w = await watch(page);
  const editor = new EditorPage(page, hostile.url);
  await editor.open('?scope=C');

  // editor: section titles and the user field's label, literally
  await expect(editor.section(PAYLOADS.svg)).toBeVisible();
  await expect(editor.section(PAYLOADS.script)).toBeVisible();
  await expect(editor.section(PAYLOADS.script).getByText(PAYLOADS.img, { exact: true })).toBeVisible();
  await expect(editor.paletteItem(PAYLOADS.iframe)).toBeVisible();

  // preview: lead values, the enumeration item, the responsible person, a javascript: web address
  const preview = new PreviewPage(page);
  await preview.open();
  // the newest lead opens first: the hostile one
  await expect(preview.picker).toContainText(`#${hostile.leadId}`);
  await expect(preview.region.getByText(PAYLOADS.script, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.img, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.template, { exact: true }).first()).toBeVisible();
  await expect(preview.region.getByText(`${PAYLOADS.img} ${PAYLOADS.script}`).first()).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.js, { exact: true })).toBeVisible();
  await expect(preview.region.getByText(PAYLOADS.iframe, { exact: true }).first()).toBeVisible();
  await expectNothingRan(page, w);

  // edit mode: the enumeration's items are options, the typed text stays text
  await preview.mode('Edit');
  const list = preview.region.getByRole('combobox', { name: PAYLOADS.img });
  await expect(list.locator('option', { hasText: PAYLOADS.svg })).toHaveCount(1);
  await expect(list).toHaveValue(/\d+/);
  // side by side: saved and draft
  await preview.mode('View');
  await preview.sideBySide.click();
  await expect(preview.region.getByText(PAYLOADS.svg).first()).toBeVisible();
  await preview.sideBySide.click();
  await expectNothingRan(page, w);

  // a draft change shows in the diff and the check panel with the payloads as text
  await editor
    .section(PAYLOADS.svg)
    .getByRole('button', { name: `Rename section ${PAYLOADS.svg}` })
    .click();
  await page.getByRole('textbox', { name: 'Section title' }).fill(PAYLOADS.iframe);
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect(editor.section(PAYLOADS.iframe)).toBeVisible();
  await page.getByRole('button', { name: 'Diff', exact: true }).click();
  const diff = page.getByRole('dialog', { name: 'Compare layouts' });
  await expect(diff.getByText(PAYLOADS.iframe).first()).toBeVisible();
  await expect(diff.getByText(PAYLOADS.svg).first()).toBeVisible();
  await diff.press('Escape');
  await page.getByRole('button', { name: /^Check \(/ }).click();
  await expect(page.getByRole('complementary', { name: 'Layout check' })).toBeVisible();
  await expectNothingRan(page, w);

  // people: the scope picker lists the users by their (hostile) names
  await page.getByRole('radio', { name: 'Personal' }).click();
  const users = page.getByRole('combobox', { name: 'User', exact: true });
  await expect(users.locator('option', { hasText: PAYLOADS.img })).toHaveCount(1);
  await expect(users.locator('option', { hasText: PAYLOADS.template })).toHaveCount(1);
  await users.selectOption('4');
  await expect(page.getByText(/Personal layout of/).first()).toContainText(`${PAYLOADS.img}`);
  await page.getByLabel('Search users').fill('<img');
  await expectNothingRan(page, w);
  await page.getByRole('radio', { name: 'Common' }).click();

  // the portal's own error text, in the banner and the toast
  await fetch(`${hostile.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.set',
      status: 400,
      error: PAYLOADS.svg,
      description: PAYLOADS.img,
    }),
  });
  await editor.save();
  await expect(page.getByRole('alert').filter({ hasText: PAYLOADS.img }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not saved' }).first()).toBeVisible();
  // a toast that quotes the portal: a refused reset
  await fetch(`${hostile.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.reset',
      status: 400,
      error: '',
      description: PAYLOADS.iframe,
    }),
  });
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset layout' }).click();
  await expect(page.getByRole('status').filter({ hasText: PAYLOADS.iframe }).first()).toBeVisible();
  await expectNothingRan(page, w);
});
