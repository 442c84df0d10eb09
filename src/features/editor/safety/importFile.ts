import { fromPortal, type LayoutNotice } from '../../../api/methods/layoutMapping';
import { PortalLayoutSchema } from '../../../api/schemas/layout';
import type { CardField } from '../../../domain/cardFields';
import { sameCardType, type CardType } from '../../../domain/cardType';
import {
  IMPORT_LIMITS,
  parseLayoutImport,
  tooLarge,
  type ImportProblemCode,
} from '../../../domain/layoutJson';
import type { CodedText } from '../../../domain/textCodes';
import type { FieldCode, Layout } from '../../../domain/types';
import { copyForCard } from '../../../domain/copyLayout';

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
      /** Fields the open card cannot show (the file was for another card). */
      readonly leftOut: readonly FieldCode[];
      /** The card the file was made for, when it says. */
      readonly fromCard?: CardType;
      readonly fromScope?: 'C' | 'P';
      readonly exportedAt?: string;
      readonly portal?: string;
    }
  | ({ readonly ok: false } & CodedText<ImportProblemCode | 'unreadableSections'>);

/**
 * Reads an import (`parseLayoutImport`: an export of this app, a bare portal payload or a REST
 * answer, checked with the portal's own rules) and fits it to `card`: a layout made
 * for another card loses the fields this card cannot show, and they are listed. A file of
 * more than `IMPORT_LIMITS.bytes` (`size`, known before reading) is refused unread.
 */
export function readImport(
  text: string,
  card: CardType,
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
  const otherCard = parsed.card !== undefined && !sameCardType(parsed.card, card);
  const fitted = otherCard ? copyForCard(layout, cardFields, card) : { layout, leftOut: [] };
  return {
    ok: true,
    layout: fitted.layout,
    notices,
    leftOut: fitted.leftOut,
    ...(parsed.card !== undefined ? { fromCard: parsed.card } : {}),
    ...(parsed.scope !== undefined ? { fromScope: parsed.scope } : {}),
    ...(parsed.exportedAt !== undefined ? { exportedAt: parsed.exportedAt } : {}),
    ...(parsed.portal !== undefined ? { portal: parsed.portal } : {}),
  };
}
