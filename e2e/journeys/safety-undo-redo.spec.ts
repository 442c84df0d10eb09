import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

test('undo and redo a drag, a rename and a flag, by keyboard and by buttons, per lead type', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

  // a drag: Phone to the top of its section
  await editor.drag(
    editor.handleOf(editor.element('About the lead', 'Phone')),
    editor.element('About the lead', 'Lead name'),
    'top',
  );
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Phone', 'Lead name', 'Stage', 'Name']);
  await page.keyboard.press(`${mod}+z`);
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Name', 'Phone']);
  await tools.expectSaved(true);
  await page.keyboard.press(`${mod}+Shift+z`);
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Phone', 'Lead name', 'Stage', 'Name']);

  // a rename (the title; the portal name stays) comes back in one undo step
  await page.getByRole('button', { name: 'Rename section More' }).click();
  await page.getByRole('textbox', { name: 'Section title' }).fill('Details');
  await page.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect(editor.section('Details')).toBeVisible();
  await undo.click();
  await expect(editor.section('More')).toBeVisible();
  await expect(editor.section('More').locator('.section-name')).toHaveText('more');
  await redo.click();
  await expect(editor.section('Details')).toBeVisible();

  // a flag
  const always = editor.element('About the lead', 'Stage').getByRole('button', { name: 'Always show' });
  await always.click();
  await expect(always).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press(`${mod}+z`);
  await expect(always).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press(`${mod}+y`);
  await expect(always).toHaveAttribute('aria-pressed', 'true');

  // each lead type has its own history
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await expect(undo).toBeDisabled();
  await page.getByRole('tab', { name: /Simple leads/ }).click();
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(always).toHaveAttribute('aria-pressed', 'false');

  // what is saved is what the editor shows; a save is two requests: the re-read, then the write
  const calls: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/rest/')) calls.push(r.url().split('/').pop() ?? '');
  });
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  expect(calls).toEqual([
    'crm.lead.details.configuration.get.json',
    'crm.lead.details.configuration.set.json',
  ]);
  expect((await portal.rest.layout('C', 1))?.map((s) => [s.title, s.fields])).toEqual([
    ['About the lead', ['PHONE', 'TITLE', 'STATUS_ID', 'NAME']],
    ['Details', ['COMMENTS', 'SOURCE_ID']],
  ]);
});
