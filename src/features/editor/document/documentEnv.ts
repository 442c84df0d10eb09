import { createContext, useContext } from 'react';
import type { LeadFields } from '../../../api/schemas/fields';
import type { User } from '../../../api/schemas/user';
import type { PortalClient } from '../../../api/transport';
import type { CardField } from '../../../domain/cardFields';
import type { DocumentKey } from '../../../store/documentKey';
import type { EditorStore } from '../../../store/editorStore';
import type { SavedBy } from '../../../store/history';

/**
 * What the safety tools of one open document need (save check, drafts, history, diff, lint, copy,
 * bulk apply, import/export), provided once by `DocumentEditor` instead of passed down.
 */
export interface DocumentEnv {
  readonly client: PortalClient;
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  /** Placeable fields of this document's lead type. */
  readonly cardFields: readonly CardField[];
  /** `crm.lead.fields`, for the other lead type's card fields and lint. */
  readonly fields: LeadFields;
  /** Who is editing: recorded with each kept version. */
  readonly me: SavedBy;
  /** Drafts and history in this browser are kept per connection and signed-in user under this id. */
  readonly storageId: string;
  /** In a Bitrix24 app: history is kept in the app's options on the portal as well. */
  readonly appContext: boolean;
  /** First page of `user.get`, for user pickers. */
  readonly firstUsers: readonly User[];
  /** Opens another document (e.g. after copying into it). */
  readonly openDocument: (key: DocumentKey) => void;
}

export const DocumentEnvContext = createContext<DocumentEnv | null>(null);

export function useDocumentEnv(): DocumentEnv {
  const env = useContext(DocumentEnvContext);
  if (!env) throw new Error('useDocumentEnv needs <DocumentEnvContext.Provider>');
  return env;
}

/** Card label of a field, or its code when the card has no such field. */
export function labelFrom(cardFields: readonly CardField[]): (code: string) => string {
  const labels = new Map(cardFields.map((f) => [f.code, f.label]));
  return (code) => labels.get(code) ?? code;
}

/** The browser's `localStorage`, or `null` where it is disabled (then nothing is kept). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
