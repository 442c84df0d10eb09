export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** A message is a template with `{name}` slots, or plural forms chosen by the `count` parameter. */
export type PluralForms = {
  readonly one: string;
  readonly other: string;
  readonly few?: string;
  readonly many?: string;
};
export type Message = string | PluralForms;
export type Params = Readonly<Record<string, string | number>>;
