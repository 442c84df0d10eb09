import { expect, test } from '../fixtures';
import { moveDownOneInRussian } from '../keyboard';
import { START } from './safety-tools';

// Section titles ("About the lead", "More") are the portal's data: quoted as stored in Russian sentences.
test('a Russian-speaking admin compares layouts and restores a version in Russian', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.openInRussian('?scope=C');
  const tools = page.getByRole('group', { name: 'Инструменты вида карточки' });

  // compare: Russian tabs and sentences; the portal default of repeat leads has a Russian portal's titles
  await tools.getByRole('button', { name: 'Сравнить', exact: true }).click();
  const diff = page.getByRole('dialog', { name: 'Сравнение видов карточки' });
  await expect(diff.getByRole('tab', { name: 'Черновик и сохранённый' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(diff).toContainText(
    'Ваш черновик в сравнении с сохранённым видом карточки. Итого: отличий нет.',
  );
  await expect(diff).toContainText('Виды карточки совпадают.');
  await diff.getByRole('tab', { name: 'Простые и повторные' }).click();
  await expect(diff).toContainText('(повторные лиды: не сохранён, вид портала по умолчанию)');
  const differences = diff.getByRole('list', { name: 'Отличия' });
  await expect(differences).toContainText('Раздел «About the lead» переименован в «О лиде»');
  await expect(differences).toContainText('Телефон: удалено из «About the lead»');
  await diff.getByRole('button', { name: 'Закрыть' }).click();
  await expect(diff).toHaveCount(0);

  // one move and a save keep the old layout in the history
  await moveDownOneInRussian(editor, 'About the lead', 'Название лида');
  await expect
    .poll(() => editor.fieldsOf('About the lead'))
    .toEqual(['Стадия', 'Название лида', 'Имя', 'Телефон']);
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(page.getByText('Все изменения сохранены', { exact: true })).toBeVisible();

  // history: a Russian date, plural counts, and the restore in Russian
  await tools.getByRole('button', { name: 'История', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'История вида карточки' });
  await expect(history).toContainText('Хранится только в этом браузере');
  const version = history.getByRole('list', { name: 'Версии' }).getByRole('button').first();
  await expect(version).toContainText('заменено: Demo Admin');
  await expect(version).toContainText('2 раздела, 6 полей');
  await expect(version).toContainText(/\d\d:\d\d:\d\d/);
  const preview = history.getByRole('region', { name: 'Просмотр версии' });
  await expect(preview).toContainText('Восстановление изменит черновик: 1 изменение');
  await expect(preview.getByRole('list', { name: 'Что изменит восстановление' })).toContainText(
    'Название лида: перемещено с позиции 2 на позицию 1 в «About the lead»',
  );
  await history.getByRole('button', { name: 'Восстановить в черновик' }).click();
  await expect(page.getByText(/^Версия от .+ теперь в черновике\./)).toBeVisible();
  await expect
    .poll(() => editor.fieldsOf('About the lead'))
    .toEqual(['Название лида', 'Стадия', 'Имя', 'Телефон']);
  await expect(page.getByText('Есть несохранённые изменения', { exact: true })).toBeVisible();
});
