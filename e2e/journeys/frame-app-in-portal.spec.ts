import type { FrameLocator, Page, Request } from '@playwright/test';
import { openInPortal } from '../portalFrame';
import { expect, test } from '../fixtures';

/**
 * The app inside the emulator's portal harness (`/portal/app`), which embeds it exactly as a
 * Bitrix24 portal does: a frame named `DOMAIN|PROTOCOL|APP_SID`, a POSTed launch form, and the
 * portal's side of the postMessage protocol with tokens the emulator issues.
 */
interface HarnessEntry {
  readonly kind: string;
  readonly text: string;
}

const harnessLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { portalHarness: { log: HarnessEntry[] } }).portalHarness.log);

const harnessToken = (page: Page) =>
  page.evaluate(() => (window as unknown as { portalHarness: { token: string } }).portalHarness.token);

/** REST calls the app (not the harness page) makes, with the token each carried. */
function recordAppCalls(page: Page) {
  const calls: { url: string; auth: string | null; request: Request }[] = [];
  page.on('request', (request) => {
    if (request.frame() === page.mainFrame() || !request.url().includes('/rest/')) return;
    const auth = new URLSearchParams(request.postData() ?? '').get('auth');
    calls.push({ url: request.url(), auth, request });
  });
  return calls;
}

async function addSectionAndSave(app: FrameLocator, title: string): Promise<void> {
  await app.getByRole('button', { name: 'Add section' }).click();
  await app.getByRole('textbox', { name: 'Section title' }).fill(title);
  await app.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  // the seeded layout was saved by the portal UI with renamed labels: the editor warns first
  await app
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(app.getByText('Common layout saved.')).toBeVisible();
}

test('inside the portal the app starts from the frame and saves a layout with the portal token', async ({
  page,
  portal,
}) => {
  const calls = recordAppCalls(page);
  const app = await openInPortal(page, portal.url);
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  await expect(app.getByTestId('connection-label')).toHaveText(`Bitrix24 · ${new URL(portal.url).host}`);
  // DEFAULT placement: the editor names the portal page
  await expect(page.locator('#page-title')).toHaveText('CRM card layouts');
  // an admin (IS_ADMIN, profile.ADMIN) opens on the common layout
  await expect(app.getByText('Common layout', { exact: true })).toBeVisible();

  await addSectionAndSave(app, 'From the portal');
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.map((s) => s.title)).toContain('From the portal');

  const token = await harnessToken(page);
  expect(calls.length).toBeGreaterThan(1);
  for (const call of calls) {
    // PROTOCOL://DOMAIN/rest/{method} with the token in the body: no webhook, nothing in the URL
    expect(call.url).toMatch(new RegExp(`^${portal.url}/rest/[a-z.]+\\.json$`));
    expect(call.auth).toBe(token);
  }
  const log = await harnessLog(page);
  expect(log.filter((e) => e.text.startsWith('getInitData →'))).toHaveLength(1);
});

test('an expired token is refreshed through the portal and the call repeated once', async ({
  page,
  portal,
}) => {
  const calls = recordAppCalls(page);
  const app = await openInPortal(page, portal.url, '?ttl=3');
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  const first = await harnessToken(page);
  await expect(page.locator('#fact-token')).toHaveAttribute('data-state', 'expired', { timeout: 8_000 });
  const before = calls.length;

  await addSectionAndSave(app, 'After the refresh');
  expect((await portal.rest.layout('C', 1))?.map((s) => s.title)).toContain('After the refresh');

  const refreshed = await harnessToken(page);
  expect(refreshed).not.toBe(first);
  const saveCalls = calls.slice(before);
  const statuses = await Promise.all(saveCalls.map(async (c) => (await c.request.response())?.status()));
  // the first call after the expiry is refused, the same call is repeated with the new token
  expect(saveCalls[0]?.auth).toBe(first);
  expect(statuses[0]).toBe(401);
  expect(saveCalls[1]?.url).toBe(saveCalls[0]?.url);
  expect(saveCalls[1]?.auth).toBe(refreshed);
  expect(statuses[1]).toBe(200);
  expect(saveCalls.slice(1).every((c) => c.auth === refreshed)).toBe(true);
  const log = await harnessLog(page);
  expect(log.filter((e) => e.text.startsWith('refreshAuth →'))).toHaveLength(1);
  await expect(page.locator('#fact-refreshes')).toHaveText('1');
});

