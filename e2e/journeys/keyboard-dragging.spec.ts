import { expect, test } from '../fixtures';
import { pickUp, stepAndHear } from '../keyboard';
import { MAIN_AND_EXTRA } from '../layouts';

const START = MAIN_AND_EXTRA;

test('fields move within and across sections, and onto the card, with the keyboard alone', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, START);
  await editor.open();

  await editor
    .element('Main', 'Lead name')
    .getByRole('button', { name: 'Move Lead name', exact: true })
    .focus();
  await pickUp(page, editor.announcer);
  // right after pick-up dnd-kit may already report the field over its own place
  await expect(editor.announcer).toContainText(
    /Picked up Lead name|Lead name is over section Main, position 1/,
  );
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText('Lead name is over section Main, position 2');
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText('position 3');
  await page.keyboard.press('Space');
  await expect(editor.announcer).toContainText('Lead name was dropped on section Main, position 3');
  await expect.poll(() => editor.fieldsOf('Main')).toEqual(['Stage', 'Name', 'Lead name']);

  // across sections: down past the end of Main into Extra
  await editor.element('Main', 'Stage').getByRole('button', { name: 'Move Stage', exact: true }).focus();
  await pickUp(page, editor.announcer);
  for (let i = 0; i < 3; i++) await stepAndHear(page, editor.announcer, 'ArrowDown');
  await expect(editor.announcer).toContainText('section Extra');
  await page.keyboard.press('Space');
  await expect.poll(() => editor.fieldsOf('Extra')).toContain('Stage');
  expect(await editor.fieldsOf('Main')).toEqual(['Name', 'Lead name']);

  // from the palette onto the card
  await editor.palette.getByRole('button', { name: 'Drag Position onto the card' }).focus();
  await pickUp(page, editor.announcer);
  await expect(editor.announcer).toContainText(/Picked up Position|Position is/);
  await page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText(/Position is over section/);
  await page.keyboard.press('Space');
  await expect(editor.paletteItem('Position')).toContainText('on card');

  // Escape cancels and changes nothing
  const before = await editor.fieldsOf('Main');
  await editor.element('Main', 'Name').getByRole('button', { name: 'Move Name', exact: true }).focus();
  await pickUp(page, editor.announcer);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(editor.announcer).toContainText('cancelled');
  expect(await editor.fieldsOf('Main')).toEqual(before);
});
