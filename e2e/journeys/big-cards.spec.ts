import { expect, test } from '../fixtures';
import type { EditorPage } from '../pages/EditorPage';
import { pickUp } from '../keyboard';
import { section } from '../layouts';

// a card with more sections than fit on one screen: Main holds the seven fields the journeys move
const BIG = [
  section('main', 'Main', ['TITLE', 'STATUS_ID', 'NAME', 'LAST_NAME', 'PHONE', 'EMAIL', 'COMMENTS']),
  ...Array.from({ length: 8 }, (_, i) =>
    section(`part${i + 1}`, `Part ${i + 1}`, i === 0 ? ['SOURCE_ID'] : []),
  ),
  section('extra', 'Extra', ['POST']),
];

const row = (editor: EditorPage, code: string) => editor.page.locator(`li[data-testid="element:${code}"]`);
const codesOf = (editor: EditorPage, title: string) =>
  editor
    .section(title)
    .locator('li.element')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').replace('element:', '')));
const outline = (editor: EditorPage) => editor.page.getByRole('navigation', { name: 'Outline of the card' });

test('five selected fields move together in one drag, and the portal stores them in their order', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.open();
  // Ctrl+click picks two, Shift+click extends from the last one to a third
  await row(editor, 'STATUS_ID')
    .locator('.chip-label')
    .click({ modifiers: ['Control'] });
  await row(editor, 'LAST_NAME')
    .locator('.chip-label')
    .click({ modifiers: ['Control'] });
  await row(editor, 'EMAIL')
    .locator('.chip-label')
    .click({ modifiers: ['Shift'] });
  await row(editor, 'COMMENTS')
    .locator('.chip-label')
    .click({ modifiers: ['Control'] });
  await expect(page.getByRole('status').filter({ hasText: 'fields selected' })).toHaveText(
    '5 fields selected',
  );
  await expect(row(editor, 'PHONE')).toHaveClass(/is-selected/);
  await expect(row(editor, 'NAME')).not.toHaveClass(/is-selected/);
  await page.screenshot({ path: test.info().outputPath('selection-en.png') });

  await editor.drag(editor.handleOf(row(editor, 'PHONE')), editor.element('Part 1', 'Source'), 'bottom');
  await expect(editor.announcer).toContainText('5 fields moved to section Part 1');
  await expect
    .poll(() => codesOf(editor, 'Part 1'))
    .toEqual(['SOURCE_ID', 'STATUS_ID', 'LAST_NAME', 'PHONE', 'EMAIL', 'COMMENTS']);
  expect(await codesOf(editor, 'Main')).toEqual(['TITLE', 'NAME']);

  // one step back undoes all five
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => codesOf(editor, 'Main')).toHaveLength(7);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect.poll(() => codesOf(editor, 'Main')).toEqual(['TITLE', 'NAME']);

  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.find((s) => s.name === 'main')?.fields).toEqual(['TITLE', 'NAME']);
  expect(stored?.find((s) => s.name === 'part1')?.fields).toEqual([
    'SOURCE_ID',
    'STATUS_ID',
    'LAST_NAME',
    'PHONE',
    'EMAIL',
    'COMMENTS',
  ]);
});

test('"Move to section…" with the keyboard alone moves the selection to the chosen section', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.open();
  await editor.handleOf(row(editor, 'NAME')).focus();
  await page.keyboard.press('Shift+Space');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(editor.handleOf(row(editor, 'PHONE'))).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'fields selected' })).toHaveText(
    '3 fields selected',
  );
  await page.keyboard.press('m');
  const dialog = page.getByRole('dialog', { name: 'Move 3 fields to a section' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: /^Main/ }).focus();
  // from the first section up wraps to the last, as radio buttons do
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('radio', { name: /^Extra/ })).toBeChecked();
  await page.screenshot({ path: test.info().outputPath('move-dialog-en.png') });
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Move' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('3 fields moved to Extra.')).toBeVisible();
  await expect.poll(() => codesOf(editor, 'Extra')).toEqual(['POST', 'NAME', 'LAST_NAME', 'PHONE']);
  expect(await codesOf(editor, 'Main')).toEqual(['TITLE', 'STATUS_ID', 'EMAIL', 'COMMENTS']);
  // the selection went with the move; Escape clears a new one
  await expect(row(editor, 'NAME')).not.toHaveClass(/is-selected/);
  await editor.handleOf(row(editor, 'TITLE')).focus();
  await page.keyboard.press('Shift+Space');
  await expect(row(editor, 'TITLE')).toHaveClass(/is-selected/);
  await page.keyboard.press('Escape');
  await expect(row(editor, 'TITLE')).not.toHaveClass(/is-selected/);
});

