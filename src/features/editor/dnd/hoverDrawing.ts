import type { ActiveDrag } from './activeDrag';
import { landingAt, lineFor, sameLanding, type Landing } from './landing';

/** Where the pointer is over: from the geometry measured at pick-up, page coordinates. */
export function pointerLanding(a: ActiveDrag): Landing | null {
  if (!a.pointer) return a.landing;
  return landingAt(a.geo, a.dragged, { x: a.pointer.x + scrollX, y: a.pointer.y + scrollY });
}

/**
 * Makes `landing` the drag's landing and draws it: the drop line (none back home) and the
 * highlighted list, section end or drop zone. False, and nothing drawn, when it did not change.
 */
export function drawLanding(a: ActiveDrag, landing: Landing | null): boolean {
  if (sameLanding(landing, a.landing)) return false;
  a.landing = landing;
  const atHome = sameLanding(landing, a.home);
  const line = atHome ? null : lineFor(a.geo, a.dragged, landing);
  if (line) {
    a.line.style.transform = `translate(${line.left}px, ${line.top}px)`;
    a.line.style.width = `${line.width}px`;
    a.line.hidden = false;
  } else a.line.hidden = true;
  const lit =
    landing?.kind === 'offCard'
      ? a.dom.palette()
      : landing?.kind === 'sectionEnd'
        ? a.dom.outlineElement(landing.section)
        : landing?.kind === 'field' && !atHome
          ? a.dom.zoneElement(landing.section)
          : null;
  if (lit !== a.lit) {
    a.lit?.classList.remove('is-over');
    lit?.classList.add('is-over');
    a.lit = lit;
  }
  return true;
}

/** The preview follows the pointer from where it was picked up. */
export function previewAtPointer(a: ActiveDrag, pointer: { x: number; y: number }): void {
  a.preview.style.transform = `translate(${pointer.x - a.origin.x}px, ${pointer.y - a.origin.y}px)`;
}

/** The preview's middle on a drop line at page top `lineTop`; the page may have scrolled since the pick-up. */
export function previewOnLine(a: ActiveDrag, lineTop: number): void {
  const dy = lineTop - scrollY - a.origin.top - a.origin.height / 2;
  a.preview.style.transform = `translate(16px, ${dy}px)`;
}

/** The preview on an outline entry's box (page coordinates). */
export function previewOnEntry(a: ActiveDrag, box: { readonly left: number; readonly top: number }): void {
  const dx = box.left - scrollX - a.origin.x;
  const dy = box.top - scrollY - a.origin.top;
  a.preview.style.transform = `translate(${dx}px, ${dy}px)`;
}
