import { expect, test } from '../fixtures';

test('the editor opens with one request to the portal, a batch', async ({ editor, page }) => {
  const calls: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/rest/')) calls.push(path.split('/').pop() ?? '');
  });
  await editor.open();
  await expect(editor.section('About the lead')).toBeVisible();
  // the lead type tabs switch without asking the portal again
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await expect(page.getByText('No saved layout: showing the portal default')).toBeVisible();
  expect(calls).toEqual(['batch.json']);
});

test('a failed opening says what happened and can be retried', async ({ editor, portal, page }) => {
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      method: 'batch',
      count: 1,
      status: 403,
      error: 'ACCESS_DENIED',
      description: 'REST is available only on commercial plans.',
    }),
  });
  await page.goto(portal.url);
  await expect(page.getByRole('alert')).toContainText(
    'ACCESS_DENIED: REST is available only on commercial plans.',
  );
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(editor.palette).toBeVisible();
});

test('a slow portal can be left waiting: nothing is held, and trying again opens the editor', async ({
  editor,
  portal,
  page,
}) => {
  await fetch(`${portal.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ method: 'batch', count: 1, delayMs: 60_000 }),
  });
  await page.goto(portal.url);
  await expect(page.getByLabel('Loading the card')).toBeVisible();
  await expect(page.getByText('The portal is taking long to answer.')).toBeVisible();
  await page.getByRole('button', { name: 'Stop waiting' }).click();
  await expect(page.getByRole('alert')).toContainText('Stopped waiting for the portal');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(editor.palette).toBeVisible();
});
