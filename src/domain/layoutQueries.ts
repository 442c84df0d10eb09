import type { CardElement, FieldCode, Layout, Section, SectionId } from './types';

/** Where a field sits on the card. */
export interface FieldLocation {
  readonly section: SectionId;
  readonly index: number;
  readonly element: CardElement;
}

/** Finds the first element of `field` on the card (sections in order), or `undefined` when it is not placed. */
export function locate(layout: Layout, field: FieldCode): FieldLocation | undefined {
  for (const section of layout.sections) {
    const index = section.elements.findIndex((e) => e.field === field);
    const element = section.elements[index];
    if (element) return { section: section.id, index, element };
  }
  return undefined;
}

/** The fields placed on the card; everything else belongs in the palette. */
export function fieldsOnCard(layout: Layout): Set<FieldCode> {
  const fields = new Set<FieldCode>();
  for (const section of layout.sections) for (const e of section.elements) fields.add(e.field);
  return fields;
}

/** The section with editor id `id`, or `undefined`. */
export function sectionById(layout: Layout, id: SectionId): Section | undefined {
  return layout.sections.find((s) => s.id === id);
}

/** The position of section `id` in the layout, or -1. */
export function sectionIndex(layout: Layout, id: SectionId): number {
  return layout.sections.findIndex((s) => s.id === id);
}

/** The portal names of the sections, optionally leaving out section `except` (e.g. the one being renamed). */
export function sectionNames(layout: Layout, except?: SectionId): Set<string> {
  return new Set(layout.sections.filter((s) => s.id !== except).map((s) => s.name));
}
