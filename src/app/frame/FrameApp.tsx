import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EditorScreen } from '../../features/editor/EditorScreen';
import { LazyPreviewPanel } from '../LazyPreviewPanel';
import { Button } from '../../ui/Button';
import { LeadTabScreen } from '../LeadTabScreen';
import { detectLang } from '../../i18n/detectLang';
import { langStore, rememberedLang, setLang, translate, useLang, useT } from '../../i18n/i18nStore';
import { applyPortalLang } from '../locale';
import { connectionLabelText } from '../connection';
import { TopBar } from '../TopBar';
import type { FrameInfo } from './detectFrame';
import { LeadTabOffer } from '../../features/placement/LeadTabOffer';
import { LeadTabSettingsButton } from '../../features/placement/LeadTabSettings';
import { handlerUrl } from '../../features/placement/leadTab';
import { finishInstall, sharedFrameBridge, startFrameSession } from './frameSession';
import { canSetTitle } from './initData';
import { setFrameTitle, useFitWindow } from './useFitWindow';
import { sessionErrorText } from './sessionErrorText';
import { trackVisibleBand } from './visibleBand';

/**
 * The app inside a Bitrix24 page: asks the portal for the token, keeps the frame as tall as the
 * content, names the page where the placement allows, and opens what the placement asks for:
 * the editor, or on a lead's detail tab the preview of that lead (with a way to the editor).
 */
export function FrameApp({ frame }: { readonly frame: FrameInfo }) {
  const t = useT();
  const [bridge] = useState(() => sharedFrameBridge(frame));
  const [editorInTab, setEditorInTab] = useState(false);
  useFitWindow(bridge);
  useEffect(() => {
    applyPortalLang(frame.lang);
    setLang(detectLang(rememberedLang(), frame.lang, navigator.languages), false); // <html lang> too
  }, [frame]);
  useEffect(() => {
    document.documentElement.classList.add('in-portal-frame');
    const stop = trackVisibleBand();
    return () => {
      stop();
      document.documentElement.classList.remove('in-portal-frame');
    };
  }, []);
  const session = useQuery({
    queryKey: ['frame', frame.appSid],
    queryFn: () => startFrameSession(frame, bridge),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    structuralSharing: false,
  });
  const s = session.data;
  const lang = useLang();
  const sentTitle = useRef<string | null>(null);
  useEffect(() => {
    if (!s) return;
    // getInitData's LANG may differ from the query's: the user's own choice still comes first
    const { portalLang } = applyPortalLang(s.lang);
    setLang(detectLang(rememberedLang(), portalLang, navigator.languages), false);
  }, [s]);
  useEffect(() => {
    if (s?.install) finishInstall(s.bridge);
  }, [s]);
  useEffect(() => {
    if (!s || s.placement.kind !== 'editor' || !canSetTitle(s.placement.placement)) return;
    // the store, not `lang`: the effect above may have just chosen the language; the portal is
    // asked again only when the title really changes (a switch of language)
    const title = translate(langStore.getState().lang)('connect.frame.title');
    if (sentTitle.current === title) return;
    sentTitle.current = title;
    setFrameTitle(s.bridge, title);
  }, [s, lang]);

  if (session.isPending) {
    return (
      <p className="app-status" role="status">
        {t('app.frame.connecting')}
      </p>
    );
  }
  if (session.isError || !s) {
    const e = session.error;
    return (
      <div className="error-panel" role="alert">
        <h2>{t('app.frame.noSession')}</h2>
        <p>{sessionErrorText(e, t, frame.portalOrigin)}</p>
        <Button variant="secondary" onClick={() => void session.refetch()}>
          {t('app.frame.retry')}
        </Button>
      </div>
    );
  }
  const { connection, placement } = s;
  const handler = handlerUrl();
  // placement.* needs a portal administrator (`CRestUtil::isAdmin`), which IS_ADMIN tells
  const settings = s.isAdmin ? <LeadTabSettingsButton client={connection.client} handler={handler} /> : null;
  const editor = (
    <EditorScreen client={connection.client} renderPreview={(p) => <LazyPreviewPanel {...p} />} />
  );
  if (placement.kind === 'leadTab' && !editorInTab) {
    return (
      <main className="in-frame">
        <LeadTabScreen
          client={connection.client}
          leadId={placement.leadId}
          onOpenEditor={() => setEditorInTab(true)}
        />
      </main>
    );
  }
  return (
    <>
      <TopBar label={connectionLabelText(connection.label, t)} extra={settings} />
      <main className="in-frame">
        {s.isAdmin && s.firstRun && s.memberId !== null && placement.kind === 'editor' ? (
          <LeadTabOffer client={connection.client} handler={handler} memberId={s.memberId} />
        ) : null}
        {placement.kind === 'leadTab' ? (
          <div className="banner banner-info">
            <span>{t('app.frame.fromLead', { id: String(placement.leadId) })}</span>
            <span className="topbar-spacer" />
            <Button variant="light" onClick={() => setEditorInTab(false)}>
              {t('app.frame.backToLead')}
            </Button>
          </div>
        ) : null}
        {editor}
      </main>
    </>
  );
}
