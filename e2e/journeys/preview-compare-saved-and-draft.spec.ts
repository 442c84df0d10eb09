import { expect, test } from '../fixtures';
import { PreviewPage } from '../pages/PreviewPage';

test('side by side, the saved layout and the draft show the same lead with the differences marked', async ({
  editor,
  page,
}) => {
  await editor.open('?scope=C');
  const preview = new PreviewPage(page);
  await preview.open();
  await preview.pickLead('Müller', /Website inquiry: CRM for 40 seats/);

  // three draft changes: a field removed, a flag switched on, a field added
  await editor
    .element('About the lead', 'Position')
    .getByRole('button', { name: 'Remove Position from the card' })
    .click();
  await editor.element('More', 'Source').getByRole('button', { name: 'Always show' }).click();
  await editor.drag(
    editor.handleOf(editor.paletteItem('More about this stage')),
    editor.section('Qualification').locator('.section-zone'),
  );
  await expect.poll(() => editor.fieldsOf('Qualification')).toContain('More about this stage');

  await preview.sideBySide.click();
  const summary = preview.region.getByRole('region', { name: 'Differences' });
  await expect(summary).toContainText('3 differences between the saved layout and the draft');
  await expect(summary).toContainText('Position removed from "About the lead"');
  await expect(summary).toContainText('Source: "Always show" switched on');
  await expect(summary).toContainText('More about this stage added to "Qualification"');

  const savedPosition = preview.field('Position', preview.section('About the lead', 'Saved'));
  await expect(savedPosition).toContainText('Removed');
  await expect(savedPosition).toContainText('Head of Sales');
  await expect(preview.field('Position', preview.section('About the lead', 'Draft'))).toHaveCount(0);
  await expect(preview.field('Source', preview.section('More', 'Draft'))).toContainText('Always show: on');
  // an added field without a value is still pointed at, drawn as hidden
  const added = preview.field('More about this stage', preview.section('Qualification', 'Draft'));
  await expect(added).toContainText('Added');
  await expect(added).toContainText('No value: hidden in view mode');
  await expect(preview.field('More about this stage', preview.section('Qualification', 'Saved'))).toHaveCount(
    0,
  );

  // undo in the editor: the comparison follows the draft
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summary).toContainText('2 differences');
});
