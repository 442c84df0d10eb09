import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';

/** After this long a slow portal is said to be slow, and the wait can be stopped. */
const SLOW_MS = 5_000;

/**
 * Shown while the editor loads: the shape of the screen, announced as busy. A read may wait up to
 * a minute (30 s, retried once): after a few seconds `onStop` is offered so nobody is held.
 */
export function EditorSkeleton({ onStop }: { readonly onStop?: () => void }) {
  const t = useT();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <>
      {slow && onStop ? (
        <div className="banner banner-info" role="status">
          <span>{t('pieces.loading.slow')}</span>
          <Button variant="light" onClick={onStop}>
            {t('pieces.loading.stop')}
          </Button>
        </div>
      ) : null}
      <div className="skeleton" aria-busy="true" aria-label={t('pieces.loading')}>
        <div className="skeleton-block" style={{ height: 480 }} />
        <div>
          <div className="skeleton-block" style={{ height: 180, marginBottom: 14 }} />
          <div className="skeleton-block" style={{ height: 240 }} />
        </div>
        <span className="sr-only" role="status">
          {t('pieces.loading.status')}
        </span>
      </div>
    </>
  );
}

/** Where the skeleton was when the wait was stopped: nothing loaded, one way on. */
export function StoppedWaiting({ onRetry }: { readonly onRetry: () => void }) {
  const t = useT();
  return (
    <div className="error-panel" role="alert">
      <h2>{t('pieces.loading.stopped')}</h2>
      <p>{t('pieces.loading.stoppedBody')}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('editor.retry')}
      </Button>
    </div>
  );
}
