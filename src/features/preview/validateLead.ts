import type { FieldInfo } from '../../api/schemas/fields';
import type { CardField } from '../../domain/cardFields';
import type { FieldCode, Layout } from '../../domain/types';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
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
  /** The language of the messages; the current interface language when absent. */
  readonly t?: Translate;
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
  t: Translate = translate(langStore.getState().lang),
): string | null {
  const type = info?.type ?? 'string';
  const fail = (ok: boolean, message: MessageKey) => (ok ? null : t(message, { value }));
  switch (type) {
    case 'integer':
      return fail(/^-?\d+$/.test(value), 'preview.check.integer');
    case 'double':
      return fail(/^-?\d+(\.\d+)?$/.test(value), 'preview.check.number');
    case 'user':
    case 'employee':
    case 'crm_company':
    case 'crm_contact':
      return fail(ID.test(value), 'preview.check.id');
    case 'char':
      return fail(value === 'Y' || value === 'N', 'preview.check.yesNoChar');
    case 'boolean':
      return fail(value === '1' || value === '0', 'preview.check.yesNoBit');
    case 'date':
      return fail(validDate(value), 'preview.check.date');
    case 'datetime':
      return fail(validDateTime(value), 'preview.check.dateTime');
    case 'enumeration':
      return fail(info?.items?.some((i) => i.ID === value) === true, 'preview.check.item');
    case 'crm_status': {
      const list = info?.statusType ? refs.statuses.get(info.statusType) : undefined;
      if (!list) return null;
      return fail(
        list.some((s) => s.STATUS_ID === value),
        'preview.check.status',
      );
    }
    case 'crm_currency':
      return fail(/^[A-Z]{3}$/.test(value), 'preview.check.currency');
    case 'money':
      return fail(/^-?\d+(\.\d+)?\|[A-Z]{3}$/.test(value), 'preview.check.money');
    case 'url':
      return fail(safeHref(value) !== undefined, 'preview.check.url');
    default:
      return fail(key !== 'COMPANY_ID' || ID.test(value), 'preview.check.idShort');
  }
}

function checkRow(code: string, value: string, t: Translate): string | null {
  if (code === 'EMAIL' && !EMAIL.test(value)) return t('preview.check.email', { value });
  if (code === 'PHONE') {
    const digits = value.replace(/\D/g, '').length;
    if (!PHONE.test(value) || digits < 3 || digits > 20) return t('preview.check.phone', { value });
  }
  if (code === 'WEB' && !safeHref(value)) return t('preview.check.url', { value });
  return null;
}

function keyProblems(
  field: CardField,
  key: string,
  form: LeadForm,
  opts: ValidateOptions,
  t: Translate,
): string[] {
  const info = opts.catalog.fields[key];
  const prefix = field.composite ? `${partLabel(key, t)}: ` : '';
  if (isMultifieldCode(key)) {
    const types = MULTIFIELD_VALUE_TYPES[key].map(([id]) => id);
    return formRows(form, key).flatMap((row, i) => {
      const value = row.VALUE.trim();
      if (value === '') return [];
      const problem =
        checkRow(key, value, t) ??
        (types.includes(row.VALUE_TYPE) ? null : t('preview.check.rowType', { type: row.VALUE_TYPE }));
      return problem ? [t('preview.check.row', { index: i + 1, problem })] : [];
    });
  }
  const values = form.lists[key] !== undefined ? formList(form, key) : [formValue(form, key)];
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  const required = field.isRequired || info?.isRequired === true;
  if (filled.length === 0) return required ? [`${prefix}${t('preview.check.required')}`] : [];
  return filled.flatMap((v) => {
    const problem =
      key === 'CONTACT_IDS'
        ? ID.test(v)
          ? null
          : t('preview.check.idShort', { value: v })
        : checkValue(key, v, info, opts.refs, t);
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
  const t = opts.t ?? translate(langStore.getState().lang);
  for (const field of placedFields(opts.layout, opts.catalog)) {
    for (const key of dataKeysOf(field)) {
      if (!isWritableKey(field, key, opts.catalog.fields)) continue;
      if (opts.original && sameKey(key, opts.original, form)) continue;
      for (const message of keyProblems(field, key, form, opts, t))
        problems.push({ field: field.code, message });
    }
  }
  return problems;
}
