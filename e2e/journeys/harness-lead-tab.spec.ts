import { expect, test } from '../fixtures';

/**
 * The harness's lead card page (`/portal/app?page=lead`) shows a tab per handler an app bound to
 * `CRM_LEAD_DETAIL_TAB` and, on a click, POSTs the launch form to that handler with the placement
 * options a portal sends (`PLACEMENT_OPTIONS={"ID":"<lead id>"}`).
 */
const bindTab = (portal: {
  url: string;
  rest: { call: (m: string, p: unknown, w?: string) => Promise<unknown> };
}) =>
  portal.rest.call(
    'placement.bind',
    {
      auth: 'demo-admin-token',
      PLACEMENT: 'CRM_LEAD_DETAIL_TAB',
      HANDLER: `${portal.url}/`,
      LANG_ALL: { en: { TITLE: 'Card layout' }, ru: { TITLE: 'Макет карточки' } },
    },
    '/rest/',
  );

test('the lead card shows the bound tab and opens the app in it with the lead', async ({ page, portal }) => {
  await page.goto(`${portal.url}/portal/app?page=lead&lead=1596`);
  await expect(page.locator('#lead-general')).toContainText('No application has added a tab');

  await bindTab(portal);
  await page.reload();
  const tab = page.getByRole('tab', { name: 'Card layout' });
  await expect(tab).toBeVisible();
  await expect(page.locator('#app-frame')).toHaveCount(0);

  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  const lead = await portal.rest.call<{ TITLE: string }>('crm.lead.get', { id: 1596 });
  const app = page.frameLocator('#app-frame');
  await expect(app.getByRole('heading', { name: lead.TITLE })).toBeVisible();
  const form = page.locator('#app-form');
  await expect(form.locator('input[name=PLACEMENT]')).toHaveValue('CRM_LEAD_DETAIL_TAB');
  await expect(form.locator('input[name=PLACEMENT_OPTIONS]')).toHaveValue('{"ID":"1596"}');
  await page.screenshot({ path: test.info().outputPath('harness-lead-tab-en.png'), fullPage: true });
});

test('the tab is titled in the portal language', async ({ page, portal }) => {
  await bindTab(portal);
  await page.goto(`${portal.url}/portal/app?page=lead&lead=1596&lang=ru`);
  const tab = page.getByRole('tab', { name: 'Макет карточки' });
  await tab.click();
  await expect(
    page.frameLocator('#app-frame').getByRole('button', { name: 'Изменить вид карточки' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('harness-lead-tab-ru.png'), fullPage: true });
});
