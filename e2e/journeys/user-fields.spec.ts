import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

interface FieldInfo {
  type: string;
  isRequired: boolean;
  isMultiple: boolean;
  formLabel?: string;
  items?: { ID: string; VALUE: string }[];
}

test('a list field created from a section is on the stored card and in crm.lead.fields', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  await editor
    .section('Qualification')
    .getByRole('button', { name: 'Create a field in section Qualification' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Create a field in section "Qualification"' });
  await dialog.getByLabel('Type').selectOption({ label: 'List' });
  await dialog.getByLabel('Label in English').fill('Delivery slot');
  await dialog.getByLabel('Label in Russian').fill('Окно доставки');
  await dialog.getByRole('textbox', { name: 'Item 1' }).fill('Morning');
  await dialog.getByRole('textbox', { name: 'Item 2' }).fill('Evening');
  await dialog.getByRole('button', { name: 'Add an item' }).click();
  await dialog.getByRole('textbox', { name: 'Item 3' }).fill('Night');
  await dialog.getByRole('checkbox', { name: 'Required' }).check();
  await dialog.getByRole('checkbox', { name: 'Several values' }).check();
  await dialog.getByLabel('Code (optional)').fill('delivery_slot');
  await expect(dialog.getByText('The portal names the field UF_CRM_DELIVERY_SLOT.')).toBeVisible();
  await page.screenshot({ path: 'test-results/user-field-create-en.png' });
  await dialog.getByRole('button', { name: 'Create the field' }).click();

  await expect(
    page
      .getByRole('status')
      .getByText('Field "Delivery slot" created (UF_CRM_DELIVERY_SLOT) and put in section "Qualification".'),
  ).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(editor.element('Qualification', 'Delivery slot')).toBeVisible();
  await expect(editor.paletteItem('Delivery slot')).toBeVisible();
  const fields = await portal.rest.call<Record<string, FieldInfo>>('crm.lead.fields', {});
  expect(fields['UF_CRM_DELIVERY_SLOT']).toMatchObject({
    type: 'enumeration',
    isRequired: true,
    isMultiple: true,
    formLabel: 'Delivery slot',
  });
  expect(fields['UF_CRM_DELIVERY_SLOT']?.items?.map((i) => i.VALUE)).toEqual(['Morning', 'Evening', 'Night']);

  await editor.save();
  // the seeded card has labels renamed in the portal, which any REST save drops
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(page.getByRole('status').getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.layout('C', 1);
  expect(stored?.find((s) => s.name === 'qualification')?.fields.at(-1)).toBe('UF_CRM_DELIVERY_SLOT');
});

test('the portal refuses a code it cannot take, and the dialog says why', async ({ editor, page }) => {
  await editor.open('?scope=C');
  await editor.palette.getByRole('button', { name: 'Create a field' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create a field' });
  await dialog.getByLabel('Label in English').fill('VAT number');
  await dialog.getByLabel('Code (optional)').fill('vat_id');
  await dialog.getByRole('button', { name: 'Create the field' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The portal did not take the field: ERROR_CORE: The field UF_CRM_VAT_ID for entity CRM_LEAD already exists.',
  );
});

test('a user field created in Russian from the field list shows in the list at once', async ({
  editor,
  page,
}) => {
  await editor.openInRussian('?scope=C');
  const palette = page.getByRole('region', { name: 'Поля' });
  await palette.getByRole('button', { name: 'Создать поле' }).click();
  const dialog = page.getByRole('dialog', { name: 'Создать поле' });
  await dialog.getByLabel('Тип').selectOption({ label: 'Да/Нет' });
  await expect(dialog.getByRole('checkbox', { name: 'Множественное' })).toBeDisabled();
  await dialog.getByLabel('Название на русском').fill('Нужна доставка');
  await dialog.getByRole('button', { name: 'Создать поле' }).click();
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/user-field-create-ru-done.png' });
  await expect(palette.getByRole('listitem', { name: 'Нужна доставка', exact: true })).toBeVisible();
});

test('changing a user field renames it for the whole portal: palette, card and preview', async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Müller', /Website inquiry: CRM for 40 seats/);
  await expect(preview.field('Budget band')).toBeVisible();

  await editor
    .element('Qualification', 'Budget band')
    .getByRole('button', { name: 'Change field Budget band' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Change field "Budget band"' });
  await expect(dialog.getByText(/This changes the field for the whole portal/)).toBeVisible();
  await expect(dialog.getByLabel('Label in Russian')).toHaveValue('Бюджет');
  await dialog.getByLabel('Label in English').fill('Budget range');
  await page.screenshot({ path: 'test-results/user-field-change-en.png' });
  await dialog.getByRole('button', { name: 'Change for the whole portal' }).click();

  await expect(
    page.getByRole('status').getByText('Field "Budget range" changed for the whole portal.'),
  ).toBeVisible();
  await expect(editor.paletteItem('Budget range')).toBeVisible();
  await expect(editor.element('Qualification', 'Budget range')).toBeVisible();
  await expect(preview.field('Budget range')).toBeVisible();
  await expect(preview.field('Budget band')).toHaveCount(0);
  const [row] = await portal.rest.call<{ ID: string }[]>('crm.lead.userfield.list', {
    filter: { FIELD_NAME: 'UF_CRM_BUDGET_BAND' },
  });
  const field = await portal.rest.call<{ EDIT_FORM_LABEL: Record<string, string> }>(
    'crm.lead.userfield.get',
    {
      id: row?.ID,
    },
  );
  expect(field.EDIT_FORM_LABEL).toEqual({ en: 'Budget range', ru: 'Бюджет', de: 'Budgetrahmen' });
});

test('the change dialog in Russian', async ({ editor, page }) => {
  await editor.openInRussian('?scope=C');
  // crm.lead.fields gives labels in the portal's language (English here), whatever the interface's
  const chip = page.getByRole('listitem', { name: 'Budget band', exact: true });
  await chip.getByRole('button', { name: 'Изменить поле Budget band' }).click();
  const dialog = page.getByRole('dialog', { name: 'Изменить поле «Budget band»' });
  await expect(dialog.getByLabel('Название на русском')).toHaveValue('Бюджет');
  await expect(dialog.getByText(/Поле меняется для всего портала/)).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Значение 1' })).toHaveValue('Under $1,000');
  await page.screenshot({ path: 'test-results/user-field-change-ru.png' });
});
