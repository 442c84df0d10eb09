import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

test('the check lists problems live, each one leads to its place, and errors are asked about before saving', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await expect(tools.tool(/^Check/)).toHaveAccessibleName('Check (1 problem)');
  await editor.addSection('Empty one');
  await expect(tools.tool(/^Check/)).toHaveAccessibleName('Check (2 problems)');

  await tools.tool(/^Check/).click();
  const panel = page.getByRole('complementary', { name: 'Layout check' });
  await expect(panel).toContainText('Section "Empty one" has no fields.');
  await expect(panel).toContainText('VAT ID is required but not on the card.');
  await tools.shot('check-panel');
  await panel.getByRole('button', { name: /Section "Empty one" has no fields/ }).click();
  await expect(page.getByRole('button', { name: 'Move section Empty one' })).toBeFocused();
  await panel.getByRole('button', { name: /VAT ID is required/ }).click();
  await expect(editor.palette.getByRole('button', { name: 'Drag VAT ID onto the card' })).toBeFocused();
  await panel.getByRole('button', { name: 'Close the layout check' }).click();
  await expect(panel).toHaveCount(0);

  // a repeat layout with contact fields (from a bare portal payload): an error, asked about on save
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await tools.importFile({
    name: 'with-phone.json',
    json: [
      { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }, { name: 'PHONE' }] },
    ],
  });
  await tools.dialog('Import with-phone.json').getByRole('button', { name: 'Put into the draft' }).click();
  await editor.save();
  const ask = tools.dialog('The layout check found errors');
  await expect(ask).toContainText('Phone is a contact field: repeat leads have none');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await portal.rest.layout('C', 2)).toBeUndefined();
});

test('compare draft, saved, common and repeat; copy simple to repeat; see who sees what', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await portal.rest.setLayout('P', 1, [START[0]], 4);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await editor
    .element('More', 'Comment')
    .getByRole('button', { name: 'Remove Comment from the card' })
    .click();

  await tools.tool('Diff').click();
  const diff = tools.dialog('Compare layouts');
  const differences = diff.getByRole('list', { name: 'Differences' });
  await expect(differences).toHaveText(/Comment removed from More/);
  await diff.getByRole('tab', { name: 'Simple vs repeat' }).click();
  await expect(diff).toContainText('(repeat leads: not saved, the portal default)');
  await expect(differences).toContainText('Phone removed from About the lead');
  await tools.shot('diff-dialog', diff);
  await diff.getByRole('button', { name: 'Close' }).click();

  // copy to repeat leads: contact fields are listed and left out, the copy lands in that draft
  await tools.tool('Copy…').click();
  const copy = tools.dialog('Copy this layout');
  await copy.getByRole('radio', { name: /common layout of repeat leads/ }).check();
  await expect(copy.getByRole('note')).toContainText(
    'Left out, because repeat leads do not have them: Name, Phone',
  );
  await tools.shot('copy-dialog', copy);
  await copy.getByRole('button', { name: 'Copy into draft' }).click();
  await expect(page.getByRole('tab', { name: /Repeat leads/ })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => editor.fieldsOf('About the lead')).toEqual(['Lead name', 'Stage']);
  expect(await editor.fieldsOf('More')).toEqual(['Source']);
  await tools.expectSaved(false);

  // who sees what: Anna has a personal simple layout, nothing for repeat leads
  await tools.tool('Who sees what').click();
  const who = tools.dialog('Who sees what');
  await who
    .getByRole('combobox', { name: 'User' })
    .selectOption({ label: 'Anna Schmidt — Account executive' });
  const applies = who.getByRole('list', { name: 'Layouts that apply' });
  await expect(applies).toContainText('Simple leads: Anna Schmidt has a personal layout.');
  await expect(applies).toContainText('Repeat leads: Neither a personal nor a common layout is stored');
  await expect(who).toContainText(
    "What REST cannot tell: whether this user's card is switched to personal view.",
  );
  await tools.shot('who-sees-what-dialog', who);
});
