/** Test-only: `crm.item.fields` answers as the portal gives them (docs `crm-item-fields.md`). */

export interface ItemFieldSpec {
  readonly type?: string;
  readonly title?: string;
  readonly isMultiple?: boolean;
  readonly isReadOnly?: boolean;
}

/** `{ fields: { camelName: info } }` with each field's `upperName` and the portal's flags. */
export function itemFieldsAnswer(fields: Readonly<Record<string, readonly [string, ItemFieldSpec?]>>) {
  return {
    fields: Object.fromEntries(
      Object.entries(fields).map(([camel, [upperName, spec = {}]]) => [
        camel,
        {
          type: spec.type ?? 'string',
          isRequired: false,
          isReadOnly: spec.isReadOnly ?? false,
          isImmutable: false,
          isMultiple: spec.isMultiple ?? false,
          isDynamic: false,
          title: spec.title ?? camel,
          upperName,
        },
      ]),
    ),
  };
}
