import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

// one screen per test: an axe scan of the whole card is heavy, and three in one test ran past the
// test's time on a loaded machine
test('the editor has no serious accessibility findings', async ({ editor, page }) => {
  await editor.open('?scope=C');
  expect(await seriousFindings(page)).toEqual([]);
});

test('a confirmation dialog has no serious accessibility findings and gives the focus back', async ({
  editor,
  page,
}) => {
  await editor.open('?scope=C');
  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // focus returns to what opened the dialog
  await expect(page.getByRole('button', { name: 'Reset to portal default' })).toBeFocused();
});

test('the preview beside the card has no serious accessibility findings', async ({ editor, page }) => {
  await editor.open('?scope=C');
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview', exact: true })).toBeVisible();
  expect(await seriousFindings(page, 'section.preview')).toEqual([]);
});

test('a narrow window (a portal side panel, 768 px) keeps every control reachable', async ({
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await editor.open('?scope=C');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousFindings(page)).toEqual([]);
});

test('at 768 px, in Russian, the preview and the check open above the card and nothing spills sideways', async ({
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 768, height: 900 });
  await editor.openInRussian('?scope=C');
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const spilling = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.chip')]
        .filter((chip) => chip.scrollWidth > chip.clientWidth + 1)
        .map((chip) => chip.getAttribute('aria-label') ?? chip.textContent?.slice(0, 30)),
    );
  await page.getByRole('button', { name: 'Предпросмотр', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Предпросмотр', exact: true });
  await expect(preview.locator('.pv-card').first()).toBeVisible();
  await expect(preview).toBeInViewport();
  expect(await overflow()).toBeLessThanOrEqual(0);
  expect(await spilling()).toEqual([]);
  expect(await seriousFindings(page)).toEqual([]);

  await page.getByRole('button', { name: /^Проверка/ }).click();
  await expect(page.getByRole('complementary', { name: /Проверка/ })).toBeInViewport();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

// One screen a test: each axe scan of the full card takes seconds on a busy machine.
test('the check panel has no serious findings', async ({ editor, page }) => {
  await editor.open('?scope=C');
  await page.getByRole('button', { name: /^Check \(/ }).click();
  await expect(page.getByRole('complementary', { name: /check/i })).toBeVisible();
  expect(await seriousFindings(page, '.lint-panel')).toEqual([]);
});

test('the draft banner has no serious findings', async ({ editor, page }) => {
  await editor.open('?scope=C');
  // an unsaved change, then a reload: the draft banner offers it back
  await editor.element('About the lead', 'Salutation').getByRole('button', { name: 'Always show' }).click();
  // the draft is written shortly after the last change
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('lcs:draft:'))))
    .toBe(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();
  expect(await seriousFindings(page, '.draft-banner')).toEqual([]);
});

test('the preview side by side, with a difference marked, has no serious findings', async ({
  editor,
  page,
}) => {
  await editor.open('?scope=C');
  await editor.element('About the lead', 'Salutation').getByRole('button', { name: 'Always show' }).click();
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.sideBySide.click();
  expect(await seriousFindings(page, 'section.preview')).toEqual([]);
});

test('the preview in edit mode and full screen has no serious findings', async ({ editor, page }) => {
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.mode('Edit');
  expect(await seriousFindings(page, 'section.preview')).toEqual([]);
  await preview.region.getByRole('button', { name: 'Full screen' }).click();
  expect(await seriousFindings(page, 'section.preview')).toEqual([]);
});

test('in Russian, the editor with its check panel and the preview have no serious findings', async ({
  editor,
  page,
}) => {
  await editor.openInRussian('?scope=C');
  await expect(page.getByRole('region', { name: 'Поля', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /^Проверка/ }).click();
  await page.getByRole('button', { name: 'Предпросмотр', exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Предпросмотр', exact: true }).locator('.pv-card').first(),
  ).toBeVisible();
  expect(await seriousFindings(page, 'section.preview, .lint-panel')).toEqual([]);
});
