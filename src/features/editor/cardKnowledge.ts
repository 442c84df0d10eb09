import type { CardType } from '../../domain/cardType';
import {
  cardFieldsFor,
  isUserFieldCode,
  type CardField,
  type CardFieldKind,
  type CardLanguage,
  type PortalFieldInfo,
  type PortalFields,
} from '../../domain/cardFields';
import { copyForLeadType, type CopiedLayout } from '../../domain/copyLayout';
import { DEFAULT_SECTION_TITLES, defaultLayout } from '../../domain/defaults';
import { DEFAULT_SECTION_TITLES_RU } from '../../domain/cardLabels.ru';
import type { LintContext } from '../../domain/lint';
import type { Layout, Section } from '../../domain/types';

/*
 * What the editor knows about each card, in one place: the lead card's own knowledge (its fields,
 * built-in layout, copy rules) for leads; for the other cards, until their own knowledge exists,
 * the entity's field list as the portal answers it. Switching to per-card knowledge changes only
 * this module.
 */

const KINDS: Readonly<Record<string, CardFieldKind>> = {
  string: 'text',
  integer: 'number',
  double: 'number',
  char: 'boolean',
  boolean: 'boolean',
  enumeration: 'enumeration',
  date: 'date',
  datetime: 'datetime',
  money: 'money',
  url: 'url',
  address: 'address',
  file: 'file',
  crm: 'crm',
  crm_status: 'list',
  crm_currency: 'list',
  crm_category: 'list',
  crm_company: 'crm',
  crm_contact: 'crm',
  crm_entity: 'crm',
  crm_multifield: 'multifield',
  user: 'user',
};

const kindOf = (info: PortalFieldInfo): CardFieldKind =>
  info.type === 'employee' ? (info.isMultiple ? 'users' : 'user') : (KINDS[info.type] ?? 'other');

const labelOf = (code: string, info: PortalFieldInfo): string => {
  const label = isUserFieldCode(code) ? (info.formLabel ?? info.listLabel) : info.title;
  return label !== undefined && label.trim() !== '' ? label : code;
};

/** Every field of the entity, system fields first, then user fields by label. */
function entityFields(portalFields: PortalFields, lang: CardLanguage): CardField[] {
  const all = Object.entries(portalFields).map(([code, info]): CardField => ({
    code,
    label: labelOf(code, info),
    kind: kindOf(info),
    isRequired: info.isRequired,
    isReadOnly: info.isReadOnly,
    isMultiple: info.isMultiple,
    isUserField: isUserFieldCode(code),
  }));
  const own = all.filter((f) => !f.isUserField);
  const user = all.filter((f) => f.isUserField).sort((a, b) => a.label.localeCompare(b.label, lang));
  return [...own, ...user];
}

/** The fields placeable on `card`, from the portal's field list of its entity. */
export function cardFieldsOf(card: CardType, portalFields: PortalFields, lang: CardLanguage): CardField[] {
  return card.entity === 'lead'
    ? cardFieldsFor(card.leadType, portalFields, lang)
    : entityFields(portalFields, lang);
}

const section = (name: 'main' | 'additional', fields: readonly CardField[], lang: CardLanguage): Section => ({
  id: name,
  name,
  title: (lang === 'ru' ? DEFAULT_SECTION_TITLES_RU : DEFAULT_SECTION_TITLES)[name],
  elements: fields.map((f) => ({ field: f.code, optionFlags: 0 })),
});

/** What the portal shows on `card` when no layout is stored. */
export function defaultLayoutOf(
  card: CardType,
  cardFields: readonly CardField[],
  lang: CardLanguage,
): Layout {
  if (card.entity === 'lead') return defaultLayout(card.leadType, cardFields, lang);
  return {
    sections: [
      section(
        'main',
        cardFields.filter((f) => !f.isUserField),
        lang,
      ),
      section(
        'additional',
        cardFields.filter((f) => f.isUserField),
        lang,
      ),
    ],
  };
}

/** `layout` made fit for `target` (whose placeable fields are `targetFields`), and what stayed behind. */
export function copyForCard(
  layout: Layout,
  target: CardType,
  targetFields: readonly CardField[],
): CopiedLayout {
  return copyForLeadType(layout, target.entity === 'lead' ? target.leadType : 'simple', targetFields);
}

/** What lint needs to know of the card beyond its fields. */
export const lintCardOf = (card: CardType): Pick<LintContext, 'leadType'> => ({
  // only repeat leads lack fields the lint checks for; no other card has that rule
  leadType: card.entity === 'lead' ? card.leadType : 'simple',
});
