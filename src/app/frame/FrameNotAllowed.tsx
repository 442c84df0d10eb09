import { useT } from '../../i18n/i18nStore';

/**
 * Shown instead of the app inside a frame whose `DOMAIN` is not an allowed portal: nothing is
 * asked of that portal, not even the session (see `allowedPortals.ts`).
 */
export function FrameNotAllowed({ domain }: { readonly domain: string }) {
  const t = useT();
  return (
    <main className="in-frame">
      <div className="error-panel" role="alert">
        <h1>{t('connect.frame.notAllowed.title')}</h1>
        <p>{t('connect.frame.notAllowed.body', { domain })}</p>
        <p>{t('connect.frame.notAllowed.hint', { domain })}</p>
      </div>
    </main>
  );
}
