import { expect, test } from '../fixtures';
import { EditorPage } from '../pages/EditorPage';
import { SafetyTools } from './safety-tools';

// The seeded common layout was saved by the portal's own editor: section settings (`data`) and
// renamed labels, which every REST save drops.
test('a rename in one tab while another tab edits merges with no conflict; what the portal dropped is one note', async ({
  editor,
  portal,
  page,
  browser,
}) => {
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);

  // the other tab renames a section and saves: the portal drops the settings on that write
  const other = await browser.newContext();
  const them = new EditorPage(await other.newPage(), portal.url);
  await them.open('?scope=C');
  await them.page.getByRole('button', { name: 'Rename section Qualification' }).click();
  await them.page.getByRole('textbox', { name: 'Section title' }).fill('Qual 2');
  await them.page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await them.save();
  await them.page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(them.page.getByText('Common layout saved.')).toBeVisible();
  await other.close();
  const afterTheirs = await portal.rest.layout('C', 1);
  expect(afterTheirs?.[1]).toMatchObject({ name: 'qualification', title: 'Qual 2' });

  // this tab: Salutation always shown, then save
  await editor.element('About the lead', 'Salutation').getByRole('button', { name: 'Always show' }).click();
  await editor.save();
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  const dialog = tools.dialog('Someone else saved this layout');
  await expect(dialog).toBeVisible();
  const theirs = dialog.getByRole('list', { name: 'Their changes' }).getByRole('listitem');
  // one change each; the list items carry a mark and its words first ("✎changed: …")
  await expect(theirs).toHaveText([/Section "Qualification" renamed to "Qual 2"$/]);
  await expect(dialog.getByRole('list', { name: 'Your changes' }).getByRole('listitem')).toHaveText([
    /Salutation is now always shown$/,
  ]);
  await expect(dialog).not.toContainText('settings kept from the portal');
  const note = dialog.getByRole('note');
  await expect(note).toHaveCount(1);
  await expect(note).toContainText("nobody's change");
  await expect(dialog.getByText('No conflicts: the merge keeps both sets of changes.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('conflict-without-false-alarms.png') });

  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => [s.name, s.title])).toEqual([
    ['main', 'About the lead'],
    ['qualification', 'Qual 2'],
    ['additional', 'More'],
    ['products', 'Products'],
  ]);
  expect(stored?.[0]?.flags['HONORIFIC']).toBe(1);

  // the history says the same: restoring the version replaced (theirs) changes one thing
  await tools.tool('History').click();
  const history = tools.dialog('Layout history');
  await history.getByRole('list', { name: 'Versions' }).getByRole('button').first().click();
  const restoring = history.getByRole('list', { name: 'What restoring changes' }).getByRole('listitem');
  await expect(restoring).toHaveText([/Salutation is now hidden when empty$/]);
});
