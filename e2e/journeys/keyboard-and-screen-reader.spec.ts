import { expect, test } from '../fixtures';
import { MAIN_AND_EXTRA } from '../layouts';
import { pickUp, stepAndHear } from '../keyboard';
import { section } from '../layouts';

test('every "Always show" toggle names its field, in English and Russian', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, MAIN_AND_EXTRA);
  await editor.open();
  const stage = editor.element('Main', 'Stage');
  await expect(stage.getByRole('button', { name: 'Always show: Stage', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Always show', exact: true })).toHaveCount(0);

  await editor.openInRussian();
  const main = page.getByRole('region', { name: 'Main', exact: true });
  await expect(main.getByRole('button', { name: 'Показывать всегда: Стадия', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Показывать всегда', exact: true })).toHaveCount(0);
});

// four sections, one of them empty, and enough fields that the walk scrolls the page
const FOUR_SECTIONS = [
  section('main', 'Main', ['TITLE', 'STATUS_ID', 'NAME', 'LAST_NAME']),
  section('extra', 'Extra', ['COMMENTS']),
  section('empty', 'Empty'),
  section('last', 'Last', ['PHONE', 'POST', 'SOURCE_ID', 'EMAIL']),
];

test('each arrow press moves a field exactly one place, across every section boundary, down and back up', async ({
  portal,
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 600 });
  await portal.rest.setLayout('C', 1, FOUR_SECTIONS);
  await editor.open();
  await editor.handleOf(editor.element('Main', 'Lead name')).focus();
  await pickUp(page, editor.announcer);
  // every place a field other than Lead name can take, in reading order
  const places = [
    ...[1, 2, 3, 4].map((p) => `Main, position ${p}`),
    ...[1, 2].map((p) => `Extra, position ${p}`),
    'Empty, position 1',
    ...[1, 2, 3, 4, 5].map((p) => `Last, position ${p}`),
  ];
  const heard = async () => /section (.+)\.$/.exec(await editor.announcer.innerText())?.[1] ?? '';
  const down: string[] = [];
  for (let i = 1; i < places.length; i++) {
    await stepAndHear(page, editor.announcer, 'ArrowDown');
    down.push(await heard());
  }
  expect(down).toEqual(places.slice(1));
  const up: string[] = [];
  for (let i = places.length - 2; i >= 0; i--) {
    await stepAndHear(page, editor.announcer, 'ArrowUp');
    up.push(await heard());
  }
  expect(up).toEqual(places.slice(0, -1).reverse());
  await page.keyboard.press('Escape');
  await expect(editor.announcer).toContainText('Dragging Lead name was cancelled');
});

test('after a field is removed, the focus is on the next field (or its section) and the removal is heard', async ({
  portal,
  editor,
  page,
}) => {
  await portal.rest.setLayout('C', 1, MAIN_AND_EXTRA);
  await editor.open();
  const move = (label: string) => page.getByRole('button', { name: `Move ${label}`, exact: true });

  // Delete on the handle of a field in the middle: the next field's handle
  await move('Stage').focus();
  await page.keyboard.press('Delete');
  await expect(move('Name')).toBeFocused();
  await expect(editor.announcer).toHaveText('Stage removed from the card.');
  await expect.poll(() => editor.fieldsOf('Main')).toEqual(['Lead name', 'Name']);

  // Backspace on the last field: the previous one
  await page.keyboard.press('Backspace');
  await expect(move('Lead name')).toBeFocused();
  await expect(editor.announcer).toHaveText('Name removed from the card.');

  // the remove button of the only field of a section: the section
  await editor
    .element('Extra', 'Comment')
    .getByRole('button', { name: 'Remove Comment from the card' })
    .click();
  await expect(page.getByRole('button', { name: 'Move section Extra', exact: true })).toBeFocused();
  await expect(editor.announcer).toHaveText('Comment removed from the card.');
  await page.screenshot({ path: 'test-results/removal-en.png' });

  await editor.openInRussian();
  const main = page.getByRole('region', { name: 'Main', exact: true });
  // the saved layout again (the draft is offered back): the remove button of Stage, in Russian
  await main.getByRole('button', { name: 'Убрать поле «Стадия» из карточки', exact: true }).click();
  await expect(main.locator('li.element')).toHaveCount(2);
  await expect(main.locator('li.element').nth(1).locator('.drag-handle')).toBeFocused();
  await expect(editor.announcer).toHaveText('Стадия: убрано из карточки.');
  await page.screenshot({ path: 'test-results/removal-ru.png' });
});

test('a keyboard pick-up from the field list starts at position 1 of the section in view', async ({
  portal,
  editor,
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 600 });
  await portal.rest.setLayout('C', 1, FOUR_SECTIONS);
  await editor.open();
  // the field list's row focused (its list scrolls to it), then the section scrolled to the middle
  const lookAt = async (title: string) => {
    await page.locator('[data-drag="palette:ADDRESS"]').focus();
    await editor.section(title).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  };

  await lookAt('Extra');
  await pickUp(page, editor.announcer);
  await expect(editor.announcer).toHaveText('Picked up Address. Address is over section Extra, position 1.');
  await expect(page.locator('.drop-line')).toBeVisible();
  await page.screenshot({ path: 'test-results/palette-start-en.png' });
  await stepAndHear(page, editor.announcer, 'ArrowDown');
  await expect(editor.announcer).toHaveText('Address is over section Extra, position 2.');
  await stepAndHear(page, editor.announcer, 'ArrowUp');
  await page.keyboard.press('Space');
  await expect(editor.announcer).toHaveText('Address was dropped on section Extra, position 1.');
  await expect.poll(() => editor.fieldsOf('Extra')).toEqual(['Address', 'Comment']);

  await editor.openInRussian();
  await expect(editor.section('Last')).toBeVisible();
  await lookAt('Empty');
  await pickUp(page, editor.announcer);
  await expect(editor.announcer).toHaveText(
    /^Взято: .+\. .+: можно перенести сюда — раздел Empty, позиция 1\.$/,
  );
  await page.screenshot({ path: 'test-results/palette-start-ru.png' });
  await page.keyboard.press('Escape');
});
