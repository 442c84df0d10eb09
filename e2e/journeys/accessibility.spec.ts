import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';

test('the editor, its dialogs and the preview have no serious accessibility findings', async ({
  editor,
  page,
}) => {
  await editor.open('?scope=C');
  expect(await seriousFindings(page)).toEqual([]);

  await page.getByRole('button', { name: 'Reset to portal default' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // focus returns to what opened the dialog
  await expect(page.getByRole('button', { name: 'Reset to portal default' })).toBeFocused();

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview', exact: true })).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
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
