import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPortalServer } from '../../emulator/http';
import { HOSTILE } from '../../emulator/seed/hostile';
import { EditorPage } from '../pages/EditorPage';
import { PreviewPage } from '../pages/PreviewPage';
import { openInPortal } from '../portalFrame';
import { PortalRest } from '../portalRest';

/**
 * A portal holding hostile data (the emulator's hostile seed, issue 20): a lead whose `COMMENTS`
 * has numeric references no browser can turn into a character, a stage whose `COLOR` carries
 * `url(https://example.invalid/…)`, a user whose name opens a right-to-left override and never
 * closes it, a long URL without a break point. The app must draw all of it, in the editor and in
 * the portal's lead tab, fetch nothing from outside, keep its own words in order, and keep a
 * toast quoting the URL inside its box.
 */

interface HostilePortal {
  readonly url: string;
  readonly rest: PortalRest;
  readonly leadId: number;
}

const test = base.extend<{ hostile: HostilePortal }>({
  hostile: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lcs-hostile-portal-'));
    const server = createPortalServer({
      dataDir,
      reset: true,
      rateLimit: false,
      log: false,
      staticDir: 'dist',
      seed: { hostile: true },
    });
    const url = await server.listen(0, '127.0.0.1');
    const rest = new PortalRest(url);
    const [newest] = await rest.call<{ ID: string }[]>('crm.lead.list', {
      order: { ID: 'DESC' },
      select: ['ID'],
    });
    await use({ url, rest, leadId: Number(newest?.ID) });
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

interface Watch {
  readonly outside: string[];
  readonly errors: string[];
}

/** Every request that leaves the emulator's origin, and every uncaught page error. */
function watch(page: Page, origin: string): Watch {
  const w: Watch = { outside: [], errors: [] };
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) w.outside.push(url);
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  return w;
}

/** The app, or a region of it, drew something and no error boundary had to step in. */
async function expectDrawn(root: Locator): Promise<void> {
  await expect(root.locator('.boundary-fallback')).toHaveCount(0);
  expect((await root.innerText()).trim().length).toBeGreaterThan(100);
}

/** Left edges of the first and last character of the text right after `el`: in order when first < last. */
function textAfterRuns(el: Locator): Promise<{ text: string; first: number; last: number }> {
  return el.evaluate((node) => {
    const next = node.nextSibling;
    if (!next || next.nodeType !== Node.TEXT_NODE) throw new Error('no text after the element');
    const text = next.textContent ?? '';
    // the first word: short enough to sit on one line
    const end = Math.max(2, text.trimStart().indexOf(' ', 1) + (text.length - text.trimStart().length));
    const edge = (offset: number) => {
      const range = document.createRange();
      range.setStart(next, offset);
      range.setEnd(next, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const start = text.length - text.trimStart().length;
    return { text: text.slice(start, end), first: edge(start), last: edge(end - 1) };
  });
}

test('a hostile portal: the preview and the lead tab draw, nothing is fetched from outside, the words stay in order, the toast in its box', async ({
  page,
  hostile,
}) => {
  const w = watch(page, hostile.url);
  const editor = new EditorPage(page, hostile.url);
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();

  // the newest lead is the hostile one: its comment shows U+FFFD where the entities cannot be characters
  await expect(preview.picker).toContainText(`#${hostile.leadId}`);
  const comment = preview.region.getByRole('group', { name: 'Comment' });
  await expect(comment).toContainText('Call back \uFFFD on \uFFFD or \uFFFD \uFFFD please');
  await expect(preview.region.getByText(HOSTILE.longUrl).first()).toBeVisible();
  // the stage bar falls back to the app's colour: no url() in any style
  const stage = preview.region.getByRole('listitem').filter({ hasText: HOSTILE.stageName });
  await expect(stage).toHaveAttribute('aria-current', 'step');
  expect(await stage.evaluate((li) => getComputedStyle(li).backgroundImage)).toBe('none');
  expect(await stage.evaluate((li) => li.style.background)).not.toContain('url');
  await expectDrawn(page.locator('#root'));
  await page.screenshot({ path: 'test-results/hostile-preview-en.png' });

  // the user with the unclosed override: the banner's own words keep their order
  await page.getByRole('radio', { name: 'Personal' }).click();
  await page.getByLabel('Search users').fill('Rahel');
  const users = page.getByRole('combobox', { name: 'User', exact: true });
  await expect(users.locator('option', { hasText: 'Rahel' })).toHaveCount(1);
  await users.selectOption(String(HOSTILE.userId));
  const banner = page.locator('.banner-info strong').filter({ hasText: 'Personal layout of' });
  await expect(banner.locator('bdi')).toHaveText(`${HOSTILE.userName} ${HOSTILE.userLastName}`);
  expect(await banner.locator('bdi').evaluate((b) => getComputedStyle(b).unicodeBidi)).toBe('isolate');
  const after = await textAfterRuns(banner);
  expect(after.text).toBe('for');
  expect(after.first).toBeLessThan(after.last);
  // the user option: the position after the name stays readable
  const option = users.locator('option', { hasText: 'Rahel' });
  expect(await option.textContent()).toBe(
    `\u2068${HOSTILE.userName} ${HOSTILE.userLastName}\u2069 — Account executive`,
  );
  await page.screenshot({ path: 'test-results/hostile-banner-en.png' });
  await page.getByRole('radio', { name: 'Common' }).click();

  // a toast quoting a long URL without a break point wraps inside its box
  await fetch(`${hostile.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.reset',
      status: 400,
      error: '',
      description: HOSTILE.longUrl,
    }),
  });
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset layout' }).click();
  const toast = page.locator('.toast').filter({ hasText: 'veryLongPathSegment' });
  await expect(toast).toBeVisible();
  const box = await toast.boundingBox();
  const text = await toast.locator('span').first().boundingBox();
  const viewport = page.viewportSize();
  if (!box || !text || !viewport) throw new Error('the toast has no box');
  expect(text.x + text.width).toBeLessThanOrEqual(box.x + box.width);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.width).toBeLessThanOrEqual(440);
  await page.screenshot({ path: 'test-results/hostile-toast-en.png' });

  // in Russian the hostile card draws as well
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  // the reset closed the preview
  await page.getByRole('button', { name: 'Предпросмотр', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Предпросмотр', exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Комментарий' })).toContainText('\uFFFD');
  await expectDrawn(page.locator('#root'));
  await page.screenshot({ path: 'test-results/hostile-preview-ru.png' });

  // the lead's own tab inside the portal draws on every open: in Russian (the language chosen
  // above is remembered on this device), then in English once that choice is forgotten
  const tabs = [
    { lang: 'ru', edit: 'Изменить вид карточки' },
    { lang: 'en', edit: 'Edit the layout' },
  ] as const;
  for (const { lang, edit } of tabs) {
    if (lang === 'en') await page.evaluate(() => localStorage.clear());
    const app = await openInPortal(
      page,
      hostile.url,
      `?placement=CRM_LEAD_DETAIL_TAB&lead=${hostile.leadId}&lang=${lang}`,
    );
    await expect(app.getByRole('button', { name: edit })).toBeVisible();
    await expect(app.getByText(HOSTILE.leadTitle, { exact: true }).first()).toBeVisible();
    await expect(app.locator('.pv-card').first()).toContainText('\uFFFD');
    await expectDrawn(app.locator('#root'));
    await page.screenshot({ path: `test-results/hostile-lead-tab-${lang}.png` });
  }

  expect(w.outside).toEqual([]);
  expect(w.errors).toEqual([]);
});
