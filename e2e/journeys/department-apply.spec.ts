import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';

// The emulator's structure (emulator/IDENTITIES.md): Sales (2) › Sales team (3) › Key accounts (6).
const SALES_PEOPLE = ['Ольга Смирнова', 'Demo Manager', 'Иван Петров', 'Anna Schmidt', "James O'Connor"];
const IN_SALES = [5, 2, 3, 4, 6];
const OUTSIDE = [1, 7, 8];

test('apply a personal layout to a department with its sub-departments, then read each user back by REST', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  const before = await Promise.all(OUTSIDE.map((id) => portal.rest.layout('P', 1, id)));
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  await editor.element('More', 'Source').getByRole('button', { name: 'Always show' }).click();

  await tools.tool('Apply to users…').click();
  const dialog = tools.dialog('Apply to users');
  const departments = dialog.getByRole('list', { name: 'Departments' });
  await expect(dialog.getByRole('checkbox', { name: 'Include sub-departments' })).toBeChecked();
  await departments.getByRole('checkbox', { name: 'Sales', exact: true }).check();
  // four people sit in Sales team and one of them in Key accounts too: counted once
  await expect(dialog).toContainText('5 active users in the chosen departments.');
  // a user chosen by name as well is still one recipient
  await dialog.getByRole('list', { name: 'Users' }).getByRole('checkbox', { name: 'Иван Петров' }).check();
  await expect(dialog).toContainText('1 of them is also chosen below');
  await tools.shot('bulk-apply-departments', dialog);
  await dialog.getByRole('button', { name: 'Apply to 5 users' }).click();

  const results = dialog.getByRole('list', { name: 'Results' });
  await expect(results.getByRole('listitem')).toHaveCount(5);
  for (const name of SALES_PEOPLE) {
    await expect(results.getByRole('listitem').filter({ hasText: name })).toContainText('Saved');
  }
  await expect(dialog.getByText('Done')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  for (const userId of IN_SALES) {
    const personal = await portal.rest.layout('P', 1, userId);
    expect(personal?.map((s) => [s.title, s.fields])).toEqual([
      ['About the lead', ['TITLE', 'STATUS_ID', 'NAME', 'PHONE']],
      ['More', ['COMMENTS', 'SOURCE_ID']],
    ]);
    expect(personal?.[1]?.flags['SOURCE_ID']).toBe(1);
  }
  // users outside the department keep what they had
  expect(await Promise.all(OUTSIDE.map((id) => portal.rest.layout('P', 1, id)))).toEqual(before);
});

test('in Russian: the structure, the count and the sub-department switch', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.openInRussian('?scope=C');
  await page
    .getByRole('group', { name: 'Инструменты вида карточки' })
    .getByRole('button', { name: 'Применить к сотрудникам…' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Применить к сотрудникам' });
  const departments = dialog.getByRole('list', { name: 'Подразделения' });
  await departments.getByRole('checkbox', { name: 'Служба поддержки' }).check();
  await departments.getByRole('checkbox', { name: 'Sales team' }).check();
  await expect(dialog).toContainText('5 работающих сотрудников в выбранных подразделениях.');
  await dialog.getByRole('checkbox', { name: 'Включая вложенные подразделения' }).uncheck();
  await expect(dialog).toContainText('5 работающих сотрудников в выбранных подразделениях.');
  await departments.getByRole('checkbox', { name: 'Sales team' }).uncheck();
  await expect(dialog).toContainText('1 работающий сотрудник в выбранных подразделениях.');
  await expect(dialog.getByRole('button', { name: 'Применить к 1 сотруднику' })).toBeEnabled();
  await new SafetyTools(page).shot('bulk-apply-departments-ru', dialog);
});
