import type { FieldCode } from '../types';
import { portalFieldKind } from './buildFields';
import { client, moneyWithCurrency, products } from './common';
import type { CardDefinition, DefaultSection, SectionSpec } from './definition';
import type { CardField, PortalFields, PseudoField } from './fieldTypes';

/**
 * Cards of "factory based" types (quotes, smart invoices, smart processes): the editor's fields are
 * the type's own fields (`crm.item.fields`, keys by `upperName`) with their portal titles, less the
 * ones the factory marks NotDisplayed, then the composite fields the factory's `getEditorAdapter`
 * adds (Bitrix\Crm\Service\Factory): CLIENT when the type has a client (`isClientEnabled`, which
 * brings COMPANY_ID), OPPORTUNITY_WITH_CURRENCY and PRODUCT_ROW_SUMMARY when it has products
 * (`isLinkWithProductsEnabled`, which brings OPPORTUNITY).
 */
interface Composite {
  /** A portal field whose presence means the type has the composite. */
  readonly when: FieldCode;
  readonly fields: readonly PseudoField[];
}

/**
 * Fields `Factory\Dynamic::getFieldsSettings` marks `CCrmFieldInfoAttr::NotDisplayed`
 * (modules/crm/lib/Service/Factory/Dynamic.php; Item constants in modules/crm/lib/item.php): the
 * editor adapter drops them (`processFieldsAttributes`); the composites above show most of them.
 */
const NOT_DISPLAYED: readonly FieldCode[] = [
  'WEBFORM_ID',
  'COMPANY_ID',
  'CONTACT_ID',
  'CONTACT_IDS',
  'CONTACTS',
  'CATEGORY_ID',
  'CURRENCY_ID',
  'ACCOUNT_CURRENCY_ID',
  'IS_MANUAL_OPPORTUNITY',
  'PRODUCT_ROWS',
  'OPPORTUNITY',
  'TAX_VALUE',
  'OPPORTUNITY_ACCOUNT',
  'TAX_VALUE_ACCOUNT',
];

const COMPOSITES: readonly Composite[] = [
  {
    when: 'COMPANY_ID',
    fields: [client('CLIENT', 'Customer', ['COMPANY_ID', 'CONTACT_IDS'])],
  },
  {
    when: 'OPPORTUNITY',
    fields: [
      moneyWithCurrency('OPPORTUNITY_WITH_CURRENCY', 'Amount and currency', 'OPPORTUNITY'),
      products('Products'),
    ],
  },
];

/**
 * Labels of the composites: the factory's `getFieldTitlesMap` (CRM_COMMON_CLIENT, CRM_COMMON_PRODUCTS,
 * CRM_TYPE_ITEM_FIELD_NAME_OPPORTUNITY_WITH_CURRENCY, CRM_COMMON_UTM), texts from
 * modules/crm/lang/{en,ru}/lib/Service/Localization.php.
 */
export const COMPOSITE_LABELS_RU: Readonly<Record<FieldCode, string>> = {
  CLIENT: 'Клиент',
  OPPORTUNITY_WITH_CURRENCY: 'Сумма и валюта',
  PRODUCT_ROW_SUMMARY: 'Товары',
};

/** Extra card fields a type's own component adds, with the portal fields they show. */
export interface ExtraFields {
  readonly fields: readonly PseudoField[];
  readonly hides: readonly FieldCode[];
}

/** The own fields of a factory-based card on a portal, in `crm.item.fields` order, then composites and extras. */
export function factoryOwnFields(
  portal: PortalFields,
  extra: ExtraFields = { fields: [], hides: [] },
): PseudoField[] {
  const composites = COMPOSITES.filter((c) => portal[c.when] !== undefined);
  const hidden = new Set([...NOT_DISPLAYED, ...extra.hides]);
  const own = Object.entries(portal)
    // user fields come after, by the card's own test; another type's `UF_*` is no field of this card
    .filter(([code]) => !code.startsWith('UF_') && !hidden.has(code))
    .map(([code, info]): PseudoField => ({
      code,
      label: info.title.trim() === '' ? code : info.title,
      kind: portalFieldKind(info),
      ...(info.isMultiple ? { multiple: true } : {}),
    }));
  return [...own, ...composites.flatMap((c) => c.fields), ...extra.fields];
}

/** The built-in sections with only the fields the card has (a type may lack some, e.g. stages). */
export function presentOnly(
  sections: readonly DefaultSection[],
  cardFields: readonly CardField[],
): DefaultSection[] {
  const has = new Set(cardFields.map((f) => f.code));
  return sections.map((s) => ({ name: s.name, fields: s.fields.filter((f) => has.has(f)) }));
}

export const hasField = (cardFields: readonly CardField[], code: FieldCode): boolean =>
  cardFields.some((f) => f.code === code);

/** What a factory-based card states of itself; the rest is the same on every such card. */
export interface FactoryCardSpec {
  readonly isUserFieldCode: (code: FieldCode) => boolean;
  readonly labelsRu?: Readonly<Record<FieldCode, string>>;
  /** What the type's own component adds to the type's fields. */
  readonly extra?: ExtraFields;
  readonly sections: readonly SectionSpec[];
  /** The built-in sections as the component writes them; fields the type lacks are left out. */
  readonly defaultSections: (cardFields: readonly CardField[]) => readonly DefaultSection[];
}

/** A factory-based card: user fields appended to `additional` in its built-in layout. */
export const factoryCard = (spec: FactoryCardSpec): CardDefinition => ({
  ownFields: (portal) => factoryOwnFields(portal, spec.extra),
  labelsRu: spec.labelsRu ?? COMPOSITE_LABELS_RU,
  isUserFieldCode: spec.isUserFieldCode,
  sections: spec.sections,
  defaultSections: (cardFields) => presentOnly(spec.defaultSections(cardFields), cardFields),
  userFieldSection: 'additional',
});
