import { expect, test } from '../fixtures';

test('a section without a title is refused before sending, with the portal text at that section', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('configuration.set')) requests.push(r.url());
  });
  const second = page.getByRole('region').nth(2);
  const title = (await second.getAttribute('aria-label')) ?? '';
  await editor
    .section(title)
    .getByRole('button', { name: `Rename section ${title}` })
    .click();
  await page.getByRole('textbox', { name: 'Section title' }).fill('   ');
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await editor.save();
  const renamed = page.getByRole('region', { name: 'Untitled section' });
  await expect(renamed.getByRole('alert')).toHaveText('Section at index 1 does not have title.');
  expect(requests).toEqual([]);
  // the portal agrees with the same words
  const before = await portal.rest.layout('C', 1);
  expect(before?.[1]?.title).toBe(title);
});

test('a manager without settings rights gets "Access denied." for the common layout and keeps the draft', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?as=manager&scope=C');
  const first = page.getByRole('region').nth(1);
  const title = (await first.getAttribute('aria-label')) ?? '';
  const before = await portal.rest.layout('C', 1);
  await editor.drag(
    editor.handleOf(editor.paletteItem('Position')),
    editor.section(title).locator('.section-zone'),
  );
  await expect(editor.paletteItem('Position')).toContainText('on card');
  await editor.save();
  // the seeded layout was saved by the portal UI with renamed labels: the editor warns first
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'Access denied.' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Your changes are kept' })).toBeVisible();
  await expect(editor.paletteItem('Position')).toContainText('on card');
  expect(await portal.rest.layout('C', 1)).toEqual(before);

  // the same draft can still be saved as the manager's own personal layout? The manager opens it by scope.
  await page.getByRole('radio', { name: 'Personal' }).click();
  await expect(page.getByText(/Personal layout of/)).toBeVisible();
});

test('a manager opens on their own personal layout', async ({ editor, page }) => {
  await editor.open('?as=manager');
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  // none stored: it starts from the common layout, which the manager's card shows today
  await expect(
    page.getByText(/Demo Manager has no personal layout: this starts from the common layout/),
  ).toBeVisible();
});

test('a save that waits for a slow portal can be cancelled: nothing is written and the draft stays', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const before = await portal.rest.layout('C', 1);
  await editor.element('About the lead', 'Salutation').getByRole('button', { name: 'Always show' }).click();
  // the save's first request, the re-read, answers only after a long wait
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'crm.lead.details.configuration.get', delayMs: 60_000 }),
  });
  await editor.save();
  await page.getByRole('dialog').getByRole('button', { name: 'Save anyway' }).click();
  const cancel = page.getByRole('button', { name: 'Cancel saving' });
  await expect(cancel).toBeVisible();
  await cancel.click();
  await expect(page.getByRole('status').getByText(/Saving cancelled: nothing was written/)).toBeVisible();
  await expect(cancel).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // the change is still there, unsaved, and the portal holds what it held
  await expect(
    editor.element('About the lead', 'Salutation').getByRole('button', { name: 'Always show' }),
  ).toHaveAttribute('aria-pressed', 'true');
  expect(await portal.rest.layout('C', 1)).toEqual(before);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
});
