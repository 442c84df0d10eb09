import { accessDenied, isPortalError } from '../../api/errors';
import type { FieldCode } from '../../domain/types';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { portalErrorText } from '../../ui/portalErrorText';
import { dataKeysOf, type PreviewCatalog } from './catalog';

/** Where a failed lead call is reported: at the lead picker, at one field, or at the save bar. */
export type ErrorPlace =
  | { readonly kind: 'lead' }
  | { readonly kind: 'field'; readonly field: FieldCode }
  | { readonly kind: 'save' };

/**
 * The portal's texts for a record that is not there (BITRIX24-API.md 3.1-3.2; a lead's update says
 * `Lead is not found`; `crm.item.get` answers `NOT_FOUND` / `Item not found`).
 */
const MISSING_LEAD = ['ID is not defined or invalid.', 'Not found', 'Lead is not found', 'Item not found'];

const isMissingLead = (e: unknown): boolean =>
  isPortalError(e) && e.kind === 'portal' && MISSING_LEAD.some((t) => e.description.split('\n').includes(t));

/**
 * Where the portal's answer belongs: a missing lead at the picker; a validation text naming a
 * field (by code or by its card label in quotes, as the portal's CRM checks word them) at that
 * field; anything else (`Access denied.`, network, limits) at the save bar.
 */
export function placeLeadError(e: unknown, catalog: PreviewCatalog): ErrorPlace {
  if (isMissingLead(e)) return { kind: 'lead' };
  if (isPortalError(e) && e.kind === 'portal' && e.description !== '') {
    const text = e.description;
    const fields = [...catalog.byCode.values()];
    const byLabel = fields.find((f) =>
      [`"${f.label}"`, `'${f.label}'`, `«${f.label}»`].some((q) => text.includes(q)),
    );
    if (byLabel) return { kind: 'field', field: byLabel.code };
    // codes such as ADDRESS_CITY or UF_CRM_…; a short code like ID is a word in any sentence
    const byCode = fields.find((f) =>
      dataKeysOf(f).some((k) => k.length > 3 && new RegExp(`(^|[^A-Z0-9_])${k}([^A-Z0-9_]|$)`).test(text)),
    );
    if (byCode) return { kind: 'field', field: byCode.code };
  }
  return { kind: 'save' };
}

/** Plain words for a failed lead call; the portal's own text is always quoted. */
export function leadErrorText(
  e: unknown,
  t: Translate = translate(langStore.getState().lang),
  missing: MessageKey = 'preview.error.missingLead',
): string {
  const denied = accessDenied(e);
  if (denied) return t(denied === 'read' ? 'preview.error.accessDeniedRead' : 'preview.error.accessDenied');
  if (isPortalError(e) && isMissingLead(e)) return t(missing, { portal: e.description });
  return portalErrorText(e, t);
}
