import type { UserFieldInput, UserFieldItemInput } from '../../../api/methods/userfields';
import type { EditorUserFieldType, LabelMap, UserFieldDetail } from '../../../api/schemas/userFieldEdit';

/** A list item in the form: `id` and `original` for an item the portal has, none for a new one. */
export interface ItemDraft {
  readonly key: string;
  readonly value: string;
  readonly id?: string;
  readonly original?: string;
  readonly removed?: boolean;
}

export const CRM_LINK_TYPES = ['LEAD', 'CONTACT', 'COMPANY', 'DEAL'] as const;
export type CrmLinkType = (typeof CRM_LINK_TYPES)[number];

export interface CreateDraft {
  readonly type: EditorUserFieldType;
  /** What the user typed for the code; empty: one is made from the time, as the portal's card does. */
  readonly code: string;
  readonly labelEn: string;
  readonly labelRu: string;
  readonly required: boolean;
  readonly multiple: boolean;
  readonly items: readonly ItemDraft[];
  readonly crmTypes: readonly CrmLinkType[];
}

export interface ChangeDraft {
  readonly labelEn: string;
  readonly labelRu: string;
  readonly required: boolean;
  readonly items: readonly ItemDraft[];
}

export type FormProblem = 'labelMissing' | 'noItems' | 'codeInvalid' | 'codeTooLong' | 'noCrmType';

/**
 * `UserFieldProxy::add`: the name is upper-cased and gets `UF_CRM_` in front unless it has it
 * (`UF_X` becomes `UF_CRM_X`). The portal's card names its fields by the time, `UF_CRM_1712345678`.
 */
export function fullFieldName(code: string, now: number): string {
  const name = code.trim().toUpperCase();
  if (name === '') return `UF_CRM_${Math.floor(now / 1000)}`;
  if (name.startsWith('UF_CRM_')) return name;
  return `UF_CRM_${name.startsWith('UF_') ? name.slice(3) : name}`;
}

/** The portal's own checks of the name (`CUserTypeEntity::CheckFields`), to say so before sending. */
export function codeProblem(code: string): FormProblem | null {
  const name = fullFieldName(code, 0);
  if (!/^[0-9A-Z_]+$/.test(name)) return 'codeInvalid';
  if (name.length > 50) return 'codeTooLong';
  return null;
}

const liveItems = (items: readonly ItemDraft[]) => items.filter((i) => !i.removed && i.value.trim() !== '');

export function createProblems(d: CreateDraft): FormProblem[] {
  const out: FormProblem[] = [];
  if (d.labelEn.trim() === '' && d.labelRu.trim() === '') out.push('labelMissing');
  if (d.type === 'enumeration' && liveItems(d.items).length === 0) out.push('noItems');
  if (d.type === 'crm' && d.crmTypes.length === 0) out.push('noCrmType');
  const code = codeProblem(d.code);
  if (code) out.push(code);
  return out;
}

export function changeProblems(d: ChangeDraft, type: string): FormProblem[] {
  const out: FormProblem[] = [];
  if (d.labelEn.trim() === '' && d.labelRu.trim() === '') out.push('labelMissing');
  if (type === 'enumeration' && liveItems(d.items).length === 0) out.push('noItems');
  return out;
}

/** A language left empty takes the other one's label, so neither shows the bare code. */
function twoLabels(en: string, ru: string): { en: string; ru: string } {
  const e = en.trim();
  const r = ru.trim();
  return { en: e || r, ru: r || e };
}

/** A yes/no field is never multiple on the portal (`UserFieldProxy::add` forces `N`). */
export const canBeMultiple = (type: EditorUserFieldType): boolean => type !== 'boolean';

export function createInput(d: CreateDraft, now: number): UserFieldInput {
  const labels = twoLabels(d.labelEn, d.labelRu);
  return {
    FIELD_NAME: fullFieldName(d.code, now),
    USER_TYPE_ID: d.type,
    // fills the languages other than en and ru (the portal's LABEL shortcut)
    LABEL: labels.en,
    EDIT_FORM_LABEL: labels,
    LIST_COLUMN_LABEL: labels,
    LIST_FILTER_LABEL: labels,
    MANDATORY: d.required ? 'Y' : 'N',
    MULTIPLE: d.multiple && canBeMultiple(d.type) ? 'Y' : 'N',
    SHOW_FILTER: 'Y',
    ...(d.type === 'enumeration' ? { LIST: liveItems(d.items).map((i) => ({ VALUE: i.value.trim() })) } : {}),
    ...(d.type === 'crm'
      ? { SETTINGS: Object.fromEntries(CRM_LINK_TYPES.map((k) => [k, d.crmTypes.includes(k) ? 'Y' : 'N'])) }
      : {}),
  };
}

const known = (m: LabelMap | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(m ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));

/**
 * `crm.lead.userfield.update` replaces a label in every language, leaving those not sent empty,
 * so the other languages go back as they are. Only changed items are sent: the portal gives an
 * item it touches a new XML_ID unless one is sent, and REST never shows the old one.
 */
export function changeInput(detail: UserFieldDetail, d: ChangeDraft): UserFieldInput {
  const labels = twoLabels(d.labelEn, d.labelRu);
  const list: UserFieldItemInput[] = [];
  for (const i of d.items) {
    const value = i.value.trim();
    if (i.id === undefined) {
      if (!i.removed && value !== '') list.push({ VALUE: value });
    } else if (i.removed || value === '') list.push({ ID: i.id, DEL: 'Y' });
    else if (value !== i.original) list.push({ ID: i.id, VALUE: value });
  }
  return {
    EDIT_FORM_LABEL: { ...known(detail.EDIT_FORM_LABEL), ...labels },
    LIST_COLUMN_LABEL: { ...known(detail.LIST_COLUMN_LABEL), ...labels },
    LIST_FILTER_LABEL: { ...known(detail.LIST_FILTER_LABEL), ...labels },
    MANDATORY: d.required ? 'Y' : 'N',
    ...(list.length > 0 ? { LIST: list } : {}),
  };
}

/** The form as the stored field is. */
export function changeDraftOf(detail: UserFieldDetail): ChangeDraft {
  return {
    labelEn: detail.EDIT_FORM_LABEL?.['en'] ?? '',
    labelRu: detail.EDIT_FORM_LABEL?.['ru'] ?? '',
    required: detail.MANDATORY === 'Y',
    items: (detail.LIST ?? []).map((i) => ({
      key: `item-${i.ID}`,
      id: i.ID,
      value: i.VALUE,
      original: i.VALUE,
    })),
  };
}
