import { expect } from '../fixtures';
import { pickUp } from '../keyboard';
import { MAIN_AND_EXTRA } from '../layouts';
import { withUserFields } from '../seededPortal';

// a portal of 300 user fields besides the standard ones: a field list far longer than its panel
const test = withUserFields(300);

test('every field of a long field list is reached by scrolling it, and a keyboard drag from far down lands on the card', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, MAIN_AND_EXTRA);
  await editor.open();
  const list = editor.palette.getByRole('list', { name: 'Available fields' });
  await expect(editor.palette.getByText(/^\d+ of \d+ fields$/)).toBeVisible();
  const total = (await editor.palette.getByText(/^\d+ of \d+ fields$/).innerText()).split(' ')[0] ?? '';
  expect(Number(total)).toBeGreaterThan(300);

  // the list's last row (a screen reader says "N of N") is there once the list is scrolled to its end
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', total);
  await expect(list.getByRole('listitem').last()).toBeVisible();
  // and the first again at the top
  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
  await expect(list.getByRole('listitem').first()).toBeVisible();

  // search finds a field from the middle of the list
  await editor.palette.getByRole('searchbox').fill('150');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await editor.palette.getByRole('searchbox').fill('');

  // a row keeps the keyboard focus while the list scrolls far away from it
  await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
  const handle = list.getByRole('button', { name: /^Drag .* 150 onto the card$/ });
  await handle.focus();
  await list.evaluate((el) => el.scrollTo({ top: 0 }));
  await expect(handle).toBeFocused();

  // and is carried onto the card with the keyboard from there
  const name = (await handle.getAttribute('aria-label'))?.replace(/^Drag (.*) onto the card$/, '$1') ?? '';
  await pickUp(page, editor.announcer);
  await expect(editor.announcer).toContainText(/Picked up|is over section/);
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText(/is over section/);
  await page.keyboard.press('Space');
  await expect(editor.announcer).toContainText('was dropped on section');
  await expect(editor.paletteItem(name)).toContainText('on card');
  await expect(page.locator('li[data-testid="element:UF_CRM_X0150"]')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('long-palette-en.png') });
});
