import type { FieldInfo } from '../../api/schemas/fields';
import type { CardField } from '../../domain/cardFields';
import type { FieldCode, Layout } from '../../domain/types';
import { dataKeysOf, isWritableKey, placedFields, type PreviewCatalog } from './catalog';
import { safeHref } from './formatters';
import { formList, formRows, formValue, type LeadForm } from './leadForm';
import { isMultifieldCode, MULTIFIELD_VALUE_TYPES } from './multifieldTypes';
import { partLabel } from './parts';
import type { References } from './references';

/** A value the portal would refuse or misread, at the card field that shows it. */
export interface FieldProblem {
  readonly field: FieldCode;
  readonly message: string;
}

export interface ValidateOptions {
  /** The lead before editing; `null` for a new lead (every filled value is checked, required ones must be filled). */
  readonly original: LeadForm | null;
  readonly layout: Layout;
  readonly catalog: PreviewCatalog;
  /** Stage, source and salutation lists; a list not loaded is not checked. */
  readonly refs: References;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;
const ID = /^[1-9]\d*$/;

function validDate(ymd: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}

function validDateTime(s: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  return (
    m !== null && validDate(m[1] ?? '') && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60
  );
}

/** What is wrong with one non-empty value of a key of type `info.type`, or `null`. */
export function checkValue(
  key: string,
  value: string,
  info: FieldInfo | undefined,
  refs: References,
): string | null {
  const type = info?.type ?? 'string';
  switch (type) {
    case 'integer':
      return /^-?\d+$/.test(value) ? null : `"${value}" is not a whole number.`;
    case 'double':
      return /^-?\d+(\.\d+)?$/.test(value)
        ? null
        : `"${value}" is not a number (use a dot for decimals: 12.5).`;
    case 'user':
    case 'employee':
    case 'crm_company':
    case 'crm_contact':
      return ID.test(value) ? null : `"${value}" is not an id (a positive whole number).`;
    case 'char':
      return value === 'Y' || value === 'N' ? null : `"${value}" must be Y or N.`;
    case 'boolean':
      return value === '1' || value === '0' ? null : `"${value}" must be yes (1) or no (0).`;
    case 'date':
      return validDate(value) ? null : `"${value}" is not a date (YYYY-MM-DD).`;
    case 'datetime':
      return validDateTime(value) ? null : `"${value}" is not a date and time.`;
    case 'enumeration':
      return info?.items?.some((i) => i.ID === value) ? null : `"${value}" is not one of the list's items.`;
    case 'crm_status': {
      const list = info?.statusType ? refs.statuses.get(info.statusType) : undefined;
      if (!list) return null;
      return list.some((s) => s.STATUS_ID === value) ? null : `"${value}" is not in the portal's list.`;
    }
    case 'crm_currency':
      return /^[A-Z]{3}$/.test(value) ? null : `"${value}" is not a currency code (three capital letters).`;
    case 'money':
      return /^-?\d+(\.\d+)?\|[A-Z]{3}$/.test(value) ? null : `"${value}" is not an amount with a currency.`;
    case 'url':
      return safeHref(value) ? null : `"${value}" is not a web address.`;
    default:
      return key === 'COMPANY_ID' && !ID.test(value) ? `"${value}" is not an id.` : null;
  }
}

function checkRow(code: string, value: string): string | null {
  if (code === 'EMAIL' && !EMAIL.test(value)) return `"${value}" is not an e-mail address.`;
  if (code === 'PHONE') {
    const digits = value.replace(/\D/g, '').length;
    if (!PHONE.test(value) || digits < 3 || digits > 20) {
      return `"${value}" is not a phone number (digits, spaces and + ( ) - only).`;
    }
  }
  if (code === 'WEB' && !safeHref(value)) return `"${value}" is not a web address.`;
  return null;
}

function keyProblems(field: CardField, key: string, form: LeadForm, opts: ValidateOptions): string[] {
  const info = opts.catalog.fields[key];
  const prefix = field.composite ? `${partLabel(key)}: ` : '';
  if (isMultifieldCode(key)) {
    const types = MULTIFIELD_VALUE_TYPES[key].map(([id]) => id);
    return formRows(form, key).flatMap((row, i) => {
      const value = row.VALUE.trim();
      if (value === '') return [];
      const problem =
        checkRow(key, value) ??
        (types.includes(row.VALUE_TYPE) ? null : `type "${row.VALUE_TYPE}" is unknown.`);
      return problem ? [`Row ${i + 1}: ${problem}`] : [];
    });
  }
  const values = form.lists[key] !== undefined ? formList(form, key) : [formValue(form, key)];
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const required = field.isRequired || info?.isRequired === true;
  if (filled.length === 0) return required ? [`${prefix}This field is required.`] : [];
  return filled.flatMap((v) => {
    const problem =
      key === 'CONTACT_IDS'
        ? ID.test(v)
          ? null
          : `"${v}" is not an id.`
        : checkValue(key, v, info, opts.refs);
    return problem ? [`${prefix}${problem}`] : [];
  });
}

const sameKey = (key: string, a: LeadForm, b: LeadForm): boolean =>
  JSON.stringify([
    a.values[key] ?? '',
    a.lists[key] ?? [],
    isMultifieldCode(key) ? (a.rows[key] ?? []) : [],
  ]) ===
  JSON.stringify([b.values[key] ?? '', b.lists[key] ?? [], isMultifieldCode(key) ? (b.rows[key] ?? []) : []]);

/**
 * Type-aware checks before anything is sent: numbers, dates, Y/N, list values, e-mail and phone
 * formats, required fields. On an existing lead only changed keys are checked, so a value the
 * portal already holds never blocks saving something else.
 */
export function validateLead(form: LeadForm, opts: ValidateOptions): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of placedFields(opts.layout, opts.catalog)) {
    for (const key of dataKeysOf(field)) {
      if (!isWritableKey(field, key, opts.catalog.fields)) continue;
      if (opts.original && sameKey(key, opts.original, form)) continue;
      for (const message of keyProblems(field, key, form, opts))
        problems.push({ field: field.code, message });
    }
  }
  return problems;
}
