/**
 * The user-option name of a card's layout (`EntityEditorConfig::resolveOptionName`, ofcoder/b24_clear
 * `crm/lib/entity/entityeditorconfig.php`; `Category\EditorHelper::getEditorConfigId`;
 * `Component\EntityDetails\FactoryBased::getGuid`):
 *
 * | card | option |
 * | --- | --- |
 * | simple / repeat lead | `lead_details` / `returning_lead_details` |
 * | deal, pipeline 0 / N | `deal_details` / `deal_details_c_N` |
 * | contact, company (category N) | `contact_details`, `company_details` (`…_C_N`) |
 * | quote | `QUOTE_details` |
 * | smart invoice, smart process | `SMART_INVOICE_details_C{funnel}`, `DYNAMIC_{type}_details_C{funnel}` |
 *
 * A smart process always has a funnel: no `categoryId` means its default funnel, whose id is not 0.
 */
import { categoriesOf, defaultCategory } from './crmState';
import { COMPANY, CONTACT, DEAL, LEAD, QUOTE, usesItemDetails } from './entityTypes';
import { intval, isset, phpGet, type PhpArray } from './php';
import type { PortalState } from './types';

/**
 * One key of `extras` as the REST proxy renames it: `leadCustomerType`, `leadcustomertype`,
 * `LEADCUSTOMERTYPE`, `LeadCustomerType` or the internal `LEAD_CUSTOMER_TYPE` (BITRIX24-API.md 1.2).
 */
function extra(extras: PhpArray, camel: string, internal: string): unknown {
  const cap = camel.charAt(0).toUpperCase() + camel.slice(1);
  for (const k of [camel.toLowerCase(), camel.toUpperCase(), camel, cap, internal]) {
    const v = phpGet(extras, k);
    if (isset(v)) return v;
  }
  return undefined;
}

/** 1.3 + newest `EntityEditorOptionBuilder`: 2 = repeat, 0/1 = simple, other values `_lead_details`. */
function leadOptionName(extras: PhpArray): string {
  const type = intval(extra(extras, 'leadCustomerType', 'LEAD_CUSTOMER_TYPE'));
  if (type === 2) return 'returning_lead_details';
  if (type === 0 || type === 1) return 'lead_details';
  return '_lead_details';
}

/** `$extras['CATEGORY_ID'] ?? $extras['DEAL_CATEGORY_ID'] ?? 0`, whatever the entity. */
export function requestedCategory(extras: PhpArray): number {
  return intval(
    extra(extras, 'categoryId', 'CATEGORY_ID') ?? extra(extras, 'dealCategoryId', 'DEAL_CATEGORY_ID'),
  );
}

/** `EditorHelper::getEditorConfigId`: `{name}_{c|C}_{id}` for a category above 0. */
const withCategory = (name: string, categoryId: number, upper: boolean): string =>
  categoryId > 0 ? `${name}_${upper ? 'C' : 'c'}_${categoryId}` : name;

/**
 * `FactoryBased::init` + `getGuid`: the funnel asked for when it exists, the default funnel when
 * none is asked for; an unknown funnel stops `init` before the category is set (no suffix).
 */
function itemDetailsName(
  state: PortalState,
  entityName: string,
  entityTypeId: number,
  asked: number,
): string {
  const funnel =
    asked > 0
      ? categoriesOf(state, entityTypeId).find((c) => c.id === asked)?.id
      : defaultCategory(state, entityTypeId)?.id;
  return funnel !== undefined && funnel > 0 ? `${entityName}_details_C${funnel}` : `${entityName}_details`;
}

/** The option name of the card of `entityTypeId` chosen by `extras`; `entityName` is its `CCrmOwnerType` name. */
export function editorOptionName(
  state: PortalState,
  entityTypeId: number,
  entityName: string,
  extras: PhpArray,
): string {
  if (entityTypeId === LEAD) return leadOptionName(extras);
  const category = requestedCategory(extras);
  if (usesItemDetails(state, entityTypeId)) return itemDetailsName(state, entityName, entityTypeId, category);
  if (entityTypeId === DEAL) return withCategory('deal_details', category, false);
  if (entityTypeId === CONTACT) return withCategory('contact_details', category, true);
  if (entityTypeId === COMPANY) return withCategory('company_details', category, true);
  if (entityTypeId === QUOTE) return withCategory('QUOTE_details', category, false);
  return withCategory(`${entityName.toLowerCase()}_details`, category, false);
}
