import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { detectLang } from '../i18n/detectLang';
import { rememberedLang, setLang } from '../i18n/i18nStore';
import { Toasts } from '../ui/Toasts';
import './app.css';
import { configuredPortals, isAllowedPortal } from './frame/allowedPortals';
import { detectFrame } from './frame/detectFrame';
import { FrameApp } from './frame/FrameApp';
import { FrameNotAllowed } from './frame/FrameNotAllowed';
import { createAppQueryClient } from './queryClient';
import { StandaloneApp } from './StandaloneApp';

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
        <FrameApp frame={frame} />
      ) : (
        <StandaloneApp />
      )}
      <Toasts />
    </QueryClientProvider>
  );
}
