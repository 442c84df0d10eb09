import { expect, test } from '../fixtures';
import { SafetyTools } from './safety-tools';
import { openInPortal } from '../portalFrame';

/**
 * Inside the Bitrix24 app (the emulator's portal harness embeds it with an app token), every save
 * also keeps the overwritten layout in the app's options on the portal, in the same two requests.
 */
test('in the Bitrix24 app, history is kept on the portal too, and a save is still two requests', async ({
  page,
  portal,
}) => {
  const app = await openInPortal(page, portal.url);
  await expect(app.getByRole('region', { name: 'Fields' })).toBeVisible();
  const calls: string[] = [];
  page.on('request', (r) => {
    if (r.frame() !== page.mainFrame() && r.url().includes('/rest/'))
      calls.push(r.url().split('/').pop() ?? '');
  });

  for (const title of ['First', 'Second']) {
    await app.getByRole('button', { name: 'Add section' }).click();
    await app.getByRole('textbox', { name: 'Section title' }).fill(title);
    await app.getByRole('textbox', { name: 'Section title' }).press('Enter');
    await app.getByRole('button', { name: 'Save', exact: true }).click();
    // the seeded layout was saved by the portal UI with renamed labels: the editor warns first
    const renamed = app.getByRole('dialog', { name: 'The portal will drop renamed labels' });
    if (title === 'First') await renamed.getByRole('button', { name: 'Save anyway' }).click();
    await expect(app.getByText('All changes saved', { exact: true })).toBeVisible();
  }
  expect(calls).toEqual(['batch.json', 'batch.json', 'batch.json', 'batch.json']);

  // the portal's copy, read as the app would
  const token = await page.evaluate(
    () => (window as unknown as { portalHarness: { token: string } }).portalHarness.token,
  );
  const reply = await fetch(`${portal.url}/rest/app.option.get.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ auth: token, option: 'history_C_simple' }).toString(),
  });
  const kept = JSON.parse(((await reply.json()) as { result: string }).result) as { sections: unknown[] }[];
  expect(kept).toHaveLength(2);

  await app.getByRole('group', { name: 'Layout tools' }).getByRole('button', { name: 'History' }).click();
  const dialog = app.getByRole('dialog', { name: 'Layout history' });
  await expect(dialog).toContainText('Kept in this browser and in the app’s storage on the portal');
  const versions = dialog.getByRole('list', { name: 'Versions' }).getByRole('button');
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('browser');
  await expect(versions.first()).toContainText('portal');
  await new SafetyTools(page).shot('history-in-app', page);
});
