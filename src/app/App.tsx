import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { detectLang } from '../i18n/detectLang';
import { rememberedLang, setLang, useT } from '../i18n/i18nStore';
import { lazyNamed } from '../ui/lazyNamed';
import { Toasts } from '../ui/Toasts';
import './app.css';
import { configuredPortals, isAllowedPortal } from './frame/allowedPortals';
import { detectFrame } from './frame/detectFrame';
import { FrameNotAllowed } from './frame/FrameNotAllowed';
import { createAppQueryClient } from './queryClient';
import { StandaloneApp } from './StandaloneApp';

// only a portal frame needs the frame app (its bridge, sessions, the lead tab): fetched there
const FrameApp = lazyNamed(() => import('./frame/FrameApp').then((m) => m.FrameApp));

/**
 * One build, three places: inside a Bitrix24 frame (the portal's token), in a browser with a
 * webhook URL, or on the emulator's demo portal. The frame is recognised once, at start; a frame
 * whose portal the host did not allow gets only a message (`allowedPortals.ts`).
 */
export function App() {
  const [queryClient] = useState(createAppQueryClient);
  const [frame] = useState(() => {
    const found = detectFrame(window.name, window.location.search, window.parent !== window.self);
    // the user's choice on this device, else the portal's LANG (frame mode), else the browser's
    setLang(detectLang(rememberedLang(), found?.lang ?? null, navigator.languages), false);
    return found;
  });
  const [refused] = useState(() => {
    const portals = configuredPortals(document, import.meta.env['VITE_ALLOWED_PORTALS']);
    return frame !== null && portals !== null && !isAllowedPortal(frame.portalOrigin, portals);
  });
  return (
    <QueryClientProvider client={queryClient}>
      {frame && refused ? (
        <FrameNotAllowed domain={frame.domain} />
      ) : frame ? (
        <Suspense fallback={<FrameLoading />}>
          <FrameApp frame={frame} />
        </Suspense>
      ) : (
        <StandaloneApp />
      )}
      <Toasts />
    </QueryClientProvider>
  );
}

/** What the frame app shows while it asks the portal for a session, shown while it loads too. */
function FrameLoading() {
  const t = useT();
  return (
    <p className="app-status" role="status">
      {t('app.frame.connecting')}
    </p>
  );
}
