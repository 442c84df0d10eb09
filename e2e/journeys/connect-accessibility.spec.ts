import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ConnectPage } from '../pages/ConnectPage';
import { openInPortal } from '../portalFrame';

/** Serious and critical axe-core findings on what is on screen now, as readable lines. */
async function seriousFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when not reached in `max` presses. */
async function tabTo(
  page: Page,
  target: Locator,
  opts: { back?: boolean; max?: number } = {},
): Promise<void> {
  for (let i = 0; i < (opts.max ?? 20); i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target).toBeFocused();
}

/** The id list of `aria-describedby` contains the element `described` is. */
async function describedBy(field: Locator, description: Locator): Promise<boolean> {
  const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/);
  const id = await description.getAttribute('id');
  return id !== null && ids.includes(id);
}

test('the connection screen has no serious accessibility findings, empty, refusing a URL, and in Russian', async ({
  page,
  portal,
}) => {
  test.slow(); // several whole-page axe scans: seconds of CPU each on a busy machine
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await expect(connect.urlInput).toHaveValue('');
  expect(await seriousFindings(page)).toEqual([]);

  // the remember warning is part of the screen too
  await connect.remember.check();
  await expect(page.getByRole('note')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await connect.remember.uncheck();

  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(connect.error).toHaveText(/^Not a webhook URL\. Paste the webhook URL from the portal/);
  expect(await seriousFindings(page)).toEqual([]);

  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(page.getByRole('heading', { name: 'Подключение', exact: true })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    /^Это не адрес вебхука\. Вставьте адрес вебхука с портала/,
  );
  expect(await seriousFindings(page)).toEqual([]);
});

test('the form is filled and submitted with the keyboard alone', async ({ page, portal }) => {
  const connect = new ConnectPage(page, portal.url);
  await page.goto(`${portal.url}/`);
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');

  const opener = page.getByRole('button', { name: 'Connection', exact: true });
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  // the screen takes the place of the editor: the focus lands on its title
  await expect(connect.heading).toBeFocused();

  await tabTo(page, connect.urlInput);
  await page.keyboard.type(`${portal.url}/rest/1/demoadmin/`);
  await page.keyboard.press('Tab');
  await expect(connect.remember).toBeFocused();
  await page.keyboard.press('Space');
  await expect(connect.remember).toBeChecked();
  await expect(page.getByRole('note')).toContainText('Anyone who uses this browser profile can read it');
  await tabTo(page, page.getByRole('button', { name: 'Connect', exact: true }));
  await page.keyboard.press('Enter');

  const host = new URL(portal.url).host;
  await expect(connect.connectionLabel).toHaveText(`${host} · Demo Admin`);
  await expect(page.getByRole('region', { name: 'Fields' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('lcs:webhook'))).not.toBeNull();
  // the screen is gone: the focus is at the start of the content, not lost to the page
  await expect(page.getByRole('main')).toBeFocused();

  // the demo portal is one keyboard press away too
  await tabTo(page, opener, { back: true });
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: 'Use the demo portal' }));
  await page.keyboard.press('Enter');
  await expect(connect.connectionLabel).toHaveText('Demo portal · Demo Admin');
});

test('a refused URL is announced and the focus goes back to the field', async ({ page, portal }) => {
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await tabTo(page, connect.urlInput);
  await page.keyboard.type(`${portal.url}/rest/1/wrongsecret/`);
  // sent from the button: the focus has to come back to the field
  await tabTo(page, page.getByRole('button', { name: 'Connect', exact: true }));
  await page.keyboard.press('Enter');

  await expect(connect.error).toHaveText(/^Wrong user or secret\. .*INVALID_CREDENTIALS/);
  await expect(connect.urlInput).toHaveAttribute('aria-invalid', 'true');
  expect(await describedBy(connect.urlInput, connect.error)).toBe(true);
  await expect(connect.urlInput).toBeFocused();

  // corrected where the focus is and sent again with Enter: a new message, the focus stays
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('https://portal.bitrix24.com/crm/lead/');
  await page.keyboard.press('Enter');
  await expect(connect.error).toHaveText(
    /^Not a webhook URL\. The URL has no \/rest\/USER_ID\/SECRET\/ part/,
  );
  await expect(connect.urlInput).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(`${portal.url}/rest/2/demouser/`);
  await page.keyboard.press('Enter');
  await expect(connect.connectionLabel).toHaveText(`${new URL(portal.url).host} · Demo Manager`);
});

