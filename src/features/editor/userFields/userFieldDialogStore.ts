import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { userFieldEntityOf } from '../../../api/methods/userfields';
import { useDocument } from '../document/documentContext';

/** What the user-field dialog is asked for: a new field (from the list or a section) or a change. */
export type UserFieldRequest =
  | { readonly kind: 'create'; readonly section: string | null }
  | { readonly kind: 'change'; readonly field: string };

/** One editor is open at a time, so one request: the field list, sections and chips open it. */
export const userFieldDialogStore = createStore<{ request: UserFieldRequest | null }>()(() => ({
  request: null,
}));

export const openUserFieldDialog = (request: UserFieldRequest): void =>
  userFieldDialogStore.setState({ request });
export const closeUserFieldDialog = (): void => userFieldDialogStore.setState({ request: null });
export const useUserFieldRequest = () => useStore(userFieldDialogStore, (s) => s.request);

/**
 * Whether this card's user fields are created and changed here: smart invoices and smart
 * processes keep theirs in `userfieldconfig.*`, so their cards offer neither.
 */
export const useUserFieldsHere = (): boolean => userFieldEntityOf(useDocument().docKey.card) !== null;
