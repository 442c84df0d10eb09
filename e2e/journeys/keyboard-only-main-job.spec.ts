import { focusIsVisible, pickUp, stepAndHear, tabTo } from '../keyboard';
import { expect, test } from '../fixtures';
import { MAIN_AND_EXTRA } from '../layouts';

const START = MAIN_AND_EXTRA;

// Locators below only say where the focus should be; every action is a key press.
test('a keyboard-only admin saves a personal layout for another user', async ({ portal, editor, page }) => {
  // some 300 key presses, each followed by a look at the focus: on a busy machine that alone can
  // take most of the default limit
  test.slow();
  await portal.rest.setLayout('C', 1, START);
  await portal.rest.setLayout('P', 1, START, 2);
  await page.goto(`${portal.url}/`);
  await expect(editor.palette).toBeVisible();

  // the lead type tabs answer to the arrow keys
  const simple = page.getByRole('tab', { name: /Simple leads/ });
  await tabTo(page, simple);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: /Repeat leads/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(simple).toHaveAttribute('aria-selected', 'true');
  await expect(simple).toBeFocused();

  // personal layout, then Demo Manager from the user list
  // a radio group is one Tab stop: the arrows choose within it
  await tabTo(page, page.getByRole('radio', { name: 'Common' }));
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowRight');
  const personal = page.getByRole('radio', { name: 'Personal' });
  await expect(personal).toBeFocused();
  await expect(personal).toHaveAttribute('aria-checked', 'true');
  const search = page.getByRole('searchbox', { name: 'Search users' });
  await tabTo(page, search);
  await page.keyboard.type('Manager');
  const users = page.getByRole('combobox', { name: 'User', exact: true });
  await expect(users.getByRole('option', { name: /Demo Manager/ })).toHaveCount(1);
  await tabTo(page, users);
  await page.keyboard.press('ArrowDown');
  await expect(users).toHaveValue('2');
  await expect.poll(() => editor.fieldsOf('Main')).toEqual(['Lead name', 'Stage', 'Name']);

  // `/` jumps to the field search; the found field goes onto the card with the arrow keys
  await page.keyboard.press('Escape');
  await tabTo(page, editor.section('Main').getByRole('button', { name: 'Move Lead name', exact: true }));
  await page.keyboard.press('/');
  await expect(editor.palette.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('Position');
  const handle = editor.palette.getByRole('button', { name: 'Drag Position onto the card' });
  await tabTo(page, handle);
  expect(await focusIsVisible(page)).toBe(true);
  await pickUp(page, editor.announcer);
  // the arrows step through drop places from where the field is; up leads back to Main
  for (let i = 0; i < 15 && !/over section Main/.test(await editor.announcer.innerText()); i++) {
    await stepAndHear(page, editor.announcer, 'ArrowUp');
  }
  await expect(editor.announcer).toContainText('Position is over section Main');
  await page.keyboard.press('Space');
  await expect(editor.announcer).toContainText('Position was dropped on section Main');
  await expect.poll(() => editor.fieldsOf('Main')).toContain('Position');

  // "Always show" for the new field
  const alwaysShow = editor.element('Main', 'Position').getByRole('button', { name: 'Always show' });
  await tabTo(page, alwaysShow);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect(alwaysShow).toHaveAttribute('aria-pressed', 'true');

  // back up to Save
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await tabTo(page, save, { back: true, max: 200 });
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Personal layout saved.', { exact: true })).toBeVisible();

  const stored = await portal.rest.layout('P', 1, 2);
  expect(stored?.[0]?.fields).toContain('POST');
  expect(stored?.[0]?.flags['POST']).toBe(1);
  // the admin's own and the common layout are untouched
  expect(await portal.rest.layout('P', 1, 1)).toBeUndefined();
  expect((await portal.rest.layout('C', 1))?.[0]?.fields).toEqual(['TITLE', 'STATUS_ID', 'NAME']);
});

test('every Tab stop on the editor and the preview shows where the focus is', async ({ editor, page }) => {
  test.slow(); // 150 Tab stops, each measured
  await editor.open('?scope=C');
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview', exact: true })).toBeVisible();
  await page.locator('body').focus();
  const unseen = new Set<string>();
  const seen = new Set<string>();
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press('Tab');
    const what = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement)) return '';
      return `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? ''}"`;
    });
    seen.add(what);
    if (!(await focusIsVisible(page))) unseen.add(what);
  }
  expect(seen.size).toBeGreaterThan(40);
  expect([...unseen]).toEqual([]);
});
