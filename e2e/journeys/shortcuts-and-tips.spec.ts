import { expect, test } from '../fixtures';

test('`?` opens the shortcuts sheet, which names the keys the editor answers to', async ({
  editor,
  page,
}) => {
  await editor.open();
  // typing a question mark into a text box is just typing
  await editor.palette.getByRole('searchbox').fill('');
  await editor.palette.getByRole('searchbox').press('?');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editor.palette.getByRole('searchbox')).toHaveValue('?');
  await editor.palette.getByRole('searchbox').fill('');

  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Moving fields and sections' })).toBeVisible();
  await expect(
    sheet.getByRole('definition').filter({ hasText: 'Undo the last change to the layout' }),
  ).toHaveCount(1);
  await expect(sheet.locator('kbd', { hasText: 'Ctrl' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(button).toBeFocused();

  // the button opens it too, and `/` (outside a text box) goes to the field search
  await button.click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await page.keyboard.press('/');
  await expect(editor.palette.getByRole('searchbox')).toBeFocused();
});

test('first-run tips step through, retire for good, and come back from the sheet', async ({
  editor,
  page,
}) => {
  await editor.open();
  const tips = page.getByRole('complementary', { name: 'Tips' });
  await expect(tips).toContainText('Drag a field from the list on the left');
  await tips.getByRole('button', { name: 'Next tip' }).click();
  await expect(tips).toContainText('An empty field is hidden on the card');
  await tips.getByRole('button', { name: 'Got it' }).click();
  await expect(tips).not.toContainText('An empty field is hidden');

  // a new visit does not repeat a retired tip
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(tips).toContainText('Tip 1 of 4');
  await tips.getByRole('button', { name: 'Hide all tips' }).click();
  await expect(tips).toHaveCount(0);
  await page.reload();
  await expect(editor.palette).toBeVisible();
  await expect(tips).toHaveCount(0);

  await page.keyboard.press('?');
  await page.getByRole('dialog').getByRole('button', { name: 'Show the first-run tips again' }).click();
  await expect(tips).toContainText('Tip 1 of 5');
});

test('in Russian the sheet and the tips speak Russian', async ({ editor, page }) => {
  await editor.openInRussian();
  await expect(page.getByRole('complementary', { name: 'Подсказки' })).toContainText(
    'Перетащите поле из списка слева',
  );
  await page.getByRole('button', { name: 'Горячие клавиши' }).click();
  const sheet = page.getByRole('dialog', { name: 'Горячие клавиши' });
  await expect(sheet.getByRole('heading', { name: 'Перенос полей и разделов' })).toBeVisible();
  await expect(sheet.locator('kbd', { hasText: 'Пробел' }).first()).toBeVisible();
  await expect(sheet.getByRole('button', { name: 'Закрыть' })).toBeFocused();
});
