import type { CardElement, FieldCode, SectionId } from '../domain/types';
import { SHOW_ALWAYS_FLAG } from '../domain/types';
import type { EditorState } from './editorStore';

/** Selectors return primitives or references that keep identity until their part changes. */
export const sectionOf = (id: SectionId) => (s: EditorState) => s.draft.sections.find((x) => x.id === id);

/** Joined string so `useEditor` can compare by value; split by the caller. */
export const sectionIdsKey = (s: EditorState): string => s.draft.sections.map((x) => x.id).join('\u0000');

export const placedFieldsKey = (s: EditorState): string =>
  s.draft.sections.flatMap((x) => x.elements.map((e) => e.field)).join('\u0000');

// Every field on the card runs elementOf at each change of the draft: one index per draft, not a
// search of the whole card per field (650 x 650 at 600 user fields).
const elementIndex = new WeakMap<EditorState['draft'], ReadonlyMap<FieldCode, CardElement>>();

export const elementOf = (field: FieldCode) => (s: EditorState) => {
  let index = elementIndex.get(s.draft);
  if (!index) {
    const built = new Map<FieldCode, CardElement>();
    for (const section of s.draft.sections)
      for (const e of section.elements) if (!built.has(e.field)) built.set(e.field, e);
    elementIndex.set(s.draft, built);
    index = built;
  }
  return index.get(field);
};

export const isAlwaysShown = (field: FieldCode) => (s: EditorState) =>
  ((elementOf(field)(s)?.optionFlags ?? 0) & SHOW_ALWAYS_FLAG) !== 0;

export const canUndo = (s: EditorState) => s.past.length > 0;
export const canRedo = (s: EditorState) => s.future.length > 0;
