import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { ConnectPage } from '../pages/ConnectPage';
import { PreviewPage } from '../pages/PreviewPage';

/**
 * The README's pictures, from the built app on the emulator so they show the product as it is now.
 * Each waits for a finished screen (no skeleton, no error) before the shot. `npm run screenshots`
 * writes them into `docs/screenshots`; inside `npm test` they go to the ignored output folder, so a
 * test run never changes tracked files.
 */
const SHOTS = process.env.SCREENSHOTS_DIR ?? 'test-results/readme-screenshots';

async function shoot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.skeleton, [aria-busy="true"]')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled', caret: 'hide' });
}

const hideTips = (page: Page) =>
  page.addInitScript(() =>
    localStorage.setItem(
      'lcs:tips-seen',
      JSON.stringify([
        'help.tips.drag',
        'help.tips.alwaysShow',
        'help.tips.scopes',
        'help.tips.preview',
        'help.tips.keys',
      ]),
    ),
  );

test('screenshot: the editor, with its first tip', async ({ editor, page }) => {
  await editor.open('?scope=C');
  await expect(page.getByRole('complementary', { name: 'Tips' })).toBeVisible();
  await shoot(page, 'editor');
});

test('screenshot: the editor in Russian', async ({ editor, page }) => {
  await hideTips(page);
  await editor.openInRussian('?scope=C');
  await expect(page.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  await shoot(page, 'editor-ru');
});

test('screenshot: the saved card and the draft side by side', async ({ editor, page }) => {
  await hideTips(page);
  await editor.open('?scope=C');
  await editor
    .element('About the lead', 'Salutation')
    .getByRole('button', { name: 'Remove Salutation' })
    .click();
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.sideBySide.click();
  await expect(preview.section('About the lead', 'Draft')).toBeVisible();
  await shoot(page, 'preview-side-by-side');
});

test('screenshot: the keyboard shortcuts sheet', async ({ editor, page }) => {
  await hideTips(page);
  await editor.open('?scope=C');
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shoot(page, 'shortcuts');
});

test('screenshot: a portal side panel, 768 px wide', async ({ editor, page }) => {
  await hideTips(page);
  await page.setViewportSize({ width: 768, height: 1000 });
  await editor.open('?scope=P');
  await shoot(page, 'narrow');
});

test('screenshot: the webhook connection screen', async ({ portal, page }) => {
  await hideTips(page);
  const connect = new ConnectPage(page, portal.url);
  await connect.open();
  await shoot(page, 'connect');
});
