import type { Locator, Page } from '@playwright/test';
import { seriousFindings } from '../axe';
import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';
import { SafetyTools, START } from './safety-tools';

interface Case {
  readonly dialog: string | RegExp;
  /** What opens it; focus must come back here when it closes. */
  readonly opener: (page: Page) => Locator;
  /** Steps before the opener is pressed, if the dialog needs a situation. */
  readonly before?: (page: Page) => Promise<void>;
}

const tool = (name: string | RegExp) => (page: Page) => new SafetyTools(page).tool(name);
const button = (name: string) => (page: Page) => page.getByRole('button', { name, exact: true });

const CASES: readonly Case[] = [
  { dialog: 'Keyboard shortcuts', opener: button('Keyboard shortcuts') },
  { dialog: /^Reset/, opener: button('Reset to portal default') },
  { dialog: /Delete every personal layout/, opener: button("Make the common layout everyone's") },
  { dialog: /Diff|Compare/, opener: tool('Diff') },
  { dialog: /Copy/, opener: tool('Copy…') },
  { dialog: /Apply/, opener: tool('Apply to users…') },
  { dialog: /history/i, opener: tool('History') },
  { dialog: /Who sees/, opener: tool('Who sees what') },
  { dialog: /Section/, opener: button('Settings of section About the lead') },
  { dialog: /Delete/, opener: button('Delete section More') },
  { dialog: /Phone/, opener: button('Options of Phone') },
];

test.describe('every dialog has no serious accessibility findings and gives the focus back', () => {
  for (const c of CASES) {
    test(`${String(c.dialog)}`, async ({ portal, editor, page }) => {
      await portal.rest.setLayout('C', 1, START);
      await editor.open('?scope=C');
      await c.before?.(page);
      const opener = c.opener(page);
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: c.dialog });
      await expect(dialog).toBeVisible();
      // wait for what the dialog loads before judging it
      await expect(dialog.getByText(/Loading|Reading/)).toHaveCount(0);
      expect(await seriousFindings(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(opener).toBeFocused();
    });
  }
});

test('the import, conflict and unsaved-check dialogs have no serious findings', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);

  await tools.importFile({
    name: 'layout.json',
    json: [{ type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }] }],
  });
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // someone else saves meanwhile: saving here stops at the conflict dialog
  await editor.element('About the lead', 'Stage').getByRole('button', { name: 'Always show' }).click();
  await portal.rest.setLayout('C', 1, [{ ...START[0], title: 'Theirs' }, START[1]]);
  await editor.save();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
});

test('the preview dialogs have no serious findings', async ({ portal, editor, page }) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.region.getByRole('button', { name: 'Create a test lead' }).click();
  await expect(page.getByRole('dialog', { name: 'Create a test lead' })).toBeVisible();
  expect(await seriousFindings(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await preview.picker.click();
  await expect(page.getByRole('dialog', { name: 'Choose a lead' })).toBeVisible();
  await expect(page.getByText('Loading leads…')).toHaveCount(0);
  expect(await seriousFindings(page)).toEqual([]);
});
