import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { WebhookAccepted } from '../features/connect/checkWebhook';
import {
  browserStorages,
  forgetWebhook,
  loadSavedWebhook,
  saveWebhook,
  type SavedWebhook,
} from '../features/connect/savedWebhook';
import { EditorScreen } from '../features/editor/EditorScreen';
import { LazyPreviewPanel } from './LazyPreviewPanel';
import { useT } from '../i18n/i18nStore';
import { connectionLabelText, demoConnection, webhookConnection, type Connection } from './connection';
import { demoAvailableOnce } from './demoProbe';
import { chooseStart } from './startMode';
import { TopBar } from './TopBar';
import { lazyNamed } from '../ui/lazyNamed';

// most visits go straight to the editor (a saved webhook, the demo): the screen is fetched when shown
const ConnectScreen = lazyNamed(() =>
  import('../features/connect/ConnectScreen').then((m) => m.ConnectScreen),
);

type Choice =
  | { readonly kind: 'auto' }
  | { readonly kind: 'demo' }
  | { readonly kind: 'webhook'; readonly saved: SavedWebhook }
  | { readonly kind: 'none' };

/** `npm run dev` proxies `/rest` to an emulator, so the demo is there even without the marker. */
const probeDemo = (): Promise<boolean> =>
  import.meta.env.DEV ? Promise.resolve(true) : demoAvailableOnce(window.location.origin);

/**
 * In a browser (no portal frame): a saved webhook, else the demo portal when the emulator serves
 * the page, else the connection screen. The top bar's "Connection" opens the screen at any time;
 * the editor stays mounted behind it, so an unsaved draft survives a look at the connection.
 */
export function StandaloneApp() {
  const t = useT();
  const [storages] = useState(browserStorages);
  const [choice, setChoice] = useState<Choice>(() => {
    const saved = loadSavedWebhook(storages);
    return saved ? { kind: 'webhook', saved } : { kind: 'auto' };
  });
  const [connectOpen, setConnectOpen] = useState(false);
  const [generation, setGeneration] = useState(0);
  const demo = useQuery({
    queryKey: ['app', 'demoAvailable'],
    queryFn: probeDemo,
    staleTime: Infinity,
    retry: false,
  });
  const demoAvailable = demo.data === true;
  const deciding = choice.kind === 'auto' && demo.isPending;

  const connection = useMemo((): Connection | null => {
    if (choice.kind === 'webhook') return webhookConnection(choice.saved);
    if (choice.kind === 'demo') return demoConnection(window.location);
    if (choice.kind === 'none' || deciding) return null;
    const start = chooseStart({ frame: null, saved: null, demoAvailable });
    return start.kind === 'demo' ? demoConnection(window.location) : null;
  }, [choice, deciding, demoAvailable]);

  const switchTo = (next: Choice): void => {
    setChoice(next);
    setGeneration((g) => g + 1);
    setConnectOpen(false);
  };
  const handleConnected = (webhook: WebhookAccepted, remember: boolean): void =>
    switchTo({ kind: 'webhook', saved: saveWebhook(storages, webhook, remember) });
  const handleUseDemo = (): void => {
    forgetWebhook(storages);
    // already on the demo: keep the open editor (and its draft) as it is
    if (connection?.kind === 'demo') setConnectOpen(false);
    else switchTo({ kind: 'demo' });
  };
  const handleDisconnect = (): void => {
    forgetWebhook(storages);
    setChoice({ kind: 'none' });
    setGeneration((g) => g + 1);
  };

  const showConnect = !deciding && (connectOpen || connection === null);
  const label = connection ? connectionLabelText(connection.label, t) : null;
  // The screen closed with the focus in it (Connect, Back, the demo): the focus would fall to the
  // page's start, so it goes to the start of the content instead, where the editor now is.
  const main = useRef<HTMLElement>(null);
  const wasShowing = useRef(showConnect);
  useEffect(() => {
    const el = main.current;
    if (el && wasShowing.current && !showConnect && document.activeElement === document.body) {
      // focusable only for this moment: a click into the editor must not focus the whole content
      el.tabIndex = -1;
      el.addEventListener('blur', () => el.removeAttribute('tabindex'), { once: true });
      el.focus();
    }
    wasShowing.current = showConnect;
  }, [showConnect]);
  const current =
    connection && label !== null && (connection.kind === 'demo' || connection.kind === 'webhook')
      ? {
          kind: connection.kind,
          label,
          ...(connection.maskedUrl !== undefined ? { maskedUrl: connection.maskedUrl } : {}),
          remembered: choice.kind === 'webhook' && choice.saved.remembered,
        }
      : null;
  return (
    <>
      <TopBar
        label={label ?? (deciding ? t('app.connecting') : t('app.notConnected'))}
        onConnection={() => setConnectOpen((open) => !open || connection === null)}
        connectionOpen={showConnect}
      />
      <main ref={main} style={{ outline: 'none' }}>
        {deciding ? (
          <p className="app-status" role="status">
            {t('app.connecting')}
          </p>
        ) : null}
        {showConnect ? (
          <Suspense fallback={<div className="skeleton-block" style={{ height: 320 }} aria-busy="true" />}>
            <ConnectScreen
              current={current}
              onConnected={handleConnected}
              onUseDemo={demoAvailable ? handleUseDemo : null}
              onDisconnect={handleDisconnect}
              onClose={() => setConnectOpen(false)}
            />
          </Suspense>
        ) : null}
        {connection ? (
          <div hidden={showConnect}>
            <EditorScreen
              key={generation}
              client={connection.client}
              renderPreview={(p) => <LazyPreviewPanel {...p} />}
            />
          </div>
        ) : null}
      </main>
    </>
  );
}
