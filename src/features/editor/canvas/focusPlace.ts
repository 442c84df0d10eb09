import type { LintPlace } from '../../../domain/lint';
import { toDndId } from '../dnd/ids';
import { revealInPalette } from '../palette/paletteWindow';

const FLASH_MS = 1600;

function find(testId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(testId)}"]`);
}

/**
 * Brings a lint item's place into view and moves the keyboard focus there: the field's handle on
 * the card, else the section's handle, else the field in the palette (a field not on the card).
 * The place flashes briefly so the eye finds it. Returns whether something was found.
 */
export function focusPlace(at: LintPlace): boolean {
  const target =
    (at.field !== undefined && find(toDndId({ kind: 'element', field: at.field }))) ||
    (at.section !== undefined && find(toDndId({ kind: 'section', section: at.section }))) ||
    // a long palette mounts only the rows near its view: the row is brought in first
    (at.field !== undefined &&
      revealInPalette(at.field) &&
      find(toDndId({ kind: 'palette', field: at.field }))) ||
    null;
  if (!target) return false;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const handle = target.querySelector<HTMLElement>('.drag-handle, .palette-handle') ?? target;
  handle.focus({ preventScroll: true });
  target.classList.add('is-flash');
  window.setTimeout(() => target.classList.remove('is-flash'), FLASH_MS);
  return true;
}
