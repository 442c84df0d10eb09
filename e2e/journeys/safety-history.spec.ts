import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

test('save twice, then restore the first saved version from history and save it again', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);

  // first save: Name removed
  await editor
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  // second save: Source removed too, Phone always shown
  await editor.element('More', 'Source').getByRole('button', { name: 'Remove Source from the card' }).click();
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }).click();
  await editor.save();
  // the first save's toast may still be showing: wait for this save's own end
  await tools.expectSaved(true);
  expect((await portal.rest.layout('C', 1))?.map((s) => s.fields)).toEqual([
    ['TITLE', 'STATUS_ID', 'PHONE'],
    ['COMMENTS'],
  ]);

  // each save kept what it overwrote: newest first
  await tools.tool('History').click();
  const dialog = tools.dialog('Layout history');
  const versions = dialog.getByRole('list', { name: 'Versions' }).getByRole('button');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('replaced by Demo Admin');
  await expect(versions.first()).toContainText('2 sections, 5 fields');
  await expect(versions.nth(1)).toContainText('2 sections, 6 fields');
  await expect(dialog).toContainText('Kept in this browser only');

  // the newest kept version is the layout of the first save: preview it, then restore it
  await versions.first().click();
  const preview = dialog.getByRole('region', { name: 'Version preview' });
  await expect(preview.getByRole('list', { name: 'What restoring changes' })).toContainText(
    'Source added to More',
  );
  await expect(preview.getByRole('list', { name: 'What restoring changes' })).toContainText(
    'Phone is now hidden when empty',
  );
  await tools.shot('history-dialog', dialog);
  await dialog.getByRole('button', { name: 'Restore as draft' }).click();
  await expect(dialog).toHaveCount(0);
  await expect.poll(() => editor.fieldsOf('More')).toEqual(['Comment', 'Source']);
  expect(await editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Phone']);
  await tools.expectSaved(false);
  // nothing changed on the portal until saved
  expect((await portal.rest.layout('C', 1))?.[1]?.fields).toEqual(['COMMENTS']);
  await editor.save();
  await expect(tools.page.getByText('All changes saved', { exact: true })).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => s.fields)).toEqual([
    ['TITLE', 'STATUS_ID', 'PHONE'],
    ['COMMENTS', 'SOURCE_ID'],
  ]);
  expect(stored?.[0]?.flags['PHONE']).toBe(0);

  // and that save was kept as well: three versions now, survive a reload
  await page.reload();
  await tools.tool('History').click();
  await expect(dialog.getByRole('list', { name: 'Versions' }).getByRole('button')).toHaveCount(3);
});
