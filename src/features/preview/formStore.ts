import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MultifieldCode } from '../../api/schemas/lead';
import type { LeadForm, MultiRow } from './leadForm';

/**
 * One lead being edited in the preview: what the portal holds (`original`) and what was typed
 * (`form`). Kept per lead for the panel's life, so switching modes or a failed save loses nothing.
 */
export interface FormState {
  readonly original: LeadForm;
  readonly form: LeadForm;
  setValue(key: string, value: string): void;
  setList(key: string, list: readonly string[]): void;
  setRows(code: MultifieldCode, rows: readonly MultiRow[]): void;
  /** Drop what was typed. */
  discard(): void;
  /**
   * After a successful save: `sent`, the form as it was when the request left, is now what the
   * portal holds; anything typed while the request ran stays unsaved.
   */
  markSaved(sent: LeadForm): void;
  /** Fresh data from the portal; ignored while something typed is unsaved. */
  load(original: LeadForm): void;
}

export type FormStore = StoreApi<FormState>;

export const isDirty = (s: FormState): boolean => s.form !== s.original;

export const createFormStore = (original: LeadForm): FormStore =>
  createStore<FormState>()((set, get) => ({
    original,
    form: original,
    setValue: (key, value) =>
      set((s) => ({ form: { ...s.form, values: { ...s.form.values, [key]: value } } })),
    setList: (key, list) => set((s) => ({ form: { ...s.form, lists: { ...s.form.lists, [key]: list } } })),
    setRows: (code, rows) => set((s) => ({ form: { ...s.form, rows: { ...s.form.rows, [code]: rows } } })),
    discard: () => set((s) => ({ form: s.original })),
    markSaved: (sent) => set({ original: sent }),
    load: (next) => {
      if (!isDirty(get()) && get().original !== next) set({ original: next, form: next });
    },
  }));

export const FormStoreContext = createContext<FormStore | null>(null);

export function useFormApi(): FormStore {
  const store = useContext(FormStoreContext);
  if (!store) throw new Error('useFormApi needs <FormStoreContext.Provider>');
  return store;
}

/** Subscribes to one slice of the edited lead; return primitives or stable references. */
export function useForm<T>(select: (s: FormState) => T): T {
  return useStore(useFormApi(), select);
}
