/**
 * The names `crm.item.*` and `crm.type.*` speak (`Bitrix\Main\Engine\Response\Converter`,
 * `Crm\Service\Converter\OrmObject`): `ASSIGNED_BY_ID` ⇄ `assignedById`, and user fields keep the
 * underscore before their own part, `UF_CRM_1720019876534` ⇄ `ufCrm_1720019876534`,
 * `UF_CRM_44_1721812760630` ⇄ `ufCrm44_1721812760630` (docs `crm-item-get.md`, `crm-item-fields.md`).
 */

const UF_RE = /^UF_CRM_(?:(\d+)_)?(.+)$/;

export function toCamel(upper: string): string {
  const uf = UF_RE.exec(upper);
  if (uf) return `ufCrm${uf[1] ?? ''}_${uf[2] ?? ''}`;
  const parts = upper
    .toLowerCase()
    .split('_')
    .filter((p) => p !== '');
  return parts.map((p, i) => (i === 0 ? p : p.charAt(0).toUpperCase() + p.slice(1))).join('');
}

/** `camel2snake` + upper case, for a name the caller did not get from the portal's own list. */
export function toUpperSnake(camel: string): string {
  const uf = /^ufCrm(\d*)_(.+)$/.exec(camel);
  if (uf) return `UF_CRM_${uf[1] ? `${uf[1]}_` : ''}${uf[2] ?? ''}`;
  return camel
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([a-z])(\d)/g, '$1_$2')
    .toUpperCase();
}

/** The operator prefix of a filter key (`>=`, `!@`, `%`, …) and the field name behind it. */
const FILTER_KEY_RE = /^([=!<>@%]*)(.*)$/;

/** `convertKeysToUpper` of a filter or an order: each key's field name upper-cased, its prefix kept. */
export function upperFilterKeys(
  filter: Readonly<Record<string, unknown>>,
  known: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    const m = FILTER_KEY_RE.exec(key);
    const prefix = m?.[1] ?? '';
    const name = m?.[2] ?? key;
    out[`${prefix}${known.get(name) ?? toUpperSnake(name)}`] = value;
  }
  return out;
}
