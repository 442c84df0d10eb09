import { expect, test } from '../fixtures';
import { SafetyTools } from './safety-tools';
import { section } from '../layouts';

// The seeded common layout was saved by the portal's own editor: "About the lead" (main), "More"
// and "Products" carry `data.isRemovable: false`, "Products" also `isChangeable: false`.
test('sections the portal protects offer no Delete, and a layout that drops them is listed and asked about', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const tools = new SafetyTools(page);
  const deleteOf = (title: string) => page.getByRole('button', { name: `Delete section ${title}` });

  await expect(deleteOf('About the lead')).toBeDisabled();
  await expect(deleteOf('About the lead')).toHaveAttribute('title', /does not let this section be deleted/);
  await expect(deleteOf('Products')).toBeDisabled();
  await expect(deleteOf('Qualification')).toBeEnabled();

  // the settings say why, in words
  await page.getByRole('button', { name: 'Settings of section Products' }).click();
  const settings = page.getByRole('dialog', { name: 'Section "Products"' });
  await expect(settings).toContainText('The portal does not let this section be deleted');
  await expect(settings).toContainText('The portal adds no fields to this section');
  await page.screenshot({ path: test.info().outputPath('section-settings.png') });
  await settings.getByRole('button', { name: 'Dismiss' }).click();

  // an imported layout without the main section: the check lists it, saving asks first
  await tools.importFile({
    name: 'no-main.json',
    json: [
      { type: 'section', name: 'additional', title: 'More', elements: [{ name: 'COMMENTS' }] },
      { type: 'section', name: 'products', title: 'Products', elements: [{ name: 'PRODUCT_ROW_SUMMARY' }] },
    ],
  });
  const importing = tools.dialog('Import no-main.json');
  await expect(importing).toContainText('Section "About the lead" (main) is missing');
  await importing.getByRole('button', { name: 'Put into the draft' }).click();
  await tools.tool(/^Check/).click();
  const check = page.getByRole('complementary', { name: 'Layout check' });
  await expect(check).toContainText('Section "About the lead" (main) is missing');
  await expect(check).toContainText(
    'VAT ID is required and the card has it now, but this layout leaves it out.',
  );
  await editor.save();
  const ask = page.getByRole('dialog', { name: 'The layout check found errors' });
  await expect(ask).toContainText('Section "About the lead" (main) is missing');
  await page.screenshot({ path: test.info().outputPath('save-asks.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  // nothing was written: the portal still has its main section
  expect((await portal.rest.layout('C', 1))?.map((s) => s.name)).toEqual([
    'main',
    'qualification',
    'additional',
    'products',
  ]);
});

test('after a REST save dropped the section settings, the main section stays protected', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, [
    section('main', 'About the lead', ['TITLE']),
    section('more', 'More', ['COMMENTS']),
  ]);
  await editor.open('?scope=C');
  const deleteMain = page.getByRole('button', { name: 'Delete section About the lead' });
  await expect(deleteMain).toBeDisabled();
  await expect(deleteMain).toHaveAttribute('title', /main section/);
  await page.getByRole('button', { name: 'Delete section More' }).click();
  await page
    .getByRole('dialog', { name: 'Delete section "More"?' })
    .getByRole('button', { name: 'Delete section' })
    .click();
  await editor.save();
  await expect(page.getByText('Common layout saved.')).toBeVisible();
  expect((await portal.rest.layout('C', 1))?.map((s) => s.name)).toEqual(['main']);
});
