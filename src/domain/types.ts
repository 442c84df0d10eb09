/** Vocabulary: a field is a portal field, an element is a field placed on the card, a section holds elements. */
export type FieldCode = string;
export type SectionId = string;

/** bit 1 of optionFlags: "show always" (shown in view mode even when empty). */
export const SHOW_ALWAYS_FLAG = 1;

/**
 * A field placed on the card. Every bit of `optionFlags`, the `options` object and any key the
 * portal sent (`extra`, e.g. a renamed `title`) is kept: a round trip must not lose what the user
 * did not touch.
 */
export interface CardElement {
  readonly field: FieldCode;
  readonly optionFlags: number;
  readonly options?: Readonly<Record<string, unknown>>;
  readonly extra?: Readonly<Record<string, unknown>>;
}

/**
 * `id` is the editor's stable handle (never sent); `name` is the portal's section name, unique
 * within a layout; `extra` keeps keys the portal sent that the editor does not edit.
 */
export interface Section {
  readonly id: SectionId;
  readonly name: string;
  readonly title: string;
  readonly elements: readonly CardElement[];
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface Layout {
  readonly sections: readonly Section[];
}

/** A place on the card: `index` is the position in the section's elements. */
export interface Slot {
  readonly section: SectionId;
  readonly index: number;
}

export type LeadType = 'simple' | 'repeat';
export const leadCustomerTypeOf = (t: LeadType): 1 | 2 => (t === 'simple' ? 1 : 2);
