import type { Layout, LeadType } from './types';
import { LAYOUT_FILE_FORMAT, LAYOUT_FILE_VERSION, layoutPayload } from './layoutJson';

/** What the export file says about the layout besides its sections. */
export interface LayoutExportMeta {
  /** A lead card's type; a lead file says only this, as before other cards existed. */
  readonly leadType?: LeadType;
  /** Any other card, as `cardTypeString` (`deal:2`). */
  readonly card?: string;
  readonly scope: 'C' | 'P';
  /** The personal layout's user, for `P`. */
  readonly userId?: number;
  /** Where it came from, e.g. the portal domain; informative only. */
  readonly portal?: string;
  /** ISO 8601 time of the export. */
  readonly exportedAt: string;
}

/**
 * The export file for `layout`: pretty-printed JSON `{format, version, leadType, scope, userId?,
 * portal?, exportedAt, sections}` where `sections` is the portal payload (`layoutPayload`), so the
 * file can also be sent to `crm.lead.details.configuration.set` as it is.
 */
export function exportLayout(layout: Layout, meta: LayoutExportMeta): string {
  const file = {
    format: LAYOUT_FILE_FORMAT,
    version: LAYOUT_FILE_VERSION,
    ...(meta.leadType !== undefined ? { leadType: meta.leadType } : {}),
    ...(meta.card !== undefined ? { card: meta.card } : {}),
    scope: meta.scope,
    ...(meta.userId !== undefined ? { userId: meta.userId } : {}),
    ...(meta.portal !== undefined ? { portal: meta.portal } : {}),
    exportedAt: meta.exportedAt,
    sections: layoutPayload(layout),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
