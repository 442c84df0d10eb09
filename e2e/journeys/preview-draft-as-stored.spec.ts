import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

test('the preview draws the draft as the portal will store it: labels renamed in the portal go back to their names', async ({
  editor,
  portal,
  page,
}) => {
  // the seeded common layout was saved by the portal's own editor with NAME renamed
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Müller', /Website inquiry: CRM for 40 seats/);
  const renamed = 'First name (as in passport)';
  await editor
    .element('More', 'Source')
    .getByRole('button', { name: /Always show/ })
    .click();

  // the draft card already shows the standard label that saving brings back
  await expect(preview.field('Name', preview.section('About the lead'))).toBeVisible();
  await expect(preview.field(renamed, preview.section('About the lead'))).toHaveCount(0);
  await preview.sideBySide.click();
  await expect(preview.field(renamed, preview.section('About the lead', 'Saved'))).toBeVisible();
  await expect(preview.field('Name', preview.section('About the lead', 'Draft'))).toBeVisible();
  await expect(preview.field(renamed, preview.section('About the lead', 'Draft'))).toHaveCount(0);
  await page.screenshot({ path: 'test-results/preview-draft-as-stored-en.png' });

  // saved: the portal dropped the renamed label, and the card shows what the draft side showed
  await editor.save();
  await page
    .getByRole('dialog', { name: 'The portal will drop renamed labels' })
    .getByRole('button', { name: 'Save anyway' })
    .click();
  await expect(page.getByRole('status').getByText('Common layout saved.')).toBeVisible();
  const stored = await portal.rest.call<{ elements: { name: string; title?: string }[] }[]>(
    'crm.lead.details.configuration.get',
    { scope: 'C', extras: { leadCustomerType: 1 } },
  );
  expect(stored?.flatMap((s) => s.elements).find((e) => e.name === 'NAME')).toEqual({ name: 'NAME' });
  await expect(preview.field('Name', preview.section('About the lead', 'Saved'))).toBeVisible();
  await expect(preview.field('Name', preview.section('About the lead', 'Draft'))).toBeVisible();
});
