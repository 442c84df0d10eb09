import { expect, test } from '../fixtures';
import { SafetyTools } from './safety-tools';

test('a personal layout with nothing stored starts from the common layout the user sees today, and says so', async ({
  editor,
  portal,
  page,
}) => {
  // user 4 has no personal layout; the seeded portal has a common layout for simple leads
  await editor.open('?scope=P&user=4');
  await expect(page.getByRole('note').filter({ hasText: 'has no personal layout' })).toContainText(
    'this starts from the common layout, which their card shows today',
  );
  await expect(editor.section('Qualification')).toBeVisible();
  await expect(editor.section('About the lead')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('personal-from-common.png') });

  // who sees what says the same
  const tools = new SafetyTools(page);
  await tools.tool('Who sees what').click();
  const who = tools.dialog('Who sees what');
  await expect(who.getByRole('list', { name: 'Layouts that apply' })).toContainText(
    'has no personal layout: they see the common layout. A personal layout for them starts from the common layout.',
  );
  await who.getByRole('button', { name: 'Close' }).click();

  // repeat leads: no common layout either, so the portal default
  await page.getByRole('tab', { name: /Repeat leads/ }).click();
  await expect(page.getByRole('note').filter({ hasText: 'has no personal layout' })).toContainText(
    'no common layout is stored: this starts from the portal default',
  );
  await page.getByRole('tab', { name: /Simple leads/ }).click();

  // saving stores the layout the user sees as their own, one field changed
  await editor
    .element('Qualification', 'Lead score')
    .getByRole('button', { name: 'Remove Lead score from the card' })
    .click();
  await editor.save();
  const renamed = page.getByRole('dialog', { name: 'The portal will drop renamed labels' });
  await renamed.getByRole('button', { name: 'Save anyway' }).click();
  await expect(page.getByText('Personal layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('P', 1, 4);
  expect(stored?.map((s) => s.name)).toEqual(['main', 'qualification', 'additional', 'products']);
  expect(stored?.[1]?.fields).not.toContain('UF_CRM_1712345678');
  expect(stored?.[1]?.fields).toContain('UF_CRM_BUDGET_BAND');
});
