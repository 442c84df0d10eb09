import type { LeadFields } from '../../api/schemas/fields';
import type { CardField } from '../../domain/cardFields';
import type { CardElement, FieldCode, Layout } from '../../domain/types';

/** What the preview knows about fields: the card fields by code and the portal's `crm.lead.fields`. */
export interface PreviewCatalog {
  readonly byCode: ReadonlyMap<FieldCode, CardField>;
  readonly fields: LeadFields;
}

export function createCatalog(cardFields: readonly CardField[], fields: LeadFields): PreviewCatalog {
  return { byCode: new Map(cardFields.map((f) => [f.code, f])), fields };
}

/** The lead data keys a card field shows: its composite parts, else its own code. */
export const dataKeysOf = (field: CardField): readonly string[] => field.composite ?? [field.code];

/** The label the card shows: a label renamed in the portal (element `title`) wins over the default. */
export function cardLabel(element: CardElement, field: CardField | undefined): string {
  const renamed = element.extra?.['title'];
  if (typeof renamed === 'string' && renamed.trim() !== '') return renamed;
  return field?.label ?? element.field;
}

/**
 * Whether the preview may write `key` of `field`: not when the card shows the field read-only or
 * `crm.lead.fields` marks the key read-only or does not list it at all (the portal would drop it
 * silently, BITRIX24-API.md 3.1).
 */
export function isWritableKey(field: CardField, key: string, fields: LeadFields): boolean {
  if (field.isReadOnly) return false;
  const info = fields[key];
  return info !== undefined && !info.isReadOnly;
}

/** Whether any data key of `field` can be written. */
export const isEditable = (field: CardField, fields: LeadFields): boolean =>
  dataKeysOf(field).some((k) => isWritableKey(field, k, fields));

/** The card fields placed on `layout`, each once, in card order (unknown codes skipped). */
export function placedFields(layout: Layout, catalog: PreviewCatalog): CardField[] {
  const seen = new Set<FieldCode>();
  const out: CardField[] = [];
  for (const section of layout.sections) {
    for (const element of section.elements) {
      const field = catalog.byCode.get(element.field);
      if (field && !seen.has(field.code)) {
        seen.add(field.code);
        out.push(field);
      }
    }
  }
  return out;
}
