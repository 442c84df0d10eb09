/**
 * Builders of the layouts journeys store before they start, in the shape `set` takes
 * (BITRIX24-API.md 1.6): a field is its code, or `[code, optionFlags]`, or a whole element.
 */
export interface StoredElement {
  readonly name: string;
  readonly optionFlags?: number;
  readonly options?: Readonly<Record<string, unknown>>;
}

export interface StoredSection {
  readonly type: 'section';
  readonly name: string;
  readonly title: string;
  readonly elements: readonly StoredElement[];
}

export type FieldSpec = string | readonly [string, number] | StoredElement;

const elementOf = (spec: FieldSpec): StoredElement =>
  typeof spec === 'string'
    ? { name: spec }
    : Array.isArray(spec)
      ? { name: spec[0] as string, optionFlags: spec[1] as number }
      : (spec as StoredElement);

export const section = (name: string, title: string, fields: readonly FieldSpec[] = []): StoredSection => ({
  type: 'section',
  name,
  title,
  elements: fields.map(elementOf),
});

/** A small common layout many journeys start from: two sections, four fields, portal titles in English. */
export const MAIN_AND_EXTRA = [
  section('main', 'Main', ['TITLE', 'STATUS_ID', 'NAME']),
  section('extra', 'Extra', ['COMMENTS']),
];

/** The lead card's own section titles, six fields: what the safety journeys start from. */
export const ABOUT_AND_MORE = [
  section('main', 'About the lead', ['TITLE', 'STATUS_ID', 'NAME', 'PHONE']),
  section('more', 'More', ['COMMENTS', 'SOURCE_ID']),
];
