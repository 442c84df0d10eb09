import type { FieldCode } from '../types';
import type {
  CardField,
  CardFieldKind,
  CardLanguage,
  PortalFieldInfo,
  PortalFields,
  PseudoField,
} from './fieldTypes';

// `crm.*.fields` types (user fields and the smart-process fields of `crm.item.fields`).
const PORTAL_TYPE_KINDS: Readonly<Record<string, CardFieldKind>> = {
  string: 'text',
  text: 'textarea',
  integer: 'number',
  double: 'number',
  boolean: 'boolean',
  char: 'boolean',
  enumeration: 'enumeration',
  date: 'date',
  datetime: 'datetime',
  money: 'money',
  url: 'url',
  address: 'address',
  file: 'file',
  crm: 'crm',
  crm_entity: 'crm',
  crm_lead: 'crm',
  crm_deal: 'crm',
  crm_contact: 'crm',
  crm_company: 'crm',
  crm_quote: 'crm',
  crm_status: 'list',
  crm_category: 'list',
  crm_currency: 'list',
  iblock_section: 'list',
  iblock_element: 'list',
};

/** The editor kind of a portal field by its `type`; `employee`/`user` pick one or many people. */
export function portalFieldKind(info: PortalFieldInfo): CardFieldKind {
  if (info.type === 'employee' || info.type === 'user') return info.isMultiple ? 'users' : 'user';
  return PORTAL_TYPE_KINDS[info.type] ?? 'other';
}

export function fromPseudo(field: PseudoField, portal: PortalFields): CardField {
  // Flags come from the portal's own entry, else from the parts of a composite; the card's fixed
  // read-only / multiple nature wins over a portal that says otherwise.
  const own = portal[field.code];
  const parts = (field.composite ?? []).flatMap((code) => portal[code] ?? []);
  const sources = own ? [own] : parts;
  return {
    code: field.code,
    label: field.label,
    kind: field.kind,
    isRequired: sources.some((p) => p.isRequired),
    isReadOnly: field.readOnly ?? (sources.length > 0 && sources.every((p) => p.isReadOnly)),
    isMultiple: field.multiple ?? false,
    isUserField: false,
    ...(field.composite ? { composite: field.composite } : {}),
  };
}

const nonBlank = (s: string | undefined): string | undefined =>
  s !== undefined && s.trim() !== '' ? s : undefined;

function fromUserField(code: FieldCode, info: PortalFieldInfo): CardField {
  return {
    code,
    // User fields carry their code as `title`; the label people gave them is `formLabel` (2.1).
    label: nonBlank(info.formLabel) ?? nonBlank(info.listLabel) ?? code,
    kind: portalFieldKind(info),
    isRequired: info.isRequired,
    isReadOnly: info.isReadOnly,
    isMultiple: info.isMultiple,
    isUserField: true,
  };
}

/** What `buildCardFields` needs of a card: its own fields and how its user fields are named. */
export interface FieldSource {
  readonly ownFields: (portal: PortalFields) => readonly PseudoField[];
  /** Russian card labels by code; a code not listed keeps its label. */
  readonly labelsRu: Readonly<Record<FieldCode, string>>;
  readonly isUserFieldCode: (code: FieldCode) => boolean;
  /** Fields the card lists after its user fields (the parent fields of deal, contact and company cards). */
  readonly trailingFields?: (portal: PortalFields) => readonly PseudoField[];
}

/**
 * The fields placeable on a card: its own fields in the portal's order, then every user field of
 * `portal` sorted by label (code breaks ties).
 */
export function buildCardFields(source: FieldSource, portal: PortalFields, lang: CardLanguage): CardField[] {
  const pseudo = source.ownFields(portal);
  const userFields = Object.entries(portal)
    .filter(([code]) => source.isUserFieldCode(code))
    .map(([code, info]) => fromUserField(code, info))
    .sort((a, b) => a.label.localeCompare(b.label, lang) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const labelled =
    lang === 'ru' ? pseudo.map((f) => ({ ...f, label: source.labelsRu[f.code] ?? f.label })) : pseudo;
  const trailing = (source.trailingFields?.(portal) ?? []).map((f) => fromPseudo(f, portal));
  return [...labelled.map((f) => fromPseudo(f, portal)), ...userFields, ...trailing];
}
