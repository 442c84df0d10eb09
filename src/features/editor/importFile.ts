import { fromPortal, type LayoutNotice } from '../../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../../api/schemas/layout';
import type { CardField } from '../../domain/cardFields';
import { copyForLeadType } from '../../domain/copyLayout';
import { IMPORT_LIMITS, parseLayoutImport, tooLarge, type ImportProblemCode } from '../../domain/layoutJson';
import type { CodedText } from '../../domain/textCodes';
import type { FieldCode, Layout, LeadType } from '../../domain/types';

/**
 * A file read for import: the layout fitted to the open document, or why it cannot be used (a code
 * and its values for the interface to word).
 */
export type ImportedLayout =
  | {
      readonly ok: true;
      readonly layout: Layout;
      /** What was read differently from the file (e.g. a field placed twice). */
      readonly notices: readonly LayoutNotice[];
      /** Fields the open card cannot show (the file was for the other lead type). */
      readonly leftOut: readonly FieldCode[];
      readonly fromLeadType?: LeadType;
      readonly fromScope?: 'C' | 'P';
      readonly exportedAt?: string;
      readonly portal?: string;
    }
  | ({ readonly ok: false } & CodedText<ImportProblemCode | 'unreadableSections'>);

/**
 * Reads an import (`parseLayoutImport`: an export of this app, a bare portal payload or a REST
 * answer, checked with the portal's own rules) and fits it to a card of `leadType`: a layout made
 * for the other lead type loses the fields this card cannot show, and they are listed. A file of
 * more than `IMPORT_LIMITS.bytes` (`size`, known before reading) is refused unread.
 */
export function readImport(
  text: string,
  leadType: LeadType,
  cardFields: readonly CardField[],
  size = 0,
): ImportedLayout {
  const parsed = size > IMPORT_LIMITS.bytes ? tooLarge(size) : parseLayoutImport(text);
  if (!parsed.ok) return { ok: false, code: parsed.code, params: parsed.params };
  const sections = PortalLayoutSchema.safeParse(parsed.sections);
  if (!sections.success) {
    return { ok: false, code: 'unreadableSections', params: {} };
  }
  const { layout, notices } = fromPortal(sections.data);
  const otherType = parsed.leadType !== undefined && parsed.leadType !== leadType;
  const fitted = otherType ? copyForLeadType(layout, leadType, cardFields) : { layout, leftOut: [] };
  return {
    ok: true,
    layout: fitted.layout,
    notices,
    leftOut: fitted.leftOut,
    ...(parsed.leadType !== undefined ? { fromLeadType: parsed.leadType } : {}),
    ...(parsed.scope !== undefined ? { fromScope: parsed.scope } : {}),
    ...(parsed.exportedAt !== undefined ? { exportedAt: parsed.exportedAt } : {}),
    ...(parsed.portal !== undefined ? { portal: parsed.portal } : {}),
  };
}
