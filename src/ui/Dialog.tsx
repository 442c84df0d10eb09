import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/i18nStore';
import { ErrorBoundary } from './ErrorBoundary';

export interface DialogProps {
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly actions: ReactNode;
}

/**
 * A modal on the native <dialog>: focus is trapped by the browser, Escape closes it, and focus
 * returns to whatever opened it. A failure to draw its content stays inside it, with a way to
 * close it.
 */
export function Dialog({ title, open, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const t = useT();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    if (!open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, [open]);
  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      <ErrorBoundary what={t('boundary.region.dialog', { title })} onClose={onClose}>
        <div className="dialog-body">{children}</div>
        <div className="dialog-actions">{actions}</div>
      </ErrorBoundary>
    </dialog>
  );
}
