import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

const FIVE = ['Demo Manager', 'Иван Петров', 'Anna Schmidt', 'Ольга Смирнова', "James O'Connor"];

test('apply one personal layout to five users at once, then read each one back by REST', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await editor.element('More', 'Source').getByRole('button', { name: 'Always show' }).click();

  await tools.tool('Apply to users…').click();
  const dialog = tools.dialog('Apply to users');
  const users = dialog.getByRole('list', { name: 'Users' });
  for (const name of FIVE) await users.getByRole('checkbox', { name }).check();
  await expect(dialog).toContainText('5 selected');
  await dialog.getByRole('button', { name: 'Apply to 5 users' }).click();

  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(5);
  for (const name of FIVE) {
    await expect(results.getByRole('listitem').filter({ hasText: name })).toContainText('Saved');
  }
  await expect(dialog.getByText('Done')).toBeVisible();
  await tools.shot('bulk-apply-dialog', dialog);
  await dialog.getByRole('button', { name: 'Close' }).click();

  for (const userId of [2, 3, 4, 5, 6]) {
    const personal = await portal.rest.layout('P', 1, userId);
    expect(personal?.map((s) => [s.title, s.fields])).toEqual([
      ['About the lead', ['TITLE', 'STATUS_ID', 'NAME', 'PHONE']],
      ['More', ['COMMENTS', 'SOURCE_ID']],
    ]);
    expect(personal?.[1]?.flags['SOURCE_ID']).toBe(1);
  }
  // the common layout itself is untouched (the draft is still unsaved)
  expect((await portal.rest.layout('C', 1))?.[1]?.flags['SOURCE_ID']).toBe(0);
});

test('without CRM admin rights, each user gets their own answer: own layout saved, others refused', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?as=manager&scope=P&user=2');
  const tools = new SafetyTools(page);
  await tools.tool('Apply to users…').click();
  const dialog = tools.dialog('Apply to users');
  const users = dialog.getByRole('list', { name: 'Users' });
  await users.getByRole('checkbox', { name: 'Demo Manager' }).check();
  await users.getByRole('checkbox', { name: 'Anna Schmidt' }).check();
  await dialog.getByRole('button', { name: 'Apply to 2 users' }).click();
  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Demo Manager' })).toContainText('Saved');
  await expect(results.getByRole('listitem').filter({ hasText: 'Anna Schmidt' })).toContainText(
    'Not changed: The portal says "Access denied."',
  );
  expect(await portal.rest.layout('P', 1, 2)).toBeDefined();
  expect(await portal.rest.layout('P', 1, 4)).toBeUndefined();
});
