import { expect, test } from '../fixtures';
import { SafetyTools, START } from './safety-tools';
import { section } from '../layouts';

const sections = (count: number, fieldsEach = 0) =>
  Array.from({ length: count }, (_, i) =>
    section(
      `s${i}`,
      `Section ${i}`,
      Array.from({ length: fieldsEach }, (_, j) => `UF_CRM_${i}_${j}`),
    ),
  );

test('an import beyond what a card holds is refused with a clear message, and nothing reaches the draft', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);

  // 20,000 sections in under 1 MB: refused by count
  const tiny = Array.from({ length: 20_000 }, (_, i) => ({ name: `s${i}`, title: 'x', elements: [] }));
  await tools.importFile({ name: 'huge.json', json: tiny });
  let dialog = tools.dialog('Import huge.json');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The layout has 20000 sections; a card holds at most 100.',
  );
  await expect(dialog.getByRole('button', { name: 'Put into the draft' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // 1,200 fields in 12 sections: refused by count
  await tools.importFile({ name: 'wide.json', json: sections(12, 100) });
  dialog = tools.dialog('Import wide.json');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The layout has 1200 fields; a card holds at most 1000.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // a 5.8 MB file: refused by size, unread
  const chooser = page.waitForEvent('filechooser');
  await tools.tool('Import').click();
  await (
    await chooser
  ).setFiles({
    name: 'big.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(Math.round(5.8 * 1024 * 1024), 0x20),
  });
  dialog = tools.dialog('Import big.json');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The file is 5.8 MB; a layout file can be at most 1.0 MB, the most the portal takes in one save.',
  );
  await page.screenshot({ path: test.info().outputPath('import-too-large.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // the card is as it was, and so is the portal
  await expect(editor.section('About the lead')).toBeVisible();
  await expect(editor.section('Section 0')).toHaveCount(0);
  await tools.expectSaved(true);
  expect((await portal.rest.layout('C', 1))?.map((s) => s.name)).toEqual(['main', 'more']);
});

test('the limits are said in Russian too', async ({ editor, portal, page }) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.openInRussian('?scope=C');
  await expect(page.getByRole('region', { name: 'Поля' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('group', { name: 'Инструменты вида карточки' })
    .getByRole('button', { name: 'Импорт' })
    .click();
  await (
    await chooser
  ).setFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sections(101))),
  });
  const dialog = page.getByRole('dialog', { name: /huge\.json/ });
  await expect(dialog.getByRole('alert')).toHaveText(
    'В виде карточки 101 раздел; карточка вмещает не больше 100.',
  );
  await page.screenshot({ path: test.info().outputPath('import-limits-ru.png') });
});
