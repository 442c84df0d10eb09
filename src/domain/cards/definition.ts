import type { CardElement, FieldCode, Layout, Section } from '../types';
import type { FieldSource } from './buildFields';
import type { CardField, CardLanguage } from './fieldTypes';

/** A built-in section of a card: its portal name and its title in each language. */
export interface SectionSpec {
  readonly name: string;
  readonly title: Readonly<Record<CardLanguage, string>>;
}

/** The fields a built-in section holds when nothing is stored (user fields come on top). */
export interface DefaultSection {
  readonly name: string;
  readonly fields: readonly FieldCode[];
}

/** What the domain knows of one card: its fields and its built-in layout. */
export interface CardDefinition extends FieldSource {
  readonly sections: readonly SectionSpec[];
  /** The built-in sections in card order, given the card's fields (some cards depend on them). */
  readonly defaultSections: (cardFields: readonly CardField[]) => readonly DefaultSection[];
  /** The section the portal appends every user field to. */
  readonly userFieldSection: string;
}

export const section = (name: string, en: string, ru: string): SectionSpec => ({ name, title: { en, ru } });

/** Section titles of the card's built-in layout by section name. */
export const titlesOf = (def: CardDefinition, lang: CardLanguage): Readonly<Record<string, string>> =>
  Object.fromEntries(def.sections.map((s) => [s.name, s.title[lang]]));

/**
 * The portal's built-in layout of a card (BITRIX24-API.md 1.11): its default sections (ids equal
 * names) with every user field of `cardFields` appended to the user-field section in the order given.
 */
export function buildDefaultLayout(
  def: CardDefinition,
  cardFields: readonly CardField[],
  lang: CardLanguage,
): Layout {
  const userFields = cardFields.filter((f) => f.isUserField).map((f) => f.code);
  const titles = titlesOf(def, lang);
  return {
    sections: def.defaultSections(cardFields).map(({ name, fields }): Section => ({
      id: name,
      name,
      title: titles[name] ?? name,
      elements: [...fields, ...(name === def.userFieldSection ? userFields : [])].map(
        (field): CardElement => ({ field, optionFlags: 0 }),
      ),
    })),
  };
}
