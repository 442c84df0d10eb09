import { expect } from '../fixtures';
import { withUserFields } from '../seededPortal';

// 300 user fields in 10 sections of 30 below Main: a card many screens long
const test = withUserFields(300);
const code = (i: number) => `UF_CRM_X${String(i).padStart(4, '0')}`;
const LONG = [
  { type: 'section', name: 'main', title: 'Main', elements: [{ name: 'TITLE' }, { name: 'NAME' }] },
  ...Array.from({ length: 10 }, (_, s) => ({
    type: 'section',
    name: `part${s + 1}`,
    title: `Part ${s + 1}`,
    elements: Array.from({ length: 30 }, (_, i) => ({ name: code(s * 30 + i + 1) })),
  })),
];

test('a field far down a long card has its buttons once scrolled to or reached with Tab, and they act on it', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, LONG);
  await editor.open();
  const row = (c: string) => page.locator(`li[data-testid="element:${c}"]`);
  await expect(page.locator('li.element')).toHaveCount(302);

  // scrolled to, the last section's first field can be set to "Always show"
  const far = row(code(271));
  await far.scrollIntoViewIfNeeded();
  const label = (await far.getAttribute('aria-label')) ?? '';
  const toggle = far.getByRole('button', { name: `Always show: ${label}`, exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.screenshot({ path: test.info().outputPath('long-card-en.png') });

  // from the top again, Tab from a far field's handle reaches that field's own buttons next
  await page.evaluate(() => window.scrollTo(0, 0));
  const other = row(code(241));
  const handle = other.locator('.drag-handle');
  await handle.focus();
  await page.keyboard.press('Tab');
  const otherLabel = (await other.getAttribute('aria-label')) ?? '';
  await expect(other.getByRole('button', { name: `Change field ${otherLabel}` })).toBeFocused();

  // and saving stores the one change
  await editor.save();
  await expect
    .poll(async () => (await portal.rest.layout('C', 1))?.find((s) => s.name === 'part10')?.flags[code(271)])
    .toBe(1);
});
