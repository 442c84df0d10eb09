import { expect, test } from '../fixtures';
import { EditorPage } from '../pages/EditorPage';
import { SafetyTools, START } from './safety-tools';

test('a second browser saves first; the first one sees the conflict, merges field by field and saves', async ({
  editor,
  portal,
  page,
  browser,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);

  // the other browser: Stage always shown, section More renamed to "Extras (theirs)"
  const other = await browser.newContext();
  const them = new EditorPage(await other.newPage(), portal.url);
  await them.open('?scope=C');
  await them.element('About the lead', 'Stage').getByRole('button', { name: 'Always show' }).click();
  await them.page.getByRole('button', { name: 'Rename section More' }).click();
  await them.page.getByRole('textbox', { name: 'Section title' }).fill('Extras (theirs)');
  await them.page.getByRole('textbox', { name: 'Section title' }).press('Enter');

  // this browser: Phone to the top, the same section renamed differently
  await editor.drag(
    editor.handleOf(editor.element('About the lead', 'Phone')),
    editor.element('About the lead', 'Lead name'),
    'top',
  );
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Phone', 'Lead name', 'Stage', 'Name']);
  await page.getByRole('button', { name: 'Rename section More' }).click();
  await page.getByRole('textbox', { name: 'Section title' }).fill('Extras (mine)');
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');

  await them.save();
  await expect(them.page.getByText('Common layout saved.')).toBeVisible();
  await other.close();

  // saving here re-reads first and stops: nothing is overwritten
  await editor.save();
  const dialog = tools.dialog('Someone else saved this layout');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Their changes' })).toContainText(
    'Stage is now always shown',
  );
  await expect(dialog.getByRole('list', { name: 'Their changes' })).toContainText(
    'Section "More" renamed to "Extras (theirs)"',
  );
  await expect(dialog.getByRole('list', { name: 'Your changes' })).toContainText(
    'Phone moved from position 4 to 1 in About the lead',
  );
  expect((await portal.rest.layout('C', 1))?.[1]?.title).toBe('Extras (theirs)');
  await tools.shot('conflict-dialog', dialog);

  // per conflict: their title; everything else merges by itself
  const titleConflict = dialog.getByRole('group', { name: /Section title: yours "Extras \(mine\)"/ });
  await titleConflict.getByRole('radio', { name: 'Theirs' }).check();
  await dialog.getByRole('button', { name: 'Merge and save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  await tools.expectSaved(true);

  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => [s.title, s.fields])).toEqual([
    ['About the lead', ['PHONE', 'TITLE', 'STATUS_ID', 'NAME']],
    ['Extras (theirs)', ['COMMENTS', 'SOURCE_ID']],
  ]);
  expect(stored?.[0]?.flags['STATUS_ID']).toBe(1);
  await expect(editor.section('Extras (theirs)')).toBeVisible();
});

test('take theirs, or keep mine knowingly: both are explicit, and undo brings mine back', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await editor
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  // someone removes the whole More section by REST
  await portal.rest.setLayout('C', 1, [START[0]]);
  await editor.save();
  const dialog = tools.dialog('Someone else saved this layout');
  await dialog.getByRole('button', { name: 'Take theirs' }).click();
  await expect(editor.section('More')).toHaveCount(0);
  expect(await editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Name', 'Phone']);
  await tools.expectSaved(true);

  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(editor.section('More')).toBeVisible();
  // saving now is "keep mine": the portal still holds what was just seen, so it is written
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  expect((await portal.rest.layout('C', 1))?.map((s) => s.fields)).toEqual([
    ['TITLE', 'STATUS_ID', 'PHONE'],
    ['COMMENTS', 'SOURCE_ID'],
  ]);
});
