import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';
import { section } from '../layouts';

test('a reload mid-edit offers the draft back; restore brings every change, discard forgets it', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  const offer = page.getByRole('region', { name: 'Unsaved draft' });

  // two changes, then the tab is reloaded before saving
  await editor
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await editor.element('More', 'Source').getByRole('button', { name: 'Always show' }).click();
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(offer).toContainText(/You have unsaved changes from \d/);
  expect(await editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Name', 'Phone']);
  await tools.shot('draft-offer');

  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toHaveCount(0);
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  await expect(editor.element('More', 'Source').getByRole('button', { name: 'Always show' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tools.expectSaved(false);
  // the restore is one undoable step
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Name', 'Phone']);
  await page.getByRole('button', { name: 'Redo', exact: true }).click();

  // a second reload keeps the restored draft too (and one more change made after restoring)
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }).click();
  await page.reload();
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(
    editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.[0]?.fields).toEqual(['TITLE', 'STATUS_ID', 'PHONE']);
  expect(stored?.[0]?.flags['PHONE']).toBe(1);
  expect(stored?.[1]?.flags['SOURCE_ID']).toBe(1);

  // after a save there is nothing to offer
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(offer).toHaveCount(0);

  // discard: the offer goes, and so does the draft
  await editor
    .element('More', 'Comment')
    .getByRole('button', { name: 'Remove Comment from the card' })
    .click();
  await page.reload();
  await offer.getByRole('button', { name: 'Discard' }).click();
  await expect(offer).toHaveCount(0);
  expect(await editor.fieldsOf('More')).toEqual(['Comment', 'Source']);
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(offer).toHaveCount(0);
});

test('a draft made before someone else saved is restored merged with their change', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  await editor
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await page.close();

  // meanwhile another client saves: Source moves to the top of More
  await portal.rest.setLayout('C', 1, [START[0], section('more', 'More', ['SOURCE_ID', 'COMMENTS'])]);
  const again = await page.context().newPage();
  await again.goto(`${portal.url}/?scope=C`);
  await again.getByRole('region', { name: 'Unsaved draft' }).getByRole('button', { name: 'Restore' }).click();
  await expect(
    again.getByText('Restored, together with the changes saved on the portal since.'),
  ).toBeVisible();
  const fields = (title: string) =>
    again
      .getByRole('region', { name: title, exact: true })
      .locator('li.element')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  await expect.poll(() => fields('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  expect(await fields('More')).toEqual(['Source', 'Comment']);
});
