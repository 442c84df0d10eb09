import { expect, test } from '../fixtures';

const CONTACT = { entityTypeId: 3 };

test("an admin saves a contact card as Demo Manager's personal layout; the common contact card stays unsaved", async ({
  editor,
  portal,
  page,
}) => {
  await editor.open('?card=contact&scope=P&user=2');
  await expect(page.getByRole('combobox', { name: 'Card' })).toHaveValue('contact');
  await expect(page.getByText('Personal layout of', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('for contacts', { exact: false })).toBeVisible();

  await editor.addSection('Reach out');
  // a field the built-in contact card does not show
  await editor.palette.getByRole('checkbox', { name: 'Not on the card' }).check();
  const first = editor.palette.getByRole('listitem').first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  await editor.drag(editor.handleOf(first), editor.section('Reach out').locator('.section-zone'));
  await expect.poll(() => editor.fieldsOf('Reach out')).toEqual([label]);
  await editor.save();
  await expect(page.getByText('All changes saved')).toBeVisible();

  const personal = await portal.rest.cardLayout(CONTACT, 'P', 2);
  const reach = personal?.find((s) => s.title === 'Reach out');
  expect(reach?.fields).toHaveLength(1);
  expect(await portal.rest.cardLayout(CONTACT, 'C')).toBeNull();
  // the manager reads it as their own personal contact card
  const own = await portal.rest.call<{ title: string }[] | null>(
    'crm.item.details.configuration.get',
    { entityTypeId: 3, scope: 'P' },
    '/rest/2/demouser/',
  );
  expect(own?.map((s) => s.title)).toContain('Reach out');
});
