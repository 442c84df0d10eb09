import type { LeadType } from '../domain/types';

/** Which layout a document edits: common, or personal for one user; simple or repeat leads. */
export interface DocumentKey {
  readonly scope: 'C' | 'P';
  readonly userId: number | null;
  readonly leadType: LeadType;
}

export const documentKeyString = (k: DocumentKey): string =>
  k.scope === 'C' ? `C:${k.leadType}` : `P:${k.userId ?? 0}:${k.leadType}`;
