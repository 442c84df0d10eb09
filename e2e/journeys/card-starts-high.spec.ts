import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';

/** The top of the card's first field, in CSS pixels from the top of the page. */
async function firstFieldTop(page: Page): Promise<number> {
  const chip = page.locator('li.element').first();
  await expect(chip).toBeVisible();
  const box = await chip.boundingBox();
  if (!box) throw new Error('the first field has no box');
  return box.y;
}

test('at 1440 x 900 the first field of the card starts within 280 px, the first-run tip showing', async ({
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // a new user: the tip shows; the seeded layout carries remarks (labels renamed in the portal)
  await editor.open('?scope=C');
  await expect(page.getByRole('complementary', { name: 'Tips' })).toBeVisible();
  expect(await firstFieldTop(page)).toBeLessThanOrEqual(280);
  await page.screenshot({ path: 'test-results/card-starts-high-en.png' });

  // the remarks unfold on demand and can be hidden for this layout, for the rest of the session
  const remarks = page.getByRole('note').filter({ hasText: '2 remarks from the portal' });
  await remarks.getByText('2 remarks from the portal').click();
  await expect(remarks).toContainText('Field NAME has a label renamed in the portal');
  await remarks.getByRole('button', { name: "Hide the portal's remarks for this layout" }).click();
  await expect(remarks).toHaveCount(0);
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(page.getByText('Common layout', { exact: true })).toBeVisible();
  await expect(page.getByText('2 remarks from the portal')).toHaveCount(0);
  // another layout still shows its own
  await page.getByRole('tab', { name: 'Repeat leads' }).click();
  await expect(page.getByText('of repeat leads', { exact: false })).toBeVisible();

  await page.setViewportSize({ width: 768, height: 900 });
  await page.screenshot({ path: 'test-results/card-starts-high-768.png' });
});

test('in Russian the top of the editor stays short too', async ({ editor, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await editor.openInRussian('?scope=C');
  await expect(page.getByRole('region', { name: 'Поля' })).toBeVisible();
  expect(await firstFieldTop(page)).toBeLessThanOrEqual(300);
  await page.screenshot({ path: 'test-results/card-starts-high-ru.png' });
});
