import { createStore } from 'zustand/vanilla';

export interface Toast {
  readonly id: number;
  readonly kind: 'success' | 'error' | 'info';
  readonly text: string;
}

let nextId = 1;

/** App-wide toasts; features push, the <Toasts> host renders. The transport never shows one. */
export const toastStore = createStore<{ toasts: readonly Toast[] }>()(() => ({ toasts: [] }));

export function showToast(kind: Toast['kind'], text: string, ms = kind === 'error' ? 8000 : 4000): void {
  const toast = { id: nextId++, kind, text };
  toastStore.setState((s) => ({ toasts: [...s.toasts, toast].slice(-4) }));
  setTimeout(() => dismissToast(toast.id), ms);
}

export function dismissToast(id: number): void {
  toastStore.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}
