import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';

/** Lead score, a field of the seeded common layout's Qualification section. */
const LEAD_SCORE = 'UF_CRM_1712345678';
const ONLY_ADMINS = /only CRM administrators may change the common layout/;

test("a manager who picks another user's layout is told at the picker and keeps the editor, whose admin-only actions are then off with the reason", async ({
  editor,
  page,
}) => {
  await editor.open('?as=manager');
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  // nothing is known yet (the profile says "not a portal admin"): the picker is offered
  await editor
    .element('Qualification', 'Lead score')
    .getByRole('button', { name: 'Remove Lead score from the card' })
    .click();
  const picker = page.getByRole('group', { name: 'Whose layout' });
  const users = picker.getByRole('combobox', { name: 'User' });
  await users.selectOption('4');

  // the refusal is said at the picker; the editor keeps the manager's own layout and the edit
  await expect(picker.getByRole('alert')).toContainText('"Access denied."');
  await expect(picker.getByRole('alert')).toContainText("only CRM administrators may open Anna Schmidt's");
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  await expect(editor.section('Qualification')).toBeVisible();
  await expect(editor.element('Qualification', 'Lead score')).toHaveCount(0);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await expect(users).toHaveValue('2');
  // now known: other users' layouts are not offered, and why is said
  await expect(users).toBeDisabled();
  await expect(users).toHaveAccessibleDescription(/Access denied/);
  const bulk = page.getByRole('button', { name: 'Apply to users…' });
  await expect(bulk).toBeDisabled();
  await expect(bulk).toHaveAccessibleDescription(/only CRM administrators may change other users' layouts/);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: test.info().outputPath('manager-picker-refused.png') });
  expect(await seriousFindings(page, '.scope')).toEqual([]);

  // the common layout can be read, but not changed: each admin-only action says why
  await page.getByRole('radio', { name: 'Common' }).click();
  await expect(page.getByText(/Common layout/).first()).toBeVisible();
  await expect(page.getByText(ONLY_ADMINS)).toBeVisible();
  for (const name of ['Save', 'Reset to portal default', "Make the common layout everyone's"]) {
    const action = page.getByRole('button', { name, exact: true });
    await expect(action).toBeDisabled();
    await expect(action).toHaveAccessibleDescription(ONLY_ADMINS);
  }
  await expect(page.getByRole('button', { name: 'Save as my personal layout' })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('manager-common-locked.png') });
  // the note and the disabled actions stay readable for everyone
  expect(await seriousFindings(page, '.doc-toolbar, .rights-note')).toEqual([]);
});

test("a link to another user's layout opens the manager's own, with the refusal at the picker", async ({
  editor,
  page,
}) => {
  await editor.open('?as=manager&scope=P&user=4');
  const picker = page.getByRole('group', { name: 'Whose layout' });
  await expect(picker.getByRole('alert')).toContainText("only CRM administrators may open Anna Schmidt's");
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  await expect(editor.section('Qualification')).toBeVisible();
  await expect(picker.getByRole('combobox', { name: 'User' })).toHaveValue('2');
  await expect(page.getByRole('button', { name: 'Apply to users…' })).toBeDisabled();
});

test('after a refused common save, "Save as my personal layout" stores the same draft as the manager\'s own layout in one click', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?as=manager&scope=C');
  const common = await portal.rest.layout('C', 1);
  expect(await portal.rest.layout('P', 1, 2)).toBeUndefined();
  await editor
    .element('Qualification', 'Lead score')
    .getByRole('button', { name: 'Remove Lead score from the card' })
    .click();
  await editor.save();
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(page.getByRole('alert').filter({ hasText: 'Access denied.' }).first()).toBeVisible();
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription(ONLY_ADMINS);
  await page.screenshot({ path: test.info().outputPath('manager-common-refused.png') });

  await page.getByRole('button', { name: 'Save as my personal layout' }).click();
  await expect(page.getByText('Saved as your personal layout.')).toBeVisible();
  await expect(page.getByText(/Personal layout of Demo Manager/)).toBeVisible();
  await expect(editor.element('Qualification', 'Lead score')).toHaveCount(0);
  await expect(page.getByText('All changes saved')).toBeVisible();

  // the portal holds the edit as the manager's personal layout; the common one is as it was
  const personal = await portal.rest.layout('P', 1, 2);
  expect(personal?.map((s) => s.name)).toEqual(common?.map((s) => s.name));
  expect(personal?.find((s) => s.name === 'qualification')?.fields).not.toContain(LEAD_SCORE);
  expect(common?.find((s) => s.name === 'qualification')?.fields).toContain(LEAD_SCORE);
  expect(await portal.rest.layout('C', 1)).toEqual(common);

  // the common draft is not lost: it is still there, unsaved
  await page.getByRole('radio', { name: 'Common' }).click();
  await expect(editor.element('Qualification', 'Lead score')).toHaveCount(0);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
});

test('in Russian: the refusal at the picker and the reasons of the disabled actions', async ({
  editor,
  page,
}) => {
  await editor.openInRussian('?as=manager');
  const picker = page.getByRole('group', { name: 'Чей вид карточки' });
  await picker.getByRole('combobox', { name: 'Сотрудник' }).selectOption('4');
  await expect(picker.getByRole('alert')).toContainText('может только администратор CRM');
  await expect(page.getByText(/Личный вид карточки \(Demo Manager\)/).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('manager-picker-refused-ru.png') });
  await page.getByRole('radio', { name: 'Общий' }).click();
  const save = page.getByRole('button', { name: 'Сохранить', exact: true });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription(/может только администратор CRM/);
  await expect(page.getByRole('button', { name: 'Сохранить как мой личный вид' })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('manager-common-locked-ru.png') });
});
