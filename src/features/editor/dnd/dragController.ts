import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import type { LayoutIntent } from '../../../domain/intents';
import type { FieldCode, Layout } from '../../../domain/types';
import type { Translate } from '../../../i18n/i18nStore';
import { dragActivity } from '../../../store/dragActivity';
import { describePlace, whatOf, type Namer } from './announcements';
import { DomGeometry } from './domGeometry';
import { edgeScroll, pointOf, previewOf } from './dragDom';
import { GeometryCache } from './geometry';
import { focusAfterRemoval } from './afterRemoval';
import { groupDropIntents } from './groupDrop';
import { parseDndId, toDndId } from './ids';
import {
  endIndexOf,
  homeOf,
  landingAt,
  landingInView,
  landingToIntent,
  lineFor,
  placeOf,
  sameLanding,
  stepLanding,
  type Dragged,
  type Landing,
  type Place,
} from './landing';

/** What the one dnd-kit draggable hands over: its refs and its sensor listeners. */
export interface DraggableBinding {
  readonly setNodeRef: (el: HTMLElement | null) => void;
  readonly setActivatorNodeRef: (el: HTMLElement | null) => void;
  readonly listeners: DraggableSyntheticListeners;
}

export interface DragPorts {
  readonly layout: () => Layout;
  readonly apply: (intent: LayoutIntent) => void;
  /** Several intents as one undo step (a group of selected fields). */
  readonly applyAll?: (intents: readonly LayoutIntent[]) => void;
  /** The selected fields that travel with `field` (card order), or fewer than two: it goes alone. */
  readonly group?: (field: FieldCode) => readonly FieldCode[];
}

/** How announcements name things, in the current interface language (set after each render). */
export interface DragWords {
  readonly t: Translate;
  readonly namer: Namer;
}

interface ActiveDrag {
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

type ListenerName = 'onMouseDown' | 'onTouchStart' | 'onKeyDown';

/**
 * The drag outside React. dnd-kit (one draggable for every handle) brings its sensors, keyboard
 * and focus handling; this object decides where the drag lands from geometry measured at pick-up
 * (page coordinates, rows of a section when the drag reaches it, binary searches per move), draws
 * the preview, the drop line and the highlights by writing to the DOM, speaks through dnd-kit's live region,
 * and changes the layout once, on drop, from where the pointer or the keyboard left it.
 */
export class DragController {
  private root: HTMLElement | null = null;
  private liveRegion: HTMLElement | null = null;
  private binding: DraggableBinding | null = null;
  private pressed: { dragged: Dragged; node: HTMLElement } | null = null;
  private active: ActiveDrag | null = null;
  /** The text of the last drop or cancel, read by the announcement dnd-kit makes right after. */
  private lastWords = '';
  private words: DragWords | null = null;

  constructor(private readonly ports: DragPorts) {}

  /** A stable ref callback for the workspace element. */
  readonly attachRoot = (root: HTMLElement | null): void => {
    this.root = root;
  };

  setLiveRegion(container: HTMLElement | null): void {
    this.liveRegion = container;
  }

  setWords(words: DragWords): void {
    this.words = words;
  }

  /** While a group is dragged, "5 fields" stands for the field that was picked up. */
  private namer(group: readonly FieldCode[] | null): Namer | null {
    const w = this.words;
    if (!w || !group) return w?.namer ?? null;
    const many = w.t('bigcards.dnd.fields', { count: group.length });
    return { field: () => many, section: w.namer.section };
  }

  private describe(
    dragged: Dragged,
    place: Place | null,
    dropped: boolean,
    group: readonly FieldCode[] | null = null,
  ): string {
    const namer = this.namer(group);
    if (!this.words || !namer) return '';
    const { t } = this.words;
    if (group && dropped && place?.kind === 'field')
      return t('bigcards.dnd.movedTo', {
        what: whatOf(namer, t, dragged),
        target: t('editor.dnd.place', {
          section: namer.section(place.section),
          position: String(place.position),
        }),
      });
    return describePlace(namer, t, dragged, place, dropped);
  }

