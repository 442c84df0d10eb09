import { expect, test } from '../fixtures';
import { moveDownOneInRussian } from '../keyboard';
import { MAIN_AND_EXTRA } from '../layouts';

// Section titles are the portal's own data: they stay as stored, whatever the interface language.
const START = MAIN_AND_EXTRA;

test('a Russian-speaking admin arranges and saves the common layout in Russian', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.openInRussian();

  // the top bar, the lead type tabs, the scope and the toolbar speak Russian
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('combobox', { name: 'Язык' })).toHaveValue('ru');
  await expect(page.getByRole('button', { name: 'Подключение' })).toBeVisible();
  const tabs = page.getByRole('tablist', { name: 'Тип лида' });
  await expect(tabs.getByRole('tab', { name: 'Простые лиды' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Повторные лиды' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Общий' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('radio', { name: 'Личный' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Отменить', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Повторить', exact: true })).toBeDisabled();
  await expect(page.getByText('Все изменения сохранены', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  const tools = page.getByRole('group', { name: 'Инструменты вида карточки' });
  await expect(tools.getByRole('button', { name: 'История', exact: true })).toBeVisible();
  await expect(tools.getByRole('button', { name: /^Проверка \(/ })).toBeVisible();

  // the card's own fields carry the labels a Russian-speaking portal shows; the drag is announced in Russian
  await moveDownOneInRussian(editor, 'Main', 'Название лида');
  await expect.poll(() => editor.fieldsOf('Main')).toEqual(['Стадия', 'Название лида', 'Имя']);
  await expect(page.getByText('Есть несохранённые изменения', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  // the confirmation comes from the save logic (useSaveLayout), translated separately
  await expect(page.getByText('Общий вид карточки сохранён.', { exact: true })).toBeVisible();
  await expect(page.getByText('Все изменения сохранены', { exact: true })).toBeVisible();

  // stored by REST: the portal's section titles untouched, the new order in place
  expect(await portal.rest.layout('C', 1)).toEqual([
    expect.objectContaining({ name: 'main', title: 'Main', fields: ['STATUS_ID', 'TITLE', 'NAME'] }),
    expect.objectContaining({ name: 'extra', title: 'Extra', fields: ['COMMENTS'] }),
  ]);

  // the switcher turns the interface back to English and remembers it
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Simple leads' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
  expect(await page.evaluate(() => localStorage.getItem('lcs:lang'))).toBe('en');
});
