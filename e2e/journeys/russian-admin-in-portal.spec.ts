import { expect, test } from '../fixtures';
import { pickUp, stepAndHear } from '../keyboard';
import { MAIN_AND_EXTRA } from '../layouts';
import { openInPortal } from '../portalFrame';

const START = MAIN_AND_EXTRA;

/**
 * The whole main job as a Russian-speaking admin does it inside a Russian portal (the emulator's
 * harness with LANG=ru): a personal layout for another user, a field added, "always show", saved.
 */
test('in a Russian portal, the admin saves a personal layout for a manager, all in Russian', async ({
  page,
  portal,
}) => {
  await portal.rest.setLayout('P', 1, START, 2);
  const app = await openInPortal(page, portal.url, '?lang=ru');
  await expect(app.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();

  await app.getByRole('radio', { name: 'Личный' }).click();
  await app.getByRole('searchbox', { name: 'Поиск сотрудников' }).fill('Manager');
  const users = app.getByRole('combobox', { name: 'Сотрудник', exact: true });
  await expect(users.getByRole('option', { name: /Demo Manager/ })).toHaveCount(1);
  await users.selectOption({
    label: (await users.getByRole('option', { name: /Demo Manager/ }).textContent()) ?? '',
  });
  await expect(app.getByText('Личный вид карточки', { exact: false }).first()).toBeVisible();
  const main = app.getByRole('region', { name: 'Main', exact: true });
  await expect(main.getByRole('listitem', { name: 'Название лида', exact: true })).toBeVisible();

  // a field from the list onto the card, with the keyboard, announced in Russian
  await app.getByRole('region', { name: 'Поля', exact: true }).getByRole('searchbox').fill('Должность');
  await app.getByRole('button', { name: 'Перетащите поле «Должность» в карточку' }).focus();
  const announcer = app.locator('[id^="DndLiveRegion"]');
  await pickUp(page, announcer);
  // the portal resizes the frame to fit the content, as a resize asked for just before the
  // pick-up does: the drag goes on
  await page.locator('#app-frame').evaluate((frame: HTMLElement) => {
    frame.style.height = `${frame.offsetHeight + 40}px`;
  });
  for (let i = 0; i < 15 && !/раздел Main/.test(await announcer.innerText()); i++) {
    await stepAndHear(page, announcer, 'ArrowUp');
  }
  await expect(announcer).toContainText('Должность: можно перенести сюда — раздел Main');
  await page.keyboard.press('Space');
  await expect(announcer).toContainText('Должность: перенесено — раздел Main');
  const position = main.getByRole('listitem', { name: 'Должность', exact: true });
  await position.getByRole('button', { name: 'Показывать всегда' }).click();
  await expect(position.getByRole('button', { name: 'Показывать всегда' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await app.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await expect(app.getByText('Личный вид карточки сохранён.', { exact: true })).toBeVisible();
  await expect(app.getByText('Все изменения сохранены', { exact: true })).toBeVisible();

  const stored = await portal.rest.layout('P', 1, 2);
  expect(stored?.[0]?.fields).toContain('POST');
  expect(stored?.[0]?.flags['POST']).toBe(1);
  // the portal's section titles stay as they were stored
  expect(stored?.map((s) => s.title)).toEqual(['Main', 'Extra']);
  // nothing else changed: the admin's own and the common layout
  expect(await portal.rest.layout('P', 1, 1)).toBeUndefined();
});
