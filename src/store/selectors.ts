import type { FieldCode, SectionId } from '../domain/types';
import { SHOW_ALWAYS_FLAG } from '../domain/types';
import type { EditorState } from './editorStore';

/** Selectors return primitives or references that keep identity until their part changes. */
export const sectionOf = (id: SectionId) => (s: EditorState) => s.draft.sections.find((x) => x.id === id);

export const elementsOf = (id: SectionId) => (s: EditorState) =>
  s.draft.sections.find((x) => x.id === id)?.elements;

/** Joined string so `useEditor` can compare by value; split by the caller. */
export const sectionIdsKey = (s: EditorState): string => s.draft.sections.map((x) => x.id).join('\u0000');

export const placedFieldsKey = (s: EditorState): string =>
  s.draft.sections.flatMap((x) => x.elements.map((e) => e.field)).join('\u0000');

export const elementOf = (field: FieldCode) => (s: EditorState) => {
  for (const section of s.draft.sections) {
    const element = section.elements.find((e) => e.field === field);
    if (element) return element;
  }
  return undefined;
};

export const isAlwaysShown = (field: FieldCode) => (s: EditorState) =>
  ((elementOf(field)(s)?.optionFlags ?? 0) & SHOW_ALWAYS_FLAG) !== 0;

export const canUndo = (s: EditorState) => s.past.length > 0;
export const canRedo = (s: EditorState) => s.future.length > 0;