test('the frame grows with the content (resizeWindow)', async ({ page, portal }) => {
  const app = await openInPortal(page, portal.url);
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  const layout = page.locator('#app-layout');
  const contentHeight = () => app.locator('body').evaluate((b) => b.scrollHeight);
  const frameHeight = async () => Number(await layout.getAttribute('data-height'));
  // the harness starts the frame at 600 px; the editor is taller and the frame follows it
  await expect.poll(frameHeight).toBeGreaterThan(1000);
  await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
  expect((await layout.boundingBox())?.height).toBeCloseTo(await frameHeight(), 0);

  const tall = await frameHeight();
  await app.getByRole('button', { name: 'Add section' }).click();
  await app.getByRole('textbox', { name: 'Section title' }).fill('One more');
  await app.getByRole('textbox', { name: 'Section title' }).press('Enter');
  await expect.poll(frameHeight).toBeGreaterThan(tall);
  await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThan(3);
  await expect(page.locator('#fact-size')).toContainText(`× ${await frameHeight()} px`);
});

test("the app takes the portal's language from LANG", async ({ page, portal }) => {
  const app = await openInPortal(page, portal.url, '?lang=ru');
  // a Russian portal gets the Russian interface (issue 9)
  await expect(app.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(app.locator('html')).toHaveAttribute('data-portal-lang', 'ru');

  const de = await openInPortal(page, portal.url, '?lang=de');
  await expect(de.getByRole('region', { name: 'Fields' })).toBeVisible();
  // a language the interface does not speak: English, with the portal's wish recorded
  await expect(de.locator('html')).toHaveAttribute('lang', 'en');
  await expect(de.locator('html')).toHaveAttribute('data-portal-lang', 'de');
});

test("on a lead's detail tab the app opens the preview of that lead", async ({ page, portal }) => {
  const app = await openInPortal(page, portal.url, '?placement=CRM_LEAD_DETAIL_TAB&lead=1596');
  const lead = await portal.rest.call<{ TITLE: string }>('crm.lead.get', { id: 1596 });
  await expect(page.locator('#lead-title')).toContainText(lead.TITLE);
  await expect(app.getByText('as its card shows it with the common layout of simple leads')).toBeVisible();
  await expect(app.getByRole('heading', { name: lead.TITLE })).toBeVisible();
  await expect(app.getByText(`${lead.TITLE} (#1596)`).first()).toBeVisible();
  // setTitle is denied outside DEFAULT: the app does not ask
  const log = await harnessLog(page);
  expect(log.some((e) => e.text.includes('setTitle'))).toBe(false);
  await expect(page.locator('#page-title')).toHaveText('Leads');

  await app.getByRole('button', { name: 'Edit the layout' }).click();
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  await app.getByRole('button', { name: 'Back to the lead' }).click();
  await expect(app.getByRole('heading', { name: lead.TITLE })).toBeVisible();
});

test('the app ignores replies from another origin and for another APP_SID', async ({ page, portal }) => {
  const calls = recordAppCalls(page);
  // the harness sends two forged answers to getInitData before the real one: from
  // http://localhost (another origin) and for another APP_SID; both carry a forged token, a lead
  // tab placement and LANG=de
  const app = await openInPortal(page, portal.url, '?forge=1');
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  await expect(app.locator('html')).not.toHaveAttribute('data-portal-lang', 'de');
  await expect(app.getByRole('button', { name: 'Edit the layout' })).toHaveCount(0);
  const token = await harnessToken(page);
  expect(calls.length).toBeGreaterThan(0);
  expect(calls.every((c) => c.auth === token)).toBe(true);

  const log = await harnessLog(page);
  expect(log.filter((e) => e.kind === 'forged')).toHaveLength(2);
  // and the portal side ignores the other origin's command in the app's name
  expect(log.some((e) => e.kind === 'ignored' && e.text.includes('http://localhost:'))).toBe(true);
  await expect(page.locator('#page-title')).toHaveText('CRM card layouts');
});

test('the app works from another origin than the portal (REST over CORS)', async ({ page, portal }) => {
  const calls = recordAppCalls(page);
  const app = await openInPortal(page, portal.url, '?crossOrigin=1');
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  const frame = page.frame({ url: /^http:\/\/localhost:\d+\/\?DOMAIN=/ });
  expect(frame).not.toBeNull();
  expect(calls.every((c) => c.url.startsWith(`${portal.url}/rest/`))).toBe(true);
});
