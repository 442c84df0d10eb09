import type { ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ActionAndCancel } from './ActionAndCancel';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly confirmLabel: string;
  /** Destructive actions get the red button. */
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A question with one action and Cancel; the action closes the dialog before it runs. */
export function ConfirmDialog({
  open,
  title,
  confirmLabel,
  danger = false,
  onConfirm,
  onClose,
  children,
}: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={
        <ActionAndCancel
          label={confirmLabel}
          danger={danger}
          onAction={() => {
            onClose();
            onConfirm();
          }}
          onCancel={onClose}
        />
      }
    >
      {children}
    </Dialog>
  );
}
