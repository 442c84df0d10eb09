import { useStore } from 'zustand';
import { useT } from '../i18n/i18nStore';
import { dismissToast, toastStore } from './toastStore';

export function Toasts() {
  const toasts = useStore(toastStore, (s) => s.toasts);
  const t = useT();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.kind}`}>
          <span className="toast-text">{toast.text}</span>
          <button
            type="button"
            className="toast-close"
            aria-label={t('ui.dismiss')}
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
