import type { FieldCode, Layout } from '../../../domain/types';
import { dragActivity } from '../../../store/dragActivity';
import { DomGeometry } from './domGeometry';
import { pointOf, previewOf } from './dragDom';
import { GeometryCache } from './geometry';
import { parseDndId } from './ids';
import { homeOf, type Dragged, type Landing } from './landing';

/** The handle last pressed: what a drag started now carries, and the row it lifts. */
export interface Pressed {
  readonly dragged: Dragged;
  readonly node: HTMLElement;
}

/** One drag in progress: its geometry measured at pick-up and the DOM it draws into. */
export interface ActiveDrag {
  readonly dragged: Dragged;
  readonly node: HTMLElement;
  readonly keyboard: boolean;
  readonly geo: GeometryCache;
  readonly dom: DomGeometry;
  readonly home: Landing | null;
  /** The selected fields dragged together (two or more, card order), or null. */
  readonly group: readonly FieldCode[] | null;
  readonly groupNodes: readonly HTMLElement[];
  landing: Landing | null;
  /** The last pointer position, client coordinates. */
  pointer: { x: number; y: number } | null;
  frame: number;
  line: HTMLElement;
  lit: HTMLElement | null;
  /** The preview, as big as the pressed row where it was, moved by transform. */
  readonly preview: HTMLElement;
  /** Where the pointer and the row were at pick-up, client coordinates. */
  readonly origin: { readonly x: number; readonly y: number; readonly top: number; readonly height: number };
  readonly stop: () => void;
}

export interface PickUp {
  readonly root: HTMLElement;
  readonly pressed: Pressed;
  readonly layout: Layout;
  /** The selected fields that travel with the pressed one; fewer than two: it goes alone. */
  readonly members: readonly FieldCode[];
  /** What the preview of a group says instead of the field's label ("5 fields"), or null. */
  readonly groupLabel: (count: number) => string | null;
  readonly activator: Event | null;
  /** The pointer moved (or was let go) during the drag. */
  readonly onPointer: (point: { x: number; y: number }) => void;
  /** The page scrolled or resized: the geometry cache is already invalidated. */
  readonly onLayoutChange: () => void;
}

const LISTENED = { capture: true, passive: true } as const;
const POINTER_EVENTS = ['mousemove', 'touchmove', 'mouseup', 'touchend'] as const;

/**
 * Lifts the pressed row: measures nothing yet (the cache measures on demand), draws the hidden drop
 * line and the preview, dims the rows that travel, and listens to the pointer and the page until
 * `putDown`. The caller tells dragActivity once the drag is its active one.
 */
export function pickUp(p: PickUp): ActiveDrag {
  const { pressed } = p;
  const dom = new DomGeometry(p.root);
  const geo = new GeometryCache(dom);
  const line = document.createElement('div');
  line.className = 'drop-line drop-indicator';
  line.hidden = true;
  document.body.append(line);
  const home = homeOf(p.layout, pressed.dragged);
  const group = p.members.length > 1 ? p.members : null;
  const groupNodes = group ? rowsOf(p.root, group) : [];
  const onPointer = (e: Event) => {
    const point = pointOf(e);
    if (point) p.onPointer(point);
  };
  const onLayoutChange = () => {
    geo.invalidate();
    p.onLayoutChange();
  };
  for (const e of POINTER_EVENTS) window.addEventListener(e, onPointer, LISTENED);
  window.addEventListener('scroll', onLayoutChange, LISTENED);
  window.addEventListener('resize', onLayoutChange, LISTENED);
  const keyboard = typeof KeyboardEvent !== 'undefined' && p.activator instanceof KeyboardEvent;
  const pointer = p.activator ? pointOf(p.activator) : null;
  const rect = pressed.node.getBoundingClientRect();
  const preview = previewOf(pressed.dragged, pressed.node, rect);
  const label = group ? p.groupLabel(group.length) : null;
  if (group && label !== null) {
    const text = preview.querySelector('.drag-preview > span:last-child');
    if (text) text.textContent = label;
    preview.firstElementChild?.classList.add('drag-preview-group');
  }
  document.body.append(preview);
  pressed.node.classList.add('is-dragging');
  for (const row of groupNodes) row.classList.add('is-dragging');
  return {
    dragged: pressed.dragged,
    node: pressed.node,
    keyboard,
    geo,
    dom,
    home,
    group,
    groupNodes,
    landing: home,
    pointer,
    frame: 0,
    line,
    lit: null,
    preview,
    origin: {
      x: pointer?.x ?? rect.left,
      y: pointer?.y ?? rect.top,
      top: rect.top,
      height: rect.height,
    },
    stop: () => {
      for (const e of POINTER_EVENTS) window.removeEventListener(e, onPointer, LISTENED);
      window.removeEventListener('scroll', onLayoutChange, LISTENED);
      window.removeEventListener('resize', onLayoutChange, LISTENED);
    },
  };
}

/** Ends a drag's listeners and removes everything it drew. */
export function putDown(a: ActiveDrag): void {
  a.stop();
  if (a.frame !== 0) cancelAnimationFrame(a.frame);
  a.line.remove();
  a.lit?.classList.remove('is-over');
  a.node.classList.remove('is-dragging');
  for (const row of a.groupNodes) row.classList.remove('is-dragging');
  dragActivity.setState({ dragging: false });
  a.preview.remove();
}

/** The rows of the selected fields, dimmed with the dragged one (a look-up at pick-up only). */
function rowsOf(root: HTMLElement, fields: readonly FieldCode[]): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const li of root.querySelectorAll<HTMLElement>('li.element[data-testid]')) {
    const ref = parseDndId(li.dataset['testid'] ?? '');
    if (ref?.kind === 'element' && fields.includes(ref.field)) rows.push(li);
  }
  return rows;
}
