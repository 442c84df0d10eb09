/** Builders of `crm.lead.fields` entries and whole field lists (immutable, as the layout builders). */
import type { FieldCode } from '../domain/types';

/** One `crm.lead.fields` entry, keys in the portal's order (BITRIX24-API.md 2.1). */
export type LeadFieldInfo = {
  type: string;
  isRequired: boolean;
  isReadOnly: boolean;
  isImmutable: boolean;
  isMultiple: boolean;
  isDynamic: boolean;
  isDeprecated?: boolean;
  items?: { ID: string; VALUE: string }[];
  statusType?: string;
  title: string;
  listLabel?: string;
  formLabel?: string;
  filterLabel?: string;
  settings?: unknown;
};

interface FieldState {
  readonly code: FieldCode;
  readonly type: string;
  readonly isRequired: boolean;
  readonly isReadOnly: boolean;
  readonly isImmutable: boolean;
  readonly isMultiple: boolean;
  readonly isDeprecated: boolean;
  readonly items: readonly { ID: string; VALUE: string }[] | undefined;
  readonly statusType: string | undefined;
  readonly label: string | undefined;
  readonly labels: {
    readonly formLabel?: string;
    readonly listLabel?: string;
    readonly filterLabel?: string;
  };
  readonly settings: unknown;
}

/** Builds one `crm.lead.fields` entry; start with `aField(code)`. */
export class FieldBuilder {
  constructor(private readonly state: FieldState) {}

  get code(): FieldCode {
    return this.state.code;
  }

  private with(patch: Partial<FieldState>): FieldBuilder {
    return new FieldBuilder({ ...this.state, ...patch });
  }

  /** The portal type (`string`, `enumeration`, `crm_status`, `employee`...). */
  ofType(type: string): FieldBuilder {
    return this.with({ type });
  }

  /** A user field's form, list and filter label; a system field's `title`. */
  labelled(label: string): FieldBuilder {
    return this.with({ label });
  }

  /** Sets the user-field labels one by one (to test the fallbacks). */
  withLabels(labels: { formLabel?: string; listLabel?: string; filterLabel?: string }): FieldBuilder {
    return this.with({ labels, label: undefined });
  }

  required(): FieldBuilder {
    return this.with({ isRequired: true });
  }

  readOnly(): FieldBuilder {
    return this.with({ isReadOnly: true });
  }

  immutable(): FieldBuilder {
    return this.with({ isImmutable: true });
  }

  multiple(): FieldBuilder {
    return this.with({ isMultiple: true });
  }

  deprecated(): FieldBuilder {
    return this.with({ isDeprecated: true });
  }

  /** Enumeration items; strings get ids "1", "2"... by position. Implies type `enumeration` unless a type was set. */
  withItems(...items: readonly (string | { ID: string; VALUE: string })[]): FieldBuilder {
    return this.with({
      type: this.state.type === 'string' ? 'enumeration' : this.state.type,
      items: items.map((item, i) => (typeof item === 'string' ? { ID: String(i + 1), VALUE: item } : item)),
    });
  }

  /** A `crm_status` field's status type (`STATUS`, `SOURCE`, `HONORIFIC`). */
  withStatusType(statusType: string): FieldBuilder {
    return this.with({ type: 'crm_status', statusType });
  }

  withSettings(settings: unknown): FieldBuilder {
    return this.with({ settings });
  }

  build(): LeadFieldInfo {
    const s = this.state;
    const isDynamic = s.code.startsWith('UF_');
    const labels =
      s.label !== undefined ? { listLabel: s.label, formLabel: s.label, filterLabel: s.label } : s.labels;
    const items = s.items ?? (s.type === 'enumeration' ? [] : undefined);
    return {
      type: s.type,
      isRequired: s.isRequired,
      isReadOnly: s.isReadOnly,
      isImmutable: s.isImmutable,
      isMultiple: s.isMultiple,
      isDynamic,
      ...(s.isDeprecated ? { isDeprecated: true } : {}),
      ...(items ? { items: [...items] } : s.statusType !== undefined ? { statusType: s.statusType } : {}),
      // User fields carry their code as title; the human label is in the *Label keys (2.1).
      title: isDynamic ? s.code : (s.label ?? s.code),
      ...(isDynamic && labels.listLabel !== undefined ? { listLabel: labels.listLabel } : {}),
      ...(isDynamic && labels.formLabel !== undefined ? { formLabel: labels.formLabel } : {}),
      ...(isDynamic && labels.filterLabel !== undefined ? { filterLabel: labels.filterLabel } : {}),
      ...(s.settings !== undefined ? { settings: s.settings } : {}),
    };
  }
}

/** A `crm.lead.fields` entry for `code`: type `string`, every flag false, label = code until `labelled`. */
export const aField = (code: FieldCode): FieldBuilder =>
  new FieldBuilder({
    code,
    type: 'string',
    isRequired: false,
    isReadOnly: false,
    isImmutable: false,
    isMultiple: false,
    isDeprecated: false,
    items: undefined,
    statusType: undefined,
    label: undefined,
    labels: {},
    settings: undefined,
  });

type Flag = 'RO' | 'M' | 'Dep';
const std = (code: FieldCode, type: string, title: string, flags: readonly Flag[] = []): FieldBuilder => {
  let b = aField(code).ofType(type).labelled(title);
  if (flags.includes('RO')) b = b.readOnly();
  if (flags.includes('M')) b = b.multiple();
  if (flags.includes('Dep')) b = b.deprecated();
  return b;
};

