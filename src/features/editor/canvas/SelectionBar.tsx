import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { useCardView, useCardViewApi } from '../document/documentContext';

/**
 * What is selected on the card, with "Move to section…" and "Clear selection". Its count is a
 * polite live region, always in the page, so a screen reader hears each change of the selection.
 */
export function SelectionBar({ onMove }: { readonly onMove: () => void }) {
  const count = useCardView((s) => s.selection.fields.size);
  const view = useCardViewApi();
  const t = useT();
  return (
    <div className={`selection-bar${count > 0 ? '' : ' is-empty'}`}>
      <p className="selection-count" role="status" aria-live="polite">
        {count > 0 ? t('bigcards.select.count', { count }) : ''}
      </p>
      {count > 0 ? (
        <>
          <Button variant="primary" onClick={onMove}>
            {t('bigcards.select.moveTo')}
          </Button>
          <Button variant="light" onClick={() => view.getState().clear()}>
            {t('bigcards.select.clear')}
          </Button>
          <span className="selection-hint">{t('bigcards.select.hint')}</span>
        </>
      ) : null}
    </div>
  );
}
