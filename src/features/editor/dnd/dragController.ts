import type { DraggableSyntheticListeners } from '@dnd-kit/core';
import type { SyntheticEvent } from 'react';
import type { LayoutIntent } from '../../../domain/intents';
import type { FieldCode, Layout } from '../../../domain/types';
import { dragActivity } from '../../../store/dragActivity';
import { pickUp, putDown, type ActiveDrag, type Pressed } from './activeDrag';
import { edgeScroll } from './dragDom';
import {
  cancelWords,
  describeDrag,
  overWords,
  pickUpWords,
  removedWords,
  say,
  type DragWords,
} from './dragWords';
import { focusAfterRemoval } from './afterRemoval';
import { groupDropIntents } from './groupDrop';
import { drawLanding, pointerLanding, previewAtPointer, previewOnEntry, previewOnLine } from './hoverDrawing';
import { parseDndId, toDndId } from './ids';
import {
  endIndexOf,
  landingInView,
  landingToIntent,
  lineFor,
  placeOf,
  sameLanding,
  stepLanding,
  type Dragged,
  type Landing,
} from './landing';

export type { DragWords } from './dragWords';

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
  private pressed: Pressed | null = null;
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

  /** What the announcement at pick-up says, with the place a keyboard drag from the field list starts at. */
  pickUpWords(): string {
    return pickUpWords(this.words, this.ports.layout(), this.active);
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
    const words = this.words;
    const a = pickUp({
      root: this.root,
      pressed,
      layout: this.ports.layout(),
      members: pressed.dragged.kind === 'element' ? (this.ports.group?.(pressed.dragged.field) ?? []) : [],
      groupLabel: (count) => (words ? words.t('bigcards.dnd.fields', { count }) : null),
      activator,
      onPointer: (point) => {
        if (!this.active) return;
        this.active.pointer = point;
        this.schedule();
      },
      onLayoutChange: () => {
        if (this.active && !this.active.keyboard) this.schedule();
      },
    });
    this.active = a;
    dragActivity.setState({ dragging: true });
    // from the field list, the keyboard starts in the section in view: the list is beside the
    // whole card, and the first press would otherwise jump to wherever the list's row is
    if (a.keyboard && a.dragged.kind === 'palette')
      this.moveTo(landingInView(a.geo, { top: scrollY, bottom: scrollY + innerHeight }));
  }

  /** At most one hover update a frame, however often the pointer moves. */
  private schedule(): void {
    const a = this.active;
    if (!a || a.frame !== 0) return;
    a.frame = requestAnimationFrame(() => {
      a.frame = 0;
      if (this.active !== a || !a.pointer) return;
      previewAtPointer(a, a.pointer);
      this.show(pointerLanding(a));
      if (edgeScroll(a.pointer.y)) this.schedule();
    });
  }

  /** Draws and announces a new landing; nothing when it did not change. */
  private show(landing: Landing | null): void {
    const a = this.active;
    if (!a || !drawLanding(a, landing)) return;
    say(this.liveRegion, overWords(this.words, this.ports.layout(), a.dragged, landing, a.group));
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
    previewOnLine(a, line.top);
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
    const words = removedWords(this.words, field);
    if (words !== null) say(this.liveRegion, words);
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
    previewOnLine(a, line.top);
    return { x: current.x, y: line.top - scrollY };
  }

  private showEntry(a: ActiveDrag, section: string, current: { x: number; y: number }) {
    this.show({ kind: 'sectionEnd', section });
    const entry = a.geo.outline.find((o) => o.id === section);
    if (!entry) return undefined;
    previewOnEntry(a, entry.box);
    return { x: current.x, y: entry.box.top - scrollY };
  }

  /** dnd-kit ended the drag: the layout changes here, once. */
  drop(): void {
    const a = this.active;
    if (!a) return;
    const landing = a.keyboard ? a.landing : pointerLanding(a);
    const layout = this.ports.layout();
    this.lastWords = describeDrag(this.words, a.dragged, placeOf(layout, landing, a.dragged), true, a.group);
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
    this.lastWords = cancelWords(this.words, a.dragged);
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
    putDown(a);
  }
}