  /** What the announcement at pick-up says, with the place a keyboard drag from the field list starts at. */
  pickUpWords(): string {
    const w = this.words;
    if (!w) return '';
    const namer = this.namer(this.active?.group ?? null) ?? w.namer;
    const picked = w.t('editor.dnd.pickedUp', { what: whatOf(namer, w.t, this.dragging) });
    const a = this.active;
    if (!a?.keyboard || a.dragged.kind !== 'palette' || !a.landing) return picked;
    return `${picked} ${this.describe(a.dragged, placeOf(this.ports.layout(), a.landing), false)}`;
  }

  bind(binding: DraggableBinding): void {
    this.binding = binding;
  }

  get dragging(): Dragged | null {
    return this.active?.dragged ?? null;
  }

  /** A press anywhere in the workspace: on a drag handle it points the draggable at that row. */
  press(event: SyntheticEvent, name: ListenerName): void {
    if (this.active || !this.binding) return;
    const target = event.target;
    if (!(target instanceof Element)) return;
    const handle = target.closest<HTMLElement>('[data-drag]');
    if (!handle || !this.root?.contains(handle)) return;
    const ref = parseDndId(handle.dataset['drag'] ?? '');
    if (!ref || (ref.kind !== 'element' && ref.kind !== 'palette' && ref.kind !== 'section')) return;
    const node = handle.closest<HTMLElement>('[data-drag-node]') ?? handle;
    this.pressed = { dragged: ref, node };
    this.binding.setNodeRef(node);
    this.binding.setActivatorNodeRef(handle);
    const listener = this.binding.listeners?.[name] as ((e: SyntheticEvent) => void) | undefined;
    listener?.(event);
  }

  /** dnd-kit started the drag of the pressed handle. */
  start(activator: Event | null): void {
    this.stopActive();
    const pressed = this.pressed;
    if (!pressed || !this.root) return;
    const dom = new DomGeometry(this.root);
    const geo = new GeometryCache(dom);
    const line = document.createElement('div');
    line.className = 'drop-line drop-indicator';
    line.hidden = true;
    document.body.append(line);
    const home = homeOf(this.ports.layout(), pressed.dragged);
    const members =
      pressed.dragged.kind === 'element' ? (this.ports.group?.(pressed.dragged.field) ?? []) : [];
    const group = members.length > 1 ? members : null;
    const groupNodes = group ? this.rowsOf(group) : [];
    const onPointer = (e: Event) => {
      const p = pointOf(e);
      if (p && this.active) {
        this.active.pointer = p;
        this.schedule();
      }
    };
    const onLayoutChange = () => {
      geo.invalidate();
      if (this.active && !this.active.keyboard) this.schedule();
    };
    const opts = { capture: true, passive: true } as const;
    const events = ['mousemove', 'touchmove', 'mouseup', 'touchend'] as const;
    for (const e of events) window.addEventListener(e, onPointer, opts);
    window.addEventListener('scroll', onLayoutChange, opts);
    window.addEventListener('resize', onLayoutChange, opts);
    const keyboard = typeof KeyboardEvent !== 'undefined' && activator instanceof KeyboardEvent;
    const pointer = activator ? pointOf(activator) : null;
    const rect = pressed.node.getBoundingClientRect();
    const preview = previewOf(pressed.dragged, pressed.node, rect);
    if (group && this.words) {
      const label = preview.querySelector('.drag-preview > span:last-child');
      if (label) label.textContent = this.words.t('bigcards.dnd.fields', { count: group.length });
      preview.firstElementChild?.classList.add('drag-preview-group');
    }
    document.body.append(preview);
    this.active = {
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
        for (const e of events) window.removeEventListener(e, onPointer, opts);
        window.removeEventListener('scroll', onLayoutChange, opts);
        window.removeEventListener('resize', onLayoutChange, opts);
      },
    };
    pressed.node.classList.add('is-dragging');
    for (const row of groupNodes) row.classList.add('is-dragging');
    dragActivity.setState({ dragging: true });
    // from the field list, the keyboard starts in the section in view: the list is beside the
    // whole card, and the first press would otherwise jump to wherever the list's row is
    if (keyboard && pressed.dragged.kind === 'palette')
      this.moveTo(landingInView(geo, { top: scrollY, bottom: scrollY + innerHeight }));
  }

