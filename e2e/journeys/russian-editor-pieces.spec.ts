import { expect, test } from '../fixtures';
import { section } from '../layouts';

// Section titles are the portal's own data: they stay as stored, whatever the interface language.
const START = [
  section('main', 'Main', [['TITLE', 1], 'PHONE']),
  section('extra', 'Extra', [['COMMENTS', 1]]),
];

test('a Russian-speaking admin edits sections and field options, reads the check and gets the draft back', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.openInRussian('?scope=C');
  await expect(page.getByText('Общий вид карточки', { exact: true })).toBeVisible();
  await expect(page.getByText(/простых лидов: его видят все, у кого карточка в общем виде\./)).toBeVisible();

  // the section's settings: a saved section keeps its portal name, and the dialog says why
  await page.getByRole('button', { name: 'Настройки раздела «Main»' }).click();
  const settings = page.getByRole('dialog', { name: 'Раздел «Main»' });
  await expect(settings.getByRole('textbox', { name: 'Имя раздела (хранится на портале)' })).toHaveAttribute(
    'readonly',
    '',
  );
  await expect(settings.getByText(/Портал хранит имя раздела неизменным/)).toBeVisible();
  await expect(settings.getByText(/Портал не даёт удалить свой основной раздел/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('section-settings-ru.png') });
  await settings.getByRole('button', { name: 'Закрыть' }).click();
  await expect(settings).toHaveCount(0);

  // the options of the phone field
  await editor.element('Main', 'Телефон').getByRole('button', { name: 'Параметры поля «Телефон»' }).click();
  const options = page.getByRole('dialog', { name: 'Параметры поля «Телефон»' });
  // the countries the portal knows, named in Russian, searchable
  await options.getByRole('searchbox', { name: 'Поиск страны' }).fill('росс');
  const country = options.getByRole('listbox', { name: 'Страна по умолчанию' });
  await expect(country.getByRole('option', { name: 'Россия (RU), +7' })).toBeVisible();
  await country.selectOption('RU');
  await options.getByRole('button', { name: 'Применить' }).click();
  await expect(options).toHaveCount(0);

  // a new empty section shows up in the check, in Russian
  await page.getByRole('button', { name: '+ Добавить раздел' }).click();
  const title = page.getByRole('textbox', { name: 'Название раздела' });
  await title.fill('Пустой');
  await title.press('Enter');
  await page.getByRole('button', { name: /^Проверка \(/ }).click();
  const panel = page.getByRole('complementary', { name: 'Проверка вида карточки' });
  await expect(panel).toContainText('В разделе «Пустой» нет полей.');
  await expect(panel.getByText('Предупреждение').first()).toBeVisible();
  await panel.getByRole('button', { name: /В разделе «Пустой» нет полей/ }).click();
  await expect(page.getByRole('button', { name: 'Переместить раздел «Пустой»' })).toBeFocused();
  await panel.getByRole('button', { name: 'Закрыть проверку вида карточки' }).click();
  await expect(panel).toHaveCount(0);

  // a reload before saving offers the draft back
  await page.reload();
  const offer = page.getByRole('region', { name: 'Несохранённый черновик' });
  await expect(offer).toContainText(/У вас есть несохранённые изменения от \d/);
  await offer.getByRole('button', { name: 'Восстановить' }).click();
  await expect(offer).toHaveCount(0);
  await expect(editor.section('Пустой')).toContainText('Перетащите сюда поля');
});
