import type { KeyboardEvent, MouseEvent } from 'react';
import { cardOrder } from '../../../domain/fieldSelection';
import type { CardViewStore } from '../../../store/cardView';
import type { EditorStore } from '../../../store/editorStore';
import { toDndId } from '../dnd/ids';

/** Ctrl/Cmd+click toggles a field in the selection, Shift+click extends it; the row's own buttons keep their click. */
export function selectByClick(e: MouseEvent, field: string, editor: EditorStore, view: CardViewStore): void {
  if (!(e.ctrlKey || e.metaKey || e.shiftKey)) return;
  const button = e.target instanceof Element ? e.target.closest('button') : null;
  if (button && !button.classList.contains('drag-handle')) return;
  e.preventDefault();
  if (e.shiftKey) view.getState().extend(editor.getState().draft, field);
  else view.getState().toggle(field);
}

const focusHandle = (field: string) =>
  document
    .querySelector<HTMLElement>(`[data-drag="${CSS.escape(toDndId({ kind: 'element', field }))}"]`)
    ?.focus();

/**
 * The keys of a field's drag handle for the selection: Shift+Space or Ctrl+Space toggles (plain
 * Space still picks the field up), Shift+↑/↓ extends to the field above or below and moves the
 * focus there, M opens "Move to section…". True when the key was one of these.
 */
export function selectByKey(
  e: KeyboardEvent,
  field: string,
  editor: EditorStore,
  view: CardViewStore,
  onMoveTo: ((field: string) => void) | undefined,
): boolean {
  const { draft } = editor.getState();
  if (e.key === ' ' && (e.shiftKey || e.ctrlKey || e.metaKey)) {
    view.getState().toggle(field);
  } else if (e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
    const order = cardOrder(draft);
    const next = order[order.indexOf(field) + (e.key === 'ArrowDown' ? 1 : -1)];
    if (next === undefined) return false;
    const state = view.getState();
    if (!state.selection.fields.has(field) || state.selection.anchor === null) state.toggle(field);
    view.getState().extend(draft, next);
    focusHandle(next);
  } else if ((e.key === 'm' || e.key === 'M') && !e.ctrlKey && !e.metaKey && !e.altKey && onMoveTo) {
    onMoveTo(field);
  } else return false;
  // not a pick-up: the workspace's drag listener must not see it
  e.preventDefault();
  e.stopPropagation();
  return true;
}

/** Escape clears the selection, unless it cancels a drag or closes a dialog. */
export function clearSelection(e: KeyboardEvent, view: CardViewStore, dragging: boolean): void {
  const inDialog = e.target instanceof Element && e.target.closest('dialog') !== null;
  if (!dragging && !inDialog) view.getState().clear();
}