  private schedule(): void {
    const a = this.active;
    if (!a || a.frame !== 0) return;
    a.frame = requestAnimationFrame(() => {
      a.frame = 0;
      if (this.active !== a || !a.pointer) return;
      a.preview.style.transform = `translate(${a.pointer.x - a.origin.x}px, ${a.pointer.y - a.origin.y}px)`;
      this.show(this.pointerLanding(a));
      if (edgeScroll(a.pointer.y)) this.schedule();
    });
  }

  private pointerLanding(a: ActiveDrag): Landing | null {
    if (!a.pointer) return a.landing;
    return landingAt(a.geo, a.dragged, { x: a.pointer.x + scrollX, y: a.pointer.y + scrollY });
  }

  /** Draws and announces a new landing; nothing when it did not change. */
  private show(landing: Landing | null): void {
    const a = this.active;
    if (!a || sameLanding(landing, a.landing)) return;
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
    this.say(this.overWords(a, landing));
  }

  private overWords(a: ActiveDrag, landing: Landing | null): string {
    const w = this.words;
    const namer = this.namer(a.group);
    if (landing?.kind === 'sectionEnd' && w && namer)
      return w.t('bigcards.dnd.overOutline', {
        what: whatOf(namer, w.t, a.dragged),
        section: namer.section(landing.section),
      });
    return this.describe(a.dragged, placeOf(this.ports.layout(), landing, a.dragged), false, a.group);
  }

  /** The rows of the selected fields, dimmed with the dragged one (a look-up at pick-up only). */
  private rowsOf(fields: readonly FieldCode[]): HTMLElement[] {
    const rows: HTMLElement[] = [];
    for (const li of this.root?.querySelectorAll<HTMLElement>('li.element[data-testid]') ?? []) {
      const ref = parseDndId(li.dataset['testid'] ?? '');
      if (ref?.kind === 'element' && fields.includes(ref.field)) rows.push(li);
    }
    return rows;
  }

  /** Writes into dnd-kit's live region directly: React renders it only at pick-up and drop. */
  private say(text: string): void {
    const region = this.liveRegion?.querySelector('[role="status"]');
    if (region) region.textContent = text;
  }

  /**
   * One arrow key of a keyboard drag: the next place, drawn and announced; returns where the
   * preview goes (client coordinates), or undefined to leave it.
   */
  keyStep(dir: 1 | -1, current: { x: number; y: number }): { x: number; y: number } | undefined {
    const a = this.active;
    if (!a) return undefined;
    if (a.landing?.kind === 'sectionEnd') {
      const ids = this.ports.layout().sections.map((x) => x.id);
      const at = ids.indexOf(a.landing.section);
      const id = ids[Math.max(0, Math.min(ids.length - 1, at + dir))];
      return id === undefined ? undefined : this.showEntry(a, id, current);
    }
    const next = stepLanding(this.ports.layout(), a.geo, a.dragged, a.landing, dir, current.y + scrollY);
    if (sameLanding(next, a.landing)) return undefined;
    const top = this.moveTo(next);
    return top === undefined ? undefined : { x: current.x, y: top - scrollY };
  }

  /** A keyboard landing, drawn and announced, the preview on its line; returns the line's page top. */
  private moveTo(landing: Landing | null): number | undefined {
    const a = this.active;
    if (!a) return undefined;
    this.show(landing);
    const line = lineFor(a.geo, a.dragged, landing);
    if (!line) return undefined;
    // the preview's middle on the line; the page may have scrolled since the pick-up
    const dy = line.top - scrollY - a.origin.top - a.origin.height / 2;
    a.preview.style.transform = `translate(16px, ${dy}px)`;
    return line.top;
  }