test('the outline jumps to a section, folds each and all, and remembers it for the document', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.open();
  const nav = outline(editor);
  await nav.getByRole('button', { name: 'Go to Extra, 1 field' }).click();
  const extraTitle = editor.section('Extra').getByRole('button', { name: 'Rename section Extra' });
  await expect(extraTitle).toBeFocused();
  await expect(editor.section('Extra')).toBeInViewport();

  // fold Main from its header, Part 1 from the outline: titles and counts stay, fields go
  await editor.section('Main').getByRole('button', { name: 'Collapse Main' }).click();
  await nav.getByRole('button', { name: 'Collapse Part 1' }).click();
  await expect(editor.section('Main').locator('li.element')).toHaveCount(0);
  await expect(editor.section('Main')).toContainText('7 fields');
  await expect(editor.section('Part 1').locator('li.element')).toHaveCount(0);
  await expect(nav.getByRole('button', { name: 'Expand Main' })).toHaveAttribute('aria-expanded', 'false');
  await page.screenshot({ path: test.info().outputPath('outline-en.png') });

  await page.reload();
  await expect(editor.section('Main')).toContainText('7 fields');
  await expect(editor.section('Main').locator('li.element')).toHaveCount(0);
  await nav.getByRole('button', { name: 'Collapse all' }).click();
  await expect(page.locator('li.element')).toHaveCount(0);
  await nav.getByRole('button', { name: 'Expand all' }).click();
  await expect(editor.section('Main').locator('li.element')).toHaveCount(7);
  await expect(editor.section('Extra').locator('li.element')).toHaveCount(1);
});

test('a field dropped on an entry of the outline goes to the end of that section, by mouse or keyboard', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.open();
  const entry = outline(editor).locator('[data-outline-section="extra"]');
  // the page stays where it is: Extra is far below
  await expect(editor.section('Extra')).not.toBeInViewport();
  const handle = editor.handleOf(row(editor, 'PHONE'));
  const a = await handle.boundingBox();
  const b = await entry.boundingBox();
  if (!a || !b) throw new Error('not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2, a.y + 20, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await expect(entry).toHaveClass(/is-over/);
  await page.screenshot({ path: test.info().outputPath('outline-drop-en.png') });
  await page.mouse.up();
  await expect(editor.announcer).toContainText('Phone was dropped on section Extra, position 2');
  await expect.poll(() => codesOf(editor, 'Extra')).toEqual(['POST', 'PHONE']);

  // keyboard: → goes to the outline on the drag's own section, ↓ steps through the entries
  await editor.handleOf(row(editor, 'EMAIL')).focus();
  await pickUp(page, editor.announcer);
  await page.keyboard.press('ArrowRight');
  await expect(editor.announcer).toContainText('is over Main in the outline');
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText('is over Part 1 in the outline');
  await page.keyboard.press('Space');
  await expect.poll(() => codesOf(editor, 'Part 1')).toEqual(['SOURCE_ID', 'EMAIL']);
});

test('"Add all not on the card" fills a section in one step that one undo takes back', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.open();
  const before = await page.locator('li.element').count();
  await editor
    .section('Part 2')
    .getByRole('button', { name: 'Add all fields not on the card to Part 2' })
    .click();
  await expect(page.getByText(/fields added to Part 2\./)).toBeVisible();
  const added = await editor.section('Part 2').locator('li.element').count();
  expect(added).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(editor.section('Part 2').locator('li.element')).toHaveCount(0);
  await expect(page.locator('li.element')).toHaveCount(before);
  await page.getByRole('button', { name: 'Redo' }).click();
  await editor
    .section('Part 3')
    .getByRole('button', { name: 'Add all fields not on the card to Part 3' })
    .click();
  await expect(page.getByText('Every field is already on the card.')).toBeVisible();
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.find((s) => s.name === 'part2')?.fields).toHaveLength(added);
});

test('the tools read in Russian, and fit a 768 px side panel', async ({ editor, portal, page }) => {
  await portal.rest.setLayout('C', 1, BIG);
  await editor.openInRussian();
  const nav = page.getByRole('navigation', { name: 'Оглавление карточки' });
  await expect(nav.getByRole('button', { name: 'Свернуть все' })).toBeVisible();
  await row(editor, 'NAME')
    .locator('.chip-label')
    .click({ modifiers: ['Control'] });
  await row(editor, 'PHONE')
    .locator('.chip-label')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByRole('status').filter({ hasText: 'Выбрано' })).toHaveText('Выбрано 3 поля');
  await expect(
    page.getByRole('button', { name: 'Добавить в раздел Extra все поля, которых нет в карточке' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('big-cards-ru.png') });
  await page.setViewportSize({ width: 768, height: 900 });
  await expect(nav.getByRole('button', { name: 'Перейти к разделу Extra, 1 поле' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('big-cards-ru-768.png') });
  await row(editor, 'NAME').locator('.drag-handle').focus();
  await page.keyboard.press('m');
  await expect(page.getByRole('dialog', { name: 'Переместить 3 поля в раздел' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('move-dialog-ru-768.png') });
});
