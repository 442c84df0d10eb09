import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';
import { section } from '../layouts';

const LAYOUT = [section('main', 'About the lead', ['TITLE', 'PHONE', 'POST', ['EMAIL', 1], 'COMMENTS'])];

test('the preview hides empty fields, shows "Always show" ones, and follows the draft live', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, LAYOUT);
  await portal.rest.call('crm.lead.add', {
    fields: { TITLE: 'Visibility check', PHONE: [{ VALUE: '+49 30 555 0101', VALUE_TYPE: 'MOBILE' }] },
  });
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Visibility check');

  const main = preview.section('About the lead');
  await expect(preview.field('Lead name', main)).toContainText('Visibility check');
  await expect(preview.field('Phone', main)).toContainText('+49 30 555 0101');
  await expect(preview.field('Phone', main)).toContainText('Mobile');
  // empty and not always shown: hidden
  await expect(preview.field('Position', main)).toHaveCount(0);
  await expect(preview.field('Comment', main)).toHaveCount(0);
  // empty but always shown
  await expect(preview.field('E-mail', main)).toContainText('Not filled');
  await expect(main).toContainText('2 empty fields are hidden');

  // switching "Always show" on in the editor shows the field in the preview at once
  await editor.element('About the lead', 'Position').getByRole('button', { name: 'Always show' }).click();
  await expect(preview.field('Position', main)).toContainText('Not filled');

  // edit mode shows every field of the layout, filled or not
  await preview.mode('Edit');
  for (const label of ['Lead name', 'Phone', 'Position', 'E-mail', 'Comment']) {
    await expect(preview.field(label, main)).toBeVisible();
  }
});
