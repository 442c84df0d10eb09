import type { Page } from '@playwright/test';
import { openInPortal } from '../portalFrame';
import { expect, test, type PortalHandle } from '../fixtures';

/**
 * An admin inside the portal adds the app's "Card layout" tab to the lead card from the settings
 * panel (`placement.bind`), sees it bound (`placement.get`), opens the app from the harness's lead
 * card, and removes it (`placement.unbind`); the first run offers the tab once; the install step
 * ends with `setInstallFinish`.
 */
interface Row {
  readonly placement: string;
  readonly handler: string;
  readonly langAll: Record<string, { TITLE: string }>;
}

/** What the portal stored, read back as the application (placement.* refuses webhooks). */
const boundRows = (portal: PortalHandle) =>
  portal.rest.call<Row[]>('placement.get', { auth: 'demo-admin-token' }, '/rest/');

const harnessLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { portalHarness: { log: { text: string }[] } }).portalHarness.log,
  );

test('bind the lead tab from the settings panel, open the app from the lead card, unbind it', async ({
  page,
  portal,
}, testInfo) => {
  // four page loads of the built app in one journey
  test.slow();
  const app = await openInPortal(page, portal.url);
  await app.getByRole('button', { name: 'Lead card tab' }).click();
  const panel = app.getByRole('dialog', { name: 'The “Card layout” tab on the lead card' });
  await expect(panel.getByTestId('lead-tab-status')).toHaveText('The lead card has no “Card layout” tab.');
  await page.screenshot({ path: testInfo.outputPath('settings-unbound-en.png') });

  await panel.getByRole('button', { name: 'Add the tab' }).click();
  await expect(panel.getByTestId('lead-tab-status')).toHaveText('The lead card has the “Card layout” tab.');
  await expect(panel.getByText('The “Card layout” tab was added to the lead card.')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('settings-bound-en.png') });
  expect(await boundRows(portal)).toEqual([
    expect.objectContaining({
      placement: 'CRM_LEAD_DETAIL_TAB',
      handler: `${portal.url}/`,
      langAll: {
        en: expect.objectContaining({ TITLE: 'Card layout' }),
        ru: expect.objectContaining({ TITLE: 'Макет карточки' }),
      },
    }),
  ]);

  // the portal's lead card now has the tab; it opens the app on that lead
  await page.goto(`${portal.url}/portal/app?page=lead&lead=1596`);
  await page.getByRole('tab', { name: 'Card layout' }).click();
  const lead = await portal.rest.call<{ TITLE: string }>('crm.lead.get', { id: 1596 });
  const inTab = page.frameLocator('#app-frame');
  await expect(inTab.getByRole('heading', { name: lead.TITLE })).toBeVisible();
  await inTab.getByRole('button', { name: 'Edit the layout' }).click();
  await expect(inTab.getByRole('region', { name: 'Fields' })).toBeVisible();

  // back on the app's own page: remove it
  const again = await openInPortal(page, portal.url);
  await again.getByRole('button', { name: 'Lead card tab' }).click();
  const panel2 = again.getByRole('dialog', { name: 'The “Card layout” tab on the lead card' });
  await panel2.getByRole('button', { name: 'Remove the tab' }).click();
  await expect(panel2.getByTestId('lead-tab-status')).toHaveText('The lead card has no “Card layout” tab.');
  expect(await boundRows(portal)).toEqual([]);
  await page.goto(`${portal.url}/portal/app?page=lead&lead=1596`);
  await expect(page.getByRole('tab', { name: 'Card layout' })).toHaveCount(0);
});

test('in Russian the panel and the tab speak Russian', async ({ page, portal }, testInfo) => {
  const app = await openInPortal(page, portal.url, '?lang=ru');
  await app.getByRole('button', { name: 'Вкладка в карточке лида' }).click();
  const panel = app.getByRole('dialog', { name: 'Вкладка «Макет карточки» в карточке лида' });
  await expect(panel.getByTestId('lead-tab-status')).toHaveText(
    'В карточке лида нет вкладки «Макет карточки».',
  );
  await panel.getByRole('button', { name: 'Добавить вкладку' }).click();
  await expect(panel.getByTestId('lead-tab-status')).toHaveText(
    'В карточке лида есть вкладка «Макет карточки».',
  );
  await page.screenshot({ path: testInfo.outputPath('settings-bound-ru.png') });
  await page.goto(`${portal.url}/portal/app?page=lead&lead=1596&lang=ru`);
  await page.getByRole('tab', { name: 'Макет карточки' }).click();
  await expect(
    page.frameLocator('#app-frame').getByRole('button', { name: 'Изменить вид карточки' }),
  ).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('lead-tab-ru.png') });
});

test('a manager sees no settings: placement.* is for portal administrators', async ({ page, portal }) => {
  const app = await openInPortal(page, portal.url, '?user=2&firstRun=1');
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Lead card tab' })).toHaveCount(0);
  await expect(app.getByText('Add a “Card layout” tab to the lead card')).toHaveCount(0);
});

test('the first run offers the tab once; the install step finishes with setInstallFinish', async ({
  page,
  portal,
}, testInfo) => {
  const app = await openInPortal(page, portal.url, '?install=1');
  const offer = app.getByRole('region', { name: 'Lead card tab' });
  await expect(offer).toContainText('Add a “Card layout” tab to the lead card');
  await page.screenshot({ path: testInfo.outputPath('first-run-offer-en.png') });
  await expect(page.locator('#fact-install')).toHaveText('finished');
  expect(
    (await harnessLog(page)).some((e) => e.text.startsWith('setInstallFinish → install_finished=Y')),
  ).toBe(true);
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toHaveCount(0);
  expect(await boundRows(portal)).toEqual([]);

  // the answer is remembered for this portal: the next first run does not ask again
  const next = await openInPortal(page, portal.url, '?firstRun=1');
  await expect(next.getByRole('region', { name: 'Fields' })).toBeVisible();
  await expect(next.getByText('Add a “Card layout” tab to the lead card')).toHaveCount(0);
});

test('accepting the first-run offer binds the tab', async ({ page, portal }) => {
  const app = await openInPortal(page, portal.url, '?firstRun=1&lang=ru');
  const offer = app.getByRole('region', { name: 'Вкладка в карточке лида' });
  await offer.getByRole('button', { name: 'Добавить вкладку' }).click();
  await expect(offer).toHaveCount(0);
  expect(await boundRows(portal)).toHaveLength(1);
});
