// What a drag draws and reads in the page besides its geometry: the pointer, the preview, edge
// scrolling (dragController.ts uses them).
import type { Dragged } from './landing';

export const pointOf = (e: Event): { x: number; y: number } | null => {
  if (e instanceof MouseEvent) return { x: e.clientX, y: e.clientY };
  if (typeof TouchEvent !== 'undefined' && e instanceof TouchEvent) {
    const t = e.touches[0] ?? e.changedTouches[0];
    return t ? { x: t.clientX, y: t.clientY } : null;
  }
  return null;
};

/**
 * The preview of a drag: the pressed row's kind badge and label (the portal's words, as the row
 * shows them) in a box as big as the row, fixed where the row was; moved by transform only.
 */
export function previewOf(dragged: Dragged, node: HTMLElement, rect: DOMRect): HTMLElement {
  const box = document.createElement('div');
  box.className = 'drag-overlay';
  box.style.cssText = `top:${rect.top}px;left:${rect.left}px;width:${rect.width}px;height:${rect.height}px`;
  const preview = document.createElement('div');
  preview.className = dragged.kind === 'section' ? 'drag-preview drag-preview-section' : 'drag-preview';
  preview.dataset['testid'] = 'drag-preview';
  const badge = node.querySelector('.kind-icon');
  if (badge && dragged.kind !== 'section') preview.append(badge.cloneNode(true));
  const label = document.createElement('span');
  label.textContent = (node.closest('[aria-label]')?.getAttribute('aria-label') ?? '').trim();
  preview.append(label);
  box.append(preview);
  return box;
}

/** Near the top or bottom of the window the page scrolls, faster closer to the edge; true if it did. */
export function edgeScroll(y: number): boolean {
  const band = Math.min(80, innerHeight * 0.1);
  const depth = y < band ? y - band : y > innerHeight - band ? y - (innerHeight - band) : 0;
  if (depth === 0) return false;
  const before = scrollY;
  scrollBy(0, Math.round((depth / band) * 24));
  return scrollY !== before;
}
