import { expect, test } from '../fixtures';
import { ABOUT_AND_MORE } from '../layouts';

/** A stored common layout without renamed labels, so a save asks nothing first. */
const START = ABOUT_AND_MORE;

test('a failed save then a good one leaves one toast, the good one; another scope opens without it', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  await editor
    .element('More', 'Source')
    .getByRole('button', { name: /Always show/ })
    .click();
  // the portal refuses the first write
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'crm.lead.details.configuration.set',
      status: 500,
      error: 'INTERNAL_SERVER_ERROR',
      description: 'Portal busy',
    }),
  });
  const toasts = page.locator('.toasts .toast');
  await editor.save();
  await expect(toasts.filter({ hasText: 'The layout was not saved' })).toBeVisible();
  await expect(toasts).toHaveCount(1);

  await editor.save();
  await expect(toasts.filter({ hasText: 'Common layout saved.' })).toBeVisible();
  // the newer outcome replaced the older: no red toast beside the green one
  expect(await toasts.allTextContents()).toEqual([expect.stringContaining('Common layout saved.')]);
  await expect(page.locator('.toast-error')).toHaveCount(0);
  expect((await portal.rest.layout('C', 1))?.[1]?.flags['SOURCE_ID']).toBe(1);

  // another scope: the common layout's save toast does not linger over it
  await page.getByRole('radio', { name: 'Personal' }).click();
  await expect(page.getByText(/Personal layout of/)).toBeVisible();
  expect(await toasts.allTextContents()).toEqual([]);
  await page.screenshot({ path: 'test-results/one-toast-personal.png' });
});
