import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { LeadFields } from '../../../api/schemas/fields';
import type { User } from '../../../api/schemas/user';
import type { PortalClient } from '../../../api/transport';
import type { CardField } from '../../../domain/cardFields';
import { cardFieldsOf } from '../../../domain/cards';
import { SIMPLE_LEADS } from '../../../domain/cardType';
import { useLang } from '../../../i18n/i18nStore';
import { cardViewFor, type CardViewState, type CardViewStore } from '../../../store/cardView';
import type { DocumentKey } from '../../../store/documentKey';
import type { EditorState, EditorStore } from '../../../store/editorStore';
import type { SavedBy } from '../../../store/history';

/** What is the same for every document of the editor screen, built once by `EditorScreen`. */
export interface EditorSession {
  readonly client: PortalClient;
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

/** The placeable fields of the open card, by code: labels, kinds and marks for leaf components. */
export type FieldCatalog = ReadonlyMap<string, CardField>;

/** What the open document is; the one thing `DocumentEditor` provides to every region under it. */
export interface DocumentEnv extends EditorSession {
  readonly docKey: DocumentKey;
  readonly editor: EditorStore;
  /** Placeable fields of this document's card. */
  readonly cardFields: readonly CardField[];
  /** The entity's field list, for the other lead type's card fields and lint. */
  readonly fields: LeadFields;
  /** `cardFields` by code. */
  readonly catalog: FieldCatalog;
  /** Card label of a field, or its code when the card has no such field. */
  readonly labelOf: (code: string) => string;
}

/** A document's parts, before its catalogue and labels are derived from its card fields. */
export type DocumentParts = Omit<DocumentEnv, 'catalog' | 'labelOf'>;

const labelsIn =
  (catalog: FieldCatalog) =>
  (code: string): string =>
    catalog.get(code)?.label ?? code;

export function documentEnv(parts: DocumentParts): DocumentEnv {
  const catalog: FieldCatalog = new Map(parts.cardFields.map((f) => [f.code, f]));
  return { ...parts, catalog, labelOf: labelsIn(catalog) };
}

/** One value per render of `DocumentEditor`: memoise it on its parts, every chip reads it. */
export const DocumentContext = createContext<DocumentEnv | null>(null);

export function useDocument(): DocumentEnv {
  const env = useContext(DocumentContext);
  if (!env) throw new Error('useDocument needs <DocumentContext.Provider>');
  return env;
}

export const useEditorStoreApi = (): EditorStore => useDocument().editor;

export function useEditor<T>(select: (s: EditorState) => T): T {
  return useStore(useEditorStoreApi(), select);
}

export const useFieldCatalog = (): FieldCatalog => useDocument().catalog;

/** Label of a field; a code the portal no longer has is shown as the code itself. */
export function useFieldLabel(code: string): string {
  return useDocument().labelOf(code);
}

/**
 * Labels for comparing layouts across the card's family: a lead's come from the simple card,
 * which has every lead field; any other card's are its own.
 */
export function useFamilyLabelOf(): (code: string) => string {
  const { docKey, fields } = useDocument();
  const lang = useLang();
  const labelCard = docKey.card.entity === 'lead' ? SIMPLE_LEADS : docKey.card;
  return useMemo(
    () => labelsIn(new Map(cardFieldsOf(labelCard, fields, lang).map((f) => [f.code, f]))),
    [labelCard, fields, lang],
  );
}

/** How the open document's card is looked at: its selection and folded sections. */
export const useCardViewApi = (): CardViewStore => cardViewFor(useEditorStoreApi());

export function useCardView<T>(select: (s: CardViewState) => T): T {
  return useStore(useCardViewApi(), select);
}
