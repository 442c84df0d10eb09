import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

test('export a layout to JSON, then import it: the same layout comes back', async ({
  editor,
  portal,
  page,
}, testInfo) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }).click();
  const exported = editor.fieldsOf('About the lead');

  const download = page.waitForEvent('download');
  await tools.tool('Export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('lead-card-common-simple.json');
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const text = await readFile(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'lead-card-studio/layout',
    leadType: 'simple',
    scope: 'C',
  });

  // change things, then import the file back
  await editor
    .element('About the lead', 'Name')
    .getByRole('button', { name: 'Remove Name from the card' })
    .click();
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }).click();
  await tools.importFile(path);
  const dialog = tools.dialog('Import lead-card-common-simple.json');
  await expect(dialog).toContainText('2 sections, 6 fields, made for simple leads (common)');
  await expect(dialog.getByRole('list', { name: 'What importing changes' })).toContainText(
    'Name added to About the lead',
  );
  await tools.shot('import-dialog', dialog);
  await dialog.getByRole('button', { name: 'Put into the draft' }).click();
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(await exported);
  await expect(
    editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => [s.title, s.fields])).toEqual(
    START.map((s) => [s.title, s.elements.map((e) => e.name)]),
  );
  expect(stored?.[0]?.flags['PHONE']).toBe(1);
});

test('a file the portal would refuse is explained, and nothing changes', async ({ editor, portal, page }) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await tools.importFile({
    name: 'broken.json',
    json: [{ type: 'section', name: 'main', elements: [{ name: 'TITLE' }] }],
  });
  const dialog = tools.dialog('Import broken.json');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The portal would refuse this layout: Section at index 0 does not have title.',
  );
  await expect(dialog.getByRole('button', { name: 'Put into the draft' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await tools.expectSaved(true);
});