test('a Russian-speaking user connects in Russian; the portal keeps its own words', async ({
  page,
  portal,
  editor,
}) => {
  await editor.openInRussian();
  const label = page.getByTestId('connection-label');
  await expect(label).toHaveText('Демо-портал · Demo Admin');
  await page.getByRole('button', { name: 'Подключение', exact: true }).click();

  const heading = page.getByRole('heading', { name: 'Подключение', exact: true });
  await expect(heading).toBeVisible();
  const current = page.getByRole('group', { name: 'Текущее подключение' });
  await expect(current).toContainText('Подключено к');
  await expect(current).toContainText('Демо-портал · Demo Admin');
  await expect(current.getByRole('button', { name: 'Вернуться в редактор' })).toBeVisible();

  const form = page.getByRole('form', { name: 'Подключение через входящий вебхук' });
  const input = form.getByRole('textbox', { name: 'Адрес вебхука' });
  await expect(input).toHaveAttribute('placeholder', 'https://ваш-портал.bitrix24.ru/rest/1/abcdef123456/');
  await expect(form).toContainText('На портале: Разработчикам → Другое → Входящий вебхук.');
  await expect(form).toContainText('Хранится только в этой вкладке браузера');
  await expect(page.getByRole('heading', { name: 'Демо-портал' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Перейти на демо-портал' })).toBeEnabled();
  await expect(page.getByText(/^Секретный ключ вебхука передаётся только вашему порталу/)).toBeVisible();

  const remember = form.getByRole('checkbox', { name: 'Запомнить на этом устройстве' });
  await remember.check();
  await expect(page.getByRole('note')).toContainText('Внимание: в адресе вебхука есть его секретный ключ.');
  await remember.uncheck();

  // each refusal in Russian; what the portal said (codes, scopes) stays as it is
  const submit = form.getByRole('button', { name: 'Подключить', exact: true });
  const error = form.getByRole('alert');
  const cases: [url: string, message: RegExp][] = [
    ['portal.bitrix24.com/rest/1/abc', /^Это не адрес вебхука\. Адрес должен начинаться с https:\/\/\.$/],
    [
      `${portal.url}/rest/1/wrongsecret/`,
      /^Неверный сотрудник или секретный ключ\. .*\(INVALID_CREDENTIALS\)/,
    ],
    [`${portal.url}/rest/3/nocrm/`, /^Нет прав «crm»\. У этого вебхука нет прав «crm» \(отмечено: user\)/],
  ];
  for (const [url, message] of cases) {
    await input.fill(url);
    await submit.click();
    await expect(error).toHaveText(message);
    await expect(input).toBeFocused();
  }
  await expect(error).not.toContainText('wrongsecret');

  await input.fill(`${portal.url}/rest/2/demouser/`);
  await submit.click();
  const host = new URL(portal.url).host;
  await expect(label).toHaveText(`${host} · Demo Manager`);
  await expect(page.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Подключение', exact: true }).click();
  await expect(current).toContainText(`${portal.url}/rest/2/de…er/ хранится только в этой вкладке`);
  await current.getByRole('button', { name: 'Отключить' }).click();
  await expect(label).toHaveText('Нет подключения');
  await expect(heading).toBeFocused();
  await expect(page.getByText(/^Подключите Lead Card Studio к своему порталу Битрикс24/)).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});

test('inside a Russian-speaking portal the page title and the connection label are Russian', async ({
  page,
  portal,
}) => {
  const app = await openInPortal(page, portal.url, '?lang=ru');
  await expect(app.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  await expect(app.getByTestId('connection-label')).toHaveText(`Битрикс24 · ${new URL(portal.url).host}`);
  await expect(page.locator('#page-title')).toHaveText('Виды карточек CRM');
  // the portal is asked once, in the portal's language
  const log = await page.evaluate(
    () =>
      (window as unknown as { portalHarness: { log: { kind: string; text: string }[] } }).portalHarness.log,
  );
  expect(log.filter((e) => e.kind === 'in' && e.text.startsWith('setTitle')).map((e) => e.text)).toEqual([
    'setTitle {"title":"Виды карточек CRM"}',
  ]);
});