/** The standard lead fields of a fresh portal (BITRIX24-API.md 2.3), in its order. */
export const STANDARD_LEAD_FIELDS: readonly FieldBuilder[] = [
  std('ID', 'integer', 'ID', ['RO']),
  std('TITLE', 'string', 'Lead Title'),
  std('HONORIFIC', 'crm_status', 'Salutation').withStatusType('HONORIFIC'),
  std('NAME', 'string', 'First Name'),
  std('SECOND_NAME', 'string', 'Middle Name'),
  std('LAST_NAME', 'string', 'Last Name'),
  std('BIRTHDATE', 'date', 'Birthdate'),
  std('COMPANY_TITLE', 'string', 'Company Name'),
  std('SOURCE_ID', 'crm_status', 'Source').withStatusType('SOURCE'),
  std('SOURCE_DESCRIPTION', 'string', 'Source Description'),
  std('STATUS_ID', 'crm_status', 'Stage').withStatusType('STATUS'),
  std('STATUS_DESCRIPTION', 'string', 'Stage Description'),
  std('STATUS_SEMANTIC_ID', 'string', 'Status Semantic', ['RO']),
  std('POST', 'string', 'Position'),
  std('ADDRESS', 'string', 'Address'),
  std('ADDRESS_2', 'string', 'Address (Line 2)'),
  std('ADDRESS_CITY', 'string', 'City'),
  std('ADDRESS_POSTAL_CODE', 'string', 'Postal Code'),
  std('ADDRESS_REGION', 'string', 'Region'),
  std('ADDRESS_PROVINCE', 'string', 'Province'),
  std('ADDRESS_COUNTRY', 'string', 'Country'),
  std('ADDRESS_COUNTRY_CODE', 'string', 'Country Code'),
  std('ADDRESS_LOC_ADDR_ID', 'integer', 'Location Address ID'),
  std('CURRENCY_ID', 'crm_currency', 'Currency'),
  std('OPPORTUNITY', 'double', 'Amount'),
  std('IS_MANUAL_OPPORTUNITY', 'char', 'IS_MANUAL_OPPORTUNITY'),
  std('OPENED', 'char', 'Available to All'),
  std('COMMENTS', 'string', 'Comments'),
  std('HAS_PHONE', 'char', 'Phone Provided', ['RO']),
  std('HAS_EMAIL', 'char', 'Email Provided', ['RO']),
  std('HAS_IMOL', 'char', 'Open Line Assigned', ['RO']),
  std('ASSIGNED_BY_ID', 'user', 'Responsible User'),
  std('CREATED_BY_ID', 'user', 'Created By', ['RO']),
  std('MODIFY_BY_ID', 'user', 'Modified By', ['RO']),
  std('MOVED_BY_ID', 'user', 'MOVED_BY_ID', ['RO']),
  std('DATE_CREATE', 'datetime', 'Creation Date', ['RO']),
  std('DATE_MODIFY', 'datetime', 'Modification Date', ['RO']),
  std('MOVED_TIME', 'datetime', 'MOVED_TIME', ['RO']),
  std('COMPANY_ID', 'crm_company', 'Company').withSettings({ parentEntityTypeId: 4 }),
  std('CONTACT_ID', 'crm_contact', 'Contact', ['Dep']),
  std('CONTACT_IDS', 'crm_contact', 'CONTACT_IDS', ['M']),
  std('IS_RETURN_CUSTOMER', 'char', 'Returning Lead', ['RO']),
  std('DATE_CLOSED', 'datetime', 'Closing Date', ['RO']),
  std('ORIGINATOR_ID', 'string', 'External Source'),
  std('ORIGIN_ID', 'string', 'Identifier in External Source'),
  std('UTM_SOURCE', 'string', 'Advertising System'),
  std('UTM_MEDIUM', 'string', 'Traffic Type'),
  std('UTM_CAMPAIGN', 'string', 'Campaign Identifier'),
  std('UTM_CONTENT', 'string', 'Campaign Content'),
  std('UTM_TERM', 'string', 'Campaign Search Term'),
  std('LAST_ACTIVITY_TIME', 'datetime', 'LAST_ACTIVITY_TIME', ['RO']),
  std('LAST_ACTIVITY_BY', 'user', 'LAST_ACTIVITY_BY', ['RO']),
  std('PHONE', 'crm_multifield', 'Phone', ['M']),
  std('EMAIL', 'crm_multifield', 'E-mail', ['M']),
  std('WEB', 'crm_multifield', 'Website', ['M']),
  std('IM', 'crm_multifield', 'Messenger', ['M']),
  std('LINK', 'crm_multifield', 'LINK', ['M']),
];

export type PortalFieldsOverride = FieldBuilder | LeadFieldInfo | null;

/**
 * A `crm.lead.fields` result: the standard lead fields (unless `standard: false`) with `overrides`
 * applied by code; an override replaces the entry in place, a new code is appended, `null` removes.
 */
export function aPortalFields(
  overrides: Readonly<Record<FieldCode, PortalFieldsOverride>> = {},
  { standard = true }: { standard?: boolean } = {},
): Record<FieldCode, LeadFieldInfo> {
  const result = new Map<FieldCode, LeadFieldInfo>(
    standard ? STANDARD_LEAD_FIELDS.map((b) => [b.code, b.build()]) : [],
  );
  for (const [code, value] of Object.entries(overrides)) {
    if (value === null) result.delete(code);
    else result.set(code, value instanceof FieldBuilder ? value.build() : value);
  }
  return Object.fromEntries(result);
}

/** `aPortalFields` from builders alone, keyed by their codes, without the standard fields. */
export const portalFieldsOf = (...fields: readonly FieldBuilder[]): Record<FieldCode, LeadFieldInfo> =>
  aPortalFields(Object.fromEntries(fields.map((f) => [f.code, f])), { standard: false });
