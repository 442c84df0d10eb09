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
