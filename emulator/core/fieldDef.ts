/**
 * How the entities' field tables (`crm.{entity}.fields`) are written: one standard field as the
 * portal defines it, `f(code, type, title, flags)` to write one, and the key order it gives `get`.
 */

export interface SystemFieldDef {
  readonly code: string;
  readonly type: string;
  readonly title: string;
  readonly isReadOnly?: boolean;
  /** Set on add, kept on update (a deal's `CATEGORY_ID`). */
  readonly isImmutable?: boolean;
  readonly isMultiple?: boolean;
  readonly isDeprecated?: boolean;
  readonly statusType?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
}

export const f = (
  code: string,
  type: string,
  title: string,
  extra: Partial<SystemFieldDef> = {},
): SystemFieldDef => ({
  code,
  type,
  title,
  ...extra,
});
export const RO = { isReadOnly: true } as const;

/** Key order of `crm.{entity}.get` for the entities after leads: their single fields in field order. */
export const outputOrderOf = (fields: readonly SystemFieldDef[]): string[] =>
  fields.filter((d) => !d.isMultiple).map((d) => d.code);
