import { useEffect, useState } from 'react';
import { createFormStore, type FormStore } from './formStore';
import type { LeadForm } from './leadForm';

/**
 * The edit session of the lead `key`, kept for the panel's life: going back to a lead finds what
 * was typed for it. Fresh portal data replaces the form only while nothing typed is unsaved.
 */
export function useFormSession(key: string | null, original: LeadForm | null): FormStore | null {
  const [sessions] = useState(() => new Map<string, FormStore>());
  let store: FormStore | null = null;
  if (key !== null && original !== null) {
    store = sessions.get(key) ?? null;
    if (!store) {
      // created during render on purpose: the first render of a lead already has its form
      store = createFormStore(original);
      sessions.set(key, store);
    }
  }
  useEffect(() => {
    if (store && original) store.getState().load(original);
  }, [store, original]);
  return store;
}
