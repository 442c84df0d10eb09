/**
 * A sentence for people as a code and its slot values, so the interface can word it in its own
 * language (the words live in the i18n catalogues alone). Slot values are data (field labels,
 * section titles, the portal's own texts) and are never translated.
 */
export interface CodedText<Code extends string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, string>>;
}