  /**
   * Takes a field off the card from its handle (Delete) or its remove button. The focus moves first
   * to what stays (the next field, the previous one, or the section left empty), before the row and
   * the focused control in it disappear, and the removal is announced.
   */
  remove(field: string): void {
    const layout = this.ports.layout();
    const next = focusAfterRemoval(layout, field);
    if (!next) return;
    const target = this.root?.querySelector<HTMLElement>(`[data-drag="${CSS.escape(toDndId(next))}"]`);
    target?.focus();
    this.ports.apply({ type: 'removeField', field });
    const w = this.words;
    if (w) this.say(w.t('editor.dnd.removed', { what: w.namer.field(field) }));
  }

  /**
   * Left or right arrow in a keyboard drag: right goes to the outline, on the entry of the section
   * the drag is in (up and down then step through the entries), left comes back to the end of
   * that section in the card.
   */
  keyOutline(dir: 1 | -1, current: { x: number; y: number }): { x: number; y: number } | undefined {
    const a = this.active;
    if (!a || a.dragged.kind === 'section') return undefined;
    const layout = this.ports.layout();
    if (dir === 1) {
      if (a.landing?.kind === 'sectionEnd') return undefined;
      const id = a.landing?.kind === 'field' ? a.landing.section : layout.sections[0]?.id;
      return id === undefined ? undefined : this.showEntry(a, id, current);
    }
    if (a.landing?.kind !== 'sectionEnd') return undefined;
    const section = a.landing.section;
    const field = a.dragged.field;
    this.show({ kind: 'field', section, index: endIndexOf(layout, section, field) });
    const line = lineFor(a.geo, a.dragged, a.landing);
    if (!line) return undefined;
    const dy = line.top - scrollY - a.origin.top - a.origin.height / 2;
    a.preview.style.transform = `translate(16px, ${dy}px)`;
    return { x: current.x, y: line.top - scrollY };
  }

  private showEntry(a: ActiveDrag, section: string, current: { x: number; y: number }) {
    this.show({ kind: 'sectionEnd', section });
    const entry = a.geo.outline.find((o) => o.id === section);
    if (!entry) return undefined;
    const dx = entry.box.left - scrollX - a.origin.x;
    const dy = entry.box.top - scrollY - a.origin.top;
    a.preview.style.transform = `translate(${dx}px, ${dy}px)`;
    return { x: current.x, y: entry.box.top - scrollY };
  }

  /** dnd-kit ended the drag: the layout changes here, once. */
  drop(): void {
    const a = this.active;
    if (!a) return;
    const landing = a.keyboard ? a.landing : this.pointerLanding(a);
    const layout = this.ports.layout();
    this.lastWords = this.describe(a.dragged, placeOf(layout, landing, a.dragged), true, a.group);
    if (a.group && a.dragged.kind === 'element' && this.ports.applyAll) {
      const intents = groupDropIntents(layout, a.dragged, a.group, landing);
      this.stopActive();
      if (intents.length > 0) this.ports.applyAll(intents);
      return;
    }
    const intent = landingToIntent(layout, a.dragged, landing);
    this.stopActive();
    if (intent) this.ports.apply(intent);
  }

  cancel(): void {
    const a = this.active;
    if (!a) return;
    const w = this.words;
    this.lastWords = w ? w.t('editor.dnd.cancelled', { what: whatOf(w.namer, w.t, a.dragged) }) : '';
    this.stopActive();
  }

  /** The words dnd-kit announces for the drop or cancel that just happened. */
  get finalWords(): string {
    return this.lastWords;
  }

  private stopActive(): void {
    const a = this.active;
    if (!a) return;
    this.active = null;
    a.stop();
    if (a.frame !== 0) cancelAnimationFrame(a.frame);
    a.line.remove();
    a.lit?.classList.remove('is-over');
    a.node.classList.remove('is-dragging');
    for (const row of a.groupNodes) row.classList.remove('is-dragging');
    dragActivity.setState({ dragging: false });
    a.preview.remove();
  }
}
