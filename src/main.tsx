// first: configures zod before any schema is built (see the module)
import './api/zodCsp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { demoAvailableOnce } from './app/demoProbe';
import { detectFrame } from './app/frame/detectFrame';
import { detectLang } from './i18n/detectLang';
import { rememberedLang, startLang } from './i18n/i18nStore';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The language asked for (as App decides it) is loaded before anything is drawn: the first paint
// is already in it, and the other language's texts are not downloaded unless the user switches.
const frame = detectFrame(window.name, window.location.search, window.parent !== window.self);
// outside a portal frame the app first asks whether the emulator serves it: asked now, in parallel
if (!frame && !import.meta.env.DEV) void demoAvailableOnce(window.location.origin);
startLang(detectLang(rememberedLang(), frame?.lang ?? null, navigator.languages))
  .catch(() => startLang('en'))
  .then(render, render);
