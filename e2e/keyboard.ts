import { expect, type Locator, type Page } from '@playwright/test';
import type { EditorPage } from './pages/EditorPage';

/**
 * Space on the focused drag handle, then one turn of the page's task queue: dnd-kit's keyboard
 * sensor starts listening for keys in a `setTimeout` after the pick-up, and the browser runs a
 * queued key press before that timer, so a key sent at once on a busy machine is lost. A timer
 * queued now runs after dnd-kit's (timers of one delay run in order).
 */
export async function pickUp(page: Page, announcer: Locator): Promise<void> {
  await page.keyboard.press('Space');
  await announcer.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * One arrow step of a keyboard drag, waiting until it is announced: a step sent before dnd-kit
 * has measured the last one starts from the old place and moves nothing.
 */
export async function stepAndHear(
  page: Page,
  announcer: Locator,
  key: 'ArrowUp' | 'ArrowDown',
): Promise<void> {
  const before = await announcer.innerText();
  await page.keyboard.press(key);
  await expect(announcer).not.toHaveText(before);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through the
 * page; bounded, so a control that Tab never reaches fails the test instead of hanging it.
 */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `Tab never reached it in ${max} presses`).toBeFocused();
}

/**
 * The focused element shows the focus: an outline, or the app's focus ring (`--focus`) on it or on
 * the control that wraps it (a segmented control's hidden radio).
 */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return false;
    const probe = document.createElement('div');
    probe.style.boxShadow = 'var(--focus)';
    document.body.append(probe);
    const ring = getComputedStyle(probe).boxShadow;
    probe.remove();
    const shows = (node: Element | null) => {
      if (!node) return false;
      const style = getComputedStyle(node);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return outline || (ring !== 'none' && style.boxShadow.includes(ring));
    };
    return shows(el) || shows(el.parentElement);
  });
}

/**
 * Moves the first field of a section one place down with the keyboard, in the Russian interface,
 * checking what a screen reader hears at each step.
 */
export async function moveDownOneInRussian(
  editor: EditorPage,
  section: string,
  label: string,
): Promise<void> {
  const item = editor.section(section).getByRole('listitem', { name: label, exact: true });
  await item.locator('.drag-handle').focus();
  await pickUp(editor.page, editor.announcer);
  await expect(editor.announcer).toContainText(new RegExp(`Взято: ${label}|${label}: можно перенести сюда`));
  await editor.page.keyboard.press('ArrowDown');
  await expect(editor.announcer).toContainText(
    `${label}: можно перенести сюда — раздел ${section}, позиция 2.`,
  );
  await editor.page.keyboard.press('Space');
  await expect(editor.announcer).toContainText(`${label}: перенесено — раздел ${section}, позиция 2.`);
}
