import { useT } from '../../i18n/i18nStore';

/** Shown while the editor loads: the shape of the screen, announced as busy. */
export function EditorSkeleton() {
  const t = useT();
  return (
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
  );
}
