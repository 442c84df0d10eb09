import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { Dialog, type DialogProps } from '../../../ui/Dialog';

/** A wide dialog that only shows something: its one action closes it. */
export function ReadingDialog({ title, onClose, children }: Omit<DialogProps, 'open' | 'actions'>) {
  const t = useT();
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <Button variant="light" onClick={onClose}>
          {t('dialogs.close')}
        </Button>
      }
    >
      <div className="safety-wide">{children}</div>
    </Dialog>
  );
}
