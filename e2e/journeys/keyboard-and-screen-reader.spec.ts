import { expect, test } from '../fixtures';
import { MAIN_AND_EXTRA } from '../layouts';

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
