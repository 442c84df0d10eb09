import { createStore } from 'zustand/vanilla';

export interface Toast {
  readonly id: number;
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
  /** Toasts of one outcome share a key: a newer one replaces the older, so two never contradict. */
  readonly key?: string;
}

export interface ToastOptions {
  readonly key?: string;
  readonly ms?: number;
}

let nextId = 1;

/** App-wide toasts; features push, the <Toasts> host renders. The transport never shows one. */
export const toastStore = createStore<{ toasts: readonly Toast[] }>()(() => ({ toasts: [] }));

export function showToast(kind: Toast['kind'], text: string, options: ToastOptions = {}): void {
  const { key, ms = kind === 'error' ? 8000 : 4000 } = options;
  const toast: Toast = key === undefined ? { id: nextId++, kind, text } : { id: nextId++, kind, text, key };
  toastStore.setState((s) => ({
    toasts: [...s.toasts.filter((t) => key === undefined || t.key !== key), toast].slice(-4),
  }));
  setTimeout(() => dismissToast(toast.id), ms);
}

export function dismissToast(id: number): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** Drops the toasts whose key starts with `prefix`, e.g. a document's when it is closed. */
export function dropToasts(prefix: string): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => !t.key?.startsWith(prefix)) }));
}

/** The key of a document's toasts about `what` (its saves, resets…), dropped with the document. */
export const documentToastKey = (docKey: string, what = ''): string => `doc:${docKey}:${what}`;
