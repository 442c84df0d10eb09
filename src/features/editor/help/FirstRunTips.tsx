import './help.css';
import { useState } from 'react';
import { useStore } from 'zustand';
import { useT } from '../../../i18n/i18nStore';
import { Button } from '../../../ui/Button';
import { TIPS, tipsStore } from './tipsStore';

/**
 * One tip at a time, in a slim band above the card, so the editor never moves far down. "Got it"
 * retires the tip for good on this device; the shortcuts sheet can bring them all back.
 */
export function FirstRunTips() {
  const t = useT();
  const seen = useStore(tipsStore, (s) => s.seen);
  const open = TIPS.filter((tip) => !seen.includes(tip));
  const [at, setAt] = useState(0);
  if (open.length === 0) return null;
  const index = Math.min(at, open.length - 1);
  const tip = open[index] ?? TIPS[0];
  return (
    <aside className="tips" aria-label={t('help.tips')}>
      <span className="tips-badge" aria-hidden="true">
        i
      </span>
      <p className="tips-text">
        <span className="sr-only">{t('help.tips.count', { n: index + 1, count: open.length })}: </span>
        {t(tip)}
      </p>
      <span className="tips-count" aria-hidden="true">
        {index + 1}/{open.length}
      </span>
      {open.length > 1 ? (
        <Button
          variant="light"
          aria-label={t('help.tips.next')}
          title={t('help.tips.next')}
          onClick={() => setAt((index + 1) % open.length)}
        >
          →
        </Button>
      ) : null}
      <Button variant="secondary" onClick={() => tipsStore.getState().dismiss(tip)}>
        {t('help.tips.gotIt')}
      </Button>
      <Button variant="light" onClick={() => tipsStore.getState().dismissAll()}>
        {t('help.tips.hideAll')}
      </Button>
    </aside>
  );
}
