import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { MAIN_AND_EXTRA } from '../layouts';

test.use({ hasTouch: true });

/**
 * A finger drag as a touch screen sends it (DevTools protocol touch events): press on the handle,
 * hold past the 200 ms the touch sensor waits before it takes the finger from scrolling, then slide
 * onto the target in steps and lift.
 */
async function touchDrag(page: Page, from: Locator, to: Locator, where: 'top' | 'bottom'): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('touch drag: element not visible');
  const x0 = a.x + a.width / 2;
  const y0 = a.y + a.height / 2;
  const y1 = where === 'top' ? b.y + b.height * 0.25 : b.y + b.height * 0.75;
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', x0, y0);
  // the hold is the gesture itself (the sensor's activation delay), not a wait for the page
  await page.waitForTimeout(350);
  for (let i = 1; i <= 12; i++) await touch('touchMove', x0 + 30, y0 + ((y1 - y0) * i) / 12);
  await touch('touchEnd', x0 + 30, y1);
  await cdp.detach();
}

test('a field moves across sections with a finger, landing where it was lifted', async ({
  editor,
  portal,
  page,
}) => {
  await portal.rest.setLayout('C', 1, MAIN_AND_EXTRA);
  await editor.open();
  await touchDrag(
    page,
    editor.handleOf(editor.element('Main', 'Stage')),
    editor.element('Extra', 'Comment'),
    'bottom',
  );
  await expect.poll(() => editor.fieldsOf('Extra')).toEqual(['Comment', 'Stage']);
  expect(await editor.fieldsOf('Main')).toEqual(['Lead name', 'Name']);
  await expect(editor.announcer).toContainText('Stage was dropped on section Extra, position 2');
});
