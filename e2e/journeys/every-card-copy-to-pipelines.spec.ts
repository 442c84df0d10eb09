import { expect, test } from '../fixtures';
import { dealPipeline } from '../portalRest';

const GENERAL = [
  {
    type: 'section',
    name: 'main',
    title: 'About deal',
    elements: [{ name: 'TITLE' }, { name: 'OPPORTUNITY_WITH_CURRENCY' }, { name: 'STAGE_ID' }],
  },
  { type: 'section', name: 'terms', title: 'Terms', elements: [{ name: 'CLOSEDATE' }] },
];

test("an admin uses the first pipeline's card for all pipelines, after seeing what changes in each", async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setCardLayout(dealPipeline(0), 'C', GENERAL);
  await portal.rest.setCardLayout(dealPipeline(2), 'C', [
    {
      type: 'section',
      name: 'main',
      title: 'About deal',
      elements: [{ name: 'TITLE' }, { name: 'COMMENTS' }],
    },
  ]);
  await editor.open('?card=deal:0&scope=C');
  await expect.poll(() => editor.fieldsOf('Terms')).toEqual(['End date']);

  await page.getByRole('button', { name: 'All pipelines' }).click();
  const dialog = page.getByRole('dialog', { name: "Use this pipeline's card for all pipelines" });
  // the diff first: Wholesale has nothing stored (portal default), Projects has its own card
  const wholesale = dialog.getByRole('region', { name: 'Deals: Wholesale' });
  const projects = dialog.getByRole('region', { name: 'Deals: Projects' });
  await expect(wholesale).toContainText('(portal default)');
  await expect(projects).toContainText('(saved layout)');
  await expect(projects.getByRole('list', { name: 'What changes in Deals: Projects' })).toContainText(
    'Comment',
  );

  await dialog.getByRole('button', { name: 'Use for 2 pipelines' }).click();
  await expect(wholesale).toContainText('Saved');
  await expect(projects).toContainText('Saved');

  // read back by REST: every pipeline now has the first pipeline's card
  const expected = [
    { name: 'main', title: 'About deal', fields: ['TITLE', 'OPPORTUNITY_WITH_CURRENCY', 'STAGE_ID'] },
    { name: 'terms', title: 'Terms', fields: ['CLOSEDATE'] },
  ];
  expect(await portal.rest.cardLayout(dealPipeline(1), 'C')).toEqual(expected);
  expect(await portal.rest.cardLayout(dealPipeline(2), 'C')).toEqual(expected);
  expect(await portal.rest.cardLayout(dealPipeline(0), 'C')).toEqual(expected);
});
