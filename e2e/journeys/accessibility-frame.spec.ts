import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';
import { openInPortal } from '../portalFrame';

/** The app as a Bitrix24 portal embeds it (the emulator's harness at /portal/app), judged inside its frame. */
test('inside the portal, in Russian, the editor and the lead tab have no serious findings', async ({
  page,
  portal,
}) => {
  test.slow(); // several whole-page axe scans: seconds of CPU each on a busy machine
  const app = await openInPortal(page, portal.url, '?lang=ru');
  await expect(app.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  expect(await seriousFindings(page, '#app-frame')).toEqual([]);

  const tab = await openInPortal(page, portal.url, '?placement=CRM_LEAD_DETAIL_TAB&lead=1596');
  await expect(tab.getByRole('button', { name: 'Edit the layout' })).toBeVisible();
  await expect(tab.locator('.pv-card').first()).toBeVisible();
  expect(await seriousFindings(page, '#app-frame')).toEqual([]);
});

test('the lead card tab panel and the first-run offer have no serious findings, in English and Russian', async ({
  page,
  portal,
}) => {
  // five axe runs over the whole editor
  test.slow();
  for (const [query, button, done] of [
    ['?firstRun=1', 'Lead card tab', 'The lead card has the “Card layout” tab.'],
    ['?firstRun=1&lang=ru', 'Вкладка в карточке лида', 'В карточке лида есть вкладка «Макет карточки».'],
  ] as const) {
    const app = await openInPortal(page, portal.url, query);
    await expect(app.getByRole('region', { name: button })).toBeVisible();
    expect(await seriousFindings(page, '#app-frame')).toEqual([]);
    await app.getByRole('banner').getByRole('button', { name: button }).click();
    await expect(app.getByRole('dialog').getByTestId('lead-tab-status')).not.toHaveText(/…$/);
    expect(await seriousFindings(page, '#app-frame')).toEqual([]);
    if (query.includes('ru')) {
      await app.getByRole('dialog').getByRole('button', { name: 'Добавить вкладку' }).click();
      await expect(app.getByRole('dialog').getByTestId('lead-tab-status')).toHaveText(done);
      expect(await seriousFindings(page, '#app-frame')).toEqual([]);
    }
  }
});
