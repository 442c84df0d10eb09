import type { FieldCode } from '../types';

/** What a card field looks like in the editor: picks the palette icon and the preview input. */
export type CardFieldKind =
  | 'text'
  | 'textarea'
  | 'list'
  | 'money'
  | 'client'
  | 'address'
  | 'multifield'
  | 'user'
  | 'users'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'number'
  | 'enumeration'
  | 'file'
  | 'url'
  | 'products'
  | 'utm'
  | 'html'
  | 'crm'
  | 'other';

/** A field that can be placed on a card (an element name, BITRIX24-API.md 1.11). */
export interface CardField {
  readonly code: FieldCode;
  readonly label: string;
  readonly kind: CardFieldKind;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly isMultiple: boolean;
  readonly isUserField: boolean;
  /** The entity's field / data keys the card field shows when they differ from its code. */
  readonly composite?: readonly string[];
}

/**
 * One `crm.lead.fields` (or `crm.deal.fields`, `crm.item.fields` by `upperName`...) entry as far
 * as the card needs it (BITRIX24-API.md 2.1). Structural on purpose: the api's parsed `FieldInfo`
 * fits without the domain importing it. Optional keys admit `undefined` because zod's inferred
 * optionals do.
 */
export interface PortalFieldInfo {
  readonly type: string;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly isMultiple: boolean;
  readonly title: string;
  readonly formLabel?: string | undefined;
  readonly listLabel?: string | undefined;
  readonly items?: readonly { readonly ID: string; readonly VALUE: string }[] | undefined;
  readonly statusType?: string | undefined;
}

export type PortalFields = Readonly<Record<string, PortalFieldInfo>>;

/** Language of the card's own labels: the portal's language (user-field labels come from the portal). */
export type CardLanguage = 'en' | 'ru';

/** A card's own field as its component declares it, with the English label. */
export interface PseudoField {
  readonly code: FieldCode;
  readonly label: string;
  readonly kind: CardFieldKind;
  readonly readOnly?: true;
  readonly multiple?: true;
  readonly composite?: readonly string[];
}
