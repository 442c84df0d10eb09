import { test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

test('screens', async ({ editor, page }) => {
  await editor.open('?scope=C');
  await page.addStyleTag({
    content: '.workspace-aside { max-height: none !important; position: static !important; }',
  });
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Müller', /Website inquiry: CRM for 40 seats/);
  await page.waitForTimeout(300);
  await preview.region.screenshot({ path: '/tmp/pv/view.png' });
  await preview.width('Narrow');
  await preview.region.screenshot({ path: '/tmp/pv/narrow.png' });
  await preview.width('Wide');
  await preview.mode('Edit');
  await preview.region.screenshot({ path: '/tmp/pv/edit.png' });
  await preview.mode('View');
  // a draft change: remove a field and toggle a flag
  await editor
    .element('About the lead', 'Position')
    .getByRole('button', { name: 'Remove Position from the card' })
    .click();
  await editor.element('More', 'Source').getByRole('button', { name: 'Always show' }).click();
  await preview.sideBySide.click();
  await preview.region.screenshot({ path: '/tmp/pv/compare.png' });
  await preview.region.getByRole('button', { name: 'Full screen' }).click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: '/tmp/pv/full-compare.png' });
  await preview.sideBySide.click();
  await page.screenshot({ path: '/tmp/pv/full-view.png' });
});
