/**
 * About twenty lead user fields of every common type, created through the same code path as
 * `crm.lead.userfield.add`, plus a generator for portals with hundreds of fields.
 */
import { addUserField, type UserFieldTarget } from '../core/userFieldAdd';
import type { PortalState } from '../core/types';

type Labels = string | { en: string; ru: string; de: string };

export interface UfSpec {
  readonly code: string;
  readonly type: string;
  readonly label: Labels;
  readonly multiple?: boolean;
  readonly mandatory?: boolean;
  readonly settings?: Record<string, unknown>;
  readonly items?: readonly string[];
}

export const STANDARD_USER_FIELDS: readonly UfSpec[] = [
  {
    code: 'UF_CRM_BUDGET_BAND',
    type: 'enumeration',
    label: { en: 'Budget band', ru: 'Бюджет', de: 'Budgetrahmen' },
    items: ['Under $1,000', '$1,000 – $10,000', '$10,000 – $50,000', 'Over $50,000'],
  },
  {
    code: 'UF_CRM_INDUSTRY',
    type: 'enumeration',
    label: { en: 'Industry', ru: 'Отрасль', de: 'Branche' },
    items: ['Retail', 'Manufacturing', 'IT & Software', 'Healthcare', 'Education', 'Finance', 'Logistics'],
  },
  { code: 'UF_CRM_COMPANY_SIZE', type: 'integer', label: 'Company size (employees)' },
  { code: 'UF_CRM_EXPECTED_REVENUE', type: 'money', label: 'Expected revenue' },
  { code: 'UF_CRM_DISCOUNT_RATE', type: 'double', label: 'Discount rate, %', settings: { PRECISION: 1 } },
  { code: 'UF_CRM_NEWSLETTER', type: 'boolean', label: 'Subscribed to newsletter' },
  {
    code: 'UF_CRM_NEXT_CALL',
    type: 'datetime',
    label: { en: 'Next call', ru: 'Следующий звонок', de: 'Nächster Anruf' },
  },
  { code: 'UF_CRM_DEMO_DATE', type: 'date', label: 'Product demo date' },
  { code: 'UF_CRM_LINKEDIN', type: 'url', label: 'LinkedIn profile' },
  { code: 'UF_CRM_ACCOUNT_MANAGER', type: 'employee', label: 'Account manager' },
  {
    code: 'UF_CRM_SECONDARY_SOURCE',
    type: 'crm_status',
    label: 'Secondary source',
    settings: { ENTITY_TYPE: 'SOURCE' },
  },
  { code: 'UF_CRM_SIGNED_NDA', type: 'file', label: 'Signed NDA' },
  { code: 'UF_CRM_OFFICE_ADDRESS', type: 'address', label: 'Office address' },
  {
    code: 'UF_CRM_INTERESTS',
    type: 'enumeration',
    label: { en: 'Product interests', ru: 'Интересующие продукты', de: 'Produktinteressen' },
    multiple: true,
    items: ['CRM', 'Telephony', 'Online store', 'Document flow', 'Training'],
    settings: { DISPLAY: 'CHECKBOX' },
  },
  {
    code: 'UF_CRM_PREFERRED_CHANNEL',
    type: 'enumeration',
    label: 'Preferred contact channel',
    items: ['Phone', 'E-mail', 'Messenger', 'In person'],
  },
  {
    code: 'UF_CRM_VAT_ID',
    type: 'string',
    label: { en: 'VAT ID', ru: 'ИНН', de: 'USt-IdNr.' },
    mandatory: true,
  },
  { code: 'UF_CRM_TAGS', type: 'string', label: 'Tags', multiple: true },
  { code: 'UF_CRM_LOST_REASON', type: 'string', label: 'Reason lost', settings: { ROWS: 3 } },
  { code: 'UF_CRM_RELATED_DEAL', type: 'crm', label: 'Related deal', settings: { DEAL: 'Y' } },
  { code: 'UF_CRM_1712345678', type: 'integer', label: 'Lead score' },
  { code: 'UF_CRM_1712345702', type: 'boolean', label: 'GDPR consent given' },
];

function toRaw(spec: UfSpec, sort: number): Record<string, unknown> {
  return {
    FIELD_NAME: spec.code,
    USER_TYPE_ID: spec.type,
    XML_ID: spec.code,
    SORT: sort,
    MULTIPLE: spec.multiple ? 'Y' : 'N',
    MANDATORY: spec.mandatory ? 'Y' : 'N',
    SHOW_FILTER: 'Y',
    EDIT_FORM_LABEL: spec.label,
    LIST_COLUMN_LABEL: spec.label,
    LIST_FILTER_LABEL: spec.label,
    ...(spec.settings ? { SETTINGS: spec.settings } : {}),
    ...(spec.items ? { LIST: spec.items.map((VALUE, i) => ({ VALUE, SORT: (i + 1) * 10 })) } : {}),
  };
}

export function addStandardUserFields(state: PortalState): void {
  STANDARD_USER_FIELDS.forEach((spec, i) => addUserField(state, toRaw(spec, 100 + i * 10)));
}

/** User fields of another entity, through the same path as its `crm.{entity}.userfield.add`. */
export function addUserFieldsTo(state: PortalState, target: UserFieldTarget, specs: readonly UfSpec[]): void {
  specs.forEach((spec, i) => addUserField(state, toRaw(spec, 100 + i * 10), target));
}

const EXTRA_TYPES = [
  'string',
  'integer',
  'double',
  'boolean',
  'date',
  'datetime',
  'enumeration',
  'money',
  'url',
] as const;
const EXTRA_TOPICS = [
  'Region',
  'Partner code',
  'Campaign budget',
  'Contract term',
  'Renewal date',
  'Support tier',
  'Onboarding call',
  'Fleet size',
  'Warehouse count',
  'Preferred language',
];

/**
 * `UF_CRM_X0001…`: cycled types, readable labels, three items for enumerations; the lead's unless
 * `target` names another entity (the benchmark's deal card).
 */
export function addExtraUserFields(state: PortalState, count: number, target?: UserFieldTarget): void {
  for (let i = 1; i <= count; i++) {
    const type = EXTRA_TYPES[(i - 1) % EXTRA_TYPES.length] ?? 'string';
    const topic = EXTRA_TOPICS[(i - 1) % EXTRA_TOPICS.length] ?? 'Field';
    const code = `UF_CRM_X${String(i).padStart(4, '0')}`;
    const label = `${topic} ${i}`;
    addUserField(
      state,
      {
        FIELD_NAME: code,
        USER_TYPE_ID: type,
        XML_ID: code,
        SORT: 1000 + i,
        EDIT_FORM_LABEL: label,
        LIST_COLUMN_LABEL: label,
        LIST_FILTER_LABEL: label,
        ...(type === 'enumeration'
          ? { LIST: [{ VALUE: 'Low' }, { VALUE: 'Medium' }, { VALUE: 'High' }] }
          : {}),
      },
      ...(target ? [target] : []),
    );
  }
}
