import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';
import { openInPortal } from '../portalFrame';

/** The app as a Bitrix24 portal embeds it (the emulator's harness at /portal/app), judged inside its frame. */
test('inside the portal, in Russian, the editor and the lead tab have no serious findings', async ({
  page,
  portal,
}) => {
  const app = await openInPortal(page, portal.url, '?lang=ru');
  await expect(app.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  expect(await seriousFindings(page, '#app-frame')).toEqual([]);

  const tab = await openInPortal(page, portal.url, '?placement=CRM_LEAD_DETAIL_TAB&lead=1596');
  await expect(tab.getByRole('button', { name: 'Edit the layout' })).toBeVisible();
  await expect(tab.locator('.pv-card').first()).toBeVisible();
  expect(await seriousFindings(page, '#app-frame')).toEqual([]);
});
