import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ConnectPage } from '../pages/ConnectPage';
import { EditorPage } from '../pages/EditorPage';

/** The manager's webhook: its secret must never be readable on the screen. */
const SECRET = 'demouser';
const HOOK = `/rest/2/${SECRET}/`;

async function inject(baseUrl: string, spec: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${baseUrl}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(res.status).toBe(200);
}

/** What a person can read on the page, the banner and the toasts included. */
async function screenText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}

test('an error answer that quotes the request URL shows the webhook secret masked, in the banner and the toast', async ({
  page,
  portal,
}) => {
  const consoleTexts: string[] = [];
  page.on('console', (m) => consoleTexts.push(m.text()));
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await connect.connect(`${portal.url}${HOOK}`);
  const host = new URL(portal.url).host;
  await expect(connect.connectionLabel).toHaveText(`${host} · Demo Manager`);
  const editor = new EditorPage(page, portal.url);
  await expect(editor.palette).toBeVisible();

  // a proxy's 500 whose text quotes the URL the app called: the save is refused
  await editor.addSection('Quoted');
  await inject(portal.url, { method: 'crm.lead.details.configuration.set', quoteUrl: 'plain' });
  await editor.save();
  // the manager's personal layout starts from the common one, whose labels were renamed in the portal
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  const refused = page.getByRole('alert').filter({ hasText: 'Upstream request failed' }).first();
  await expect(refused).toBeVisible();
  await expect(refused).toContainText(`${host}/rest/2/de…er/crm.lead.details.configuration.set.json`);
  expect(await screenText(page)).not.toContain(SECRET);

  // a 401 text quoting the URL percent-encoded, shown in a toast
  await inject(portal.url, {
    method: 'crm.lead.details.configuration.reset',
    status: 401,
    error: 'INVALID_CREDENTIALS',
    description: 'Invalid request credentials for',
    quoteUrl: 'encoded',
  });
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset layout' }).click();
  const toast = page.getByRole('status').filter({ hasText: 'Invalid request credentials for' }).first();
  await expect(toast).toBeVisible();
  await expect(toast).toContainText('de…er');
  expect(await screenText(page)).not.toContain(SECRET);

  // the editor cannot even load: the banner quotes the portal, the secret masked
  await inject(portal.url, { method: 'batch', count: 4, quoteUrl: 'plain' });
  await page.reload();
  const banner = page.getByRole('alert').filter({ hasText: 'Upstream request failed' }).first();
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('/rest/2/de…er/batch.json');
  expect(await screenText(page)).not.toContain(SECRET);
  expect(page.url()).not.toContain(SECRET);
  expect(consoleTexts.filter((t) => t.includes(SECRET))).toEqual([]);
});
