import { expect, test } from '../fixtures';
import { ABOUT_AND_MORE } from '../layouts';

const START = ABOUT_AND_MORE;

test('an admin designs both lead layouts, saves common and personal, and finds them after a reload', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open();
  await expect(page.getByText('Common layout', { exact: false }).first()).toBeVisible();
  expect(await editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage', 'Name', 'Phone']);

  // add a section and drag a field from the palette into it
  await editor.addSection('Deal terms');
  await editor.drag(
    editor.handleOf(editor.paletteItem('Responsible person')),
    editor.section('Deal terms').locator('.section-zone'),
  );
  await expect.poll(() => editor.fieldsOf('Deal terms')).toEqual(['Responsible person']);
  await expect(editor.paletteItem('Responsible person')).toContainText('on card');

  // reorder within a section
  await editor.drag(
    editor.handleOf(editor.element('About the lead', 'Phone')),
    editor.element('About the lead', 'Stage'),
    'top',
  );
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Phone', 'Stage', 'Name']);

  // move across sections, landing after the field it is dropped on
  await editor.drag(
    editor.handleOf(editor.element('More', 'Comment')),
    editor.element('About the lead', 'Name'),
    'bottom',
  );
  await expect
    .poll(() => editor.fieldsOf('About the lead'))
    .toEqual(['Lead name', 'Phone', 'Stage', 'Name', 'Comment']);
  expect(await editor.fieldsOf('More')).toEqual(['Source']);

  // flag
  await editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }).click();
  await expect(
    editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: /Simple leads/ })).toContainText('unsaved');

  // repeat leads: nothing saved, so the portal default; edit it too
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  await expect(editor.palette.getByRole('listitem', { name: 'Phone', exact: true })).toHaveCount(0); // no contact fields
  await editor.element('More', 'UTM parameters').locator('.drag-handle').focus();
  await page.keyboard.press('Delete');
  await expect(editor.element('More', 'UTM parameters')).toHaveCount(0);
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();

  // back to simple leads: the draft is still there
  await page.getByRole('tab', { name: /Simple leads/ }).click();
  expect(await editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Phone', 'Stage', 'Name', 'Comment']);
  await editor.save();
  await expect(page.getByText('Common layout saved.').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: /Simple leads/ })).not.toContainText('unsaved');

  // personal layout for user 3
  await page.getByRole('radio', { name: 'Personal' }).click();
  await page.getByRole('combobox', { name: 'User' }).selectOption('3');
  await expect(page.getByText(/Personal layout of/)).toBeVisible();
  // none stored: it starts from the common layout just saved, which that user's card shows
  await editor.section('Deal terms').waitFor();
  await editor.element('About the lead', 'Lead name').getByRole('button', { name: 'Always show' }).click();
  await editor.save();
  await expect(page.getByText('Personal layout saved.')).toBeVisible();

  // what the portal stored
  const common = await portal.rest.layout('C', 1);
  expect(common?.map((s) => [s.title, s.fields])).toEqual([
    ['About the lead', ['TITLE', 'PHONE', 'STATUS_ID', 'NAME', 'COMMENTS']],
    ['More', ['SOURCE_ID']],
    ['Deal terms', ['ASSIGNED_BY_ID']],
  ]);
  expect(common?.[0]?.flags['PHONE']).toBe(1);
  const repeat = await portal.rest.layout('C', 2);
  expect(repeat?.flatMap((s) => s.fields)).not.toContain('UTM');
  expect(repeat?.flatMap((s) => s.fields)).toContain('TITLE');
  const personal = await portal.rest.layout('P', 1, 3);
  expect(personal?.[0]?.flags['TITLE']).toBe(1);

  // reload: the saved layouts come back
  await page.goto(`${portal.url}/?scope=C&leadType=simple`);
  await expect
    .poll(() => editor.fieldsOf('About the lead'))
    .toEqual(['Lead name', 'Phone', 'Stage', 'Name', 'Comment']);
  await expect(
    editor.element('About the lead', 'Phone').getByRole('button', { name: 'Always show' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await expect(page.getByText('No saved layout: showing the portal default')).toHaveCount(0);
  await expect(editor.element('More', 'UTM parameters')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/editor-after-journey.png', fullPage: true });
});
