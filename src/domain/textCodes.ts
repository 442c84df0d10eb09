/**
 * A sentence for people as a code and its slot values, so the interface can word it in its own
 * language; the domain keeps the English wording of each code for logs and tests. Slot values are
 * data (field labels, section titles, the portal's own texts) and are never translated.
 */
export interface CodedText<Code extends string> {
  readonly code: Code;
  readonly params: Readonly<Record<string, string>>;
}

/** Fills the `{name}` slots of `template` once (a value that contains `{x}` stays as it is). */
export const fillTemplate = (template: string, params: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot);
