import { cardTypeString, type CardType } from '../domain/cardType';

/** Which layout a document edits: common, or personal for one user; of which CRM card. */
export interface DocumentKey {
  readonly scope: 'C' | 'P';
  readonly userId: number | null;
  readonly card: CardType;
}

/** Lead cards keep the text they had before other cards existed (`C:simple`), so old drafts are found. */
export const documentKeyString = (k: DocumentKey): string =>
  k.scope === 'C' ? `C:${cardTypeString(k.card)}` : `P:${k.userId ?? 0}:${cardTypeString(k.card)}`;
