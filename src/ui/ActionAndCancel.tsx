import { useT } from '../i18n/i18nStore';
import { Button } from './Button';

export interface ActionAndCancelProps {
  readonly label: string;
  readonly onAction: () => void;
  readonly onCancel: () => void;
  /** Destructive actions get the red button. */
  readonly danger?: boolean;
  readonly disabled?: boolean;
  readonly busy?: boolean;
}

/** A dialog's one action and Cancel beside it: the buttons every form and question ends with. */
export function ActionAndCancel({ label, onAction, onCancel, danger, disabled, busy }: ActionAndCancelProps) {
  const t = useT();
  return (
    <>
      <Button
        variant={danger ? 'danger' : 'primary'}
        onClick={onAction}
        {...(disabled !== undefined ? { disabled } : {})}
        {...(busy !== undefined ? { busy } : {})}
      >
        {label}
      </Button>
      <Button variant="light" onClick={onCancel}>
        {t('ui.cancel')}
      </Button>
    </>
  );
}
