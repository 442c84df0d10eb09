import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { EditorScreen } from '../../features/editor/EditorScreen';
import { PreviewPanel } from '../../features/preview/PreviewPanel';
import { Button } from '../../ui/Button';
import { LeadTabScreen } from '../LeadTabScreen';
import { applyPortalLang } from '../locale';
import { TopBar } from '../TopBar';
import { FrameTimeoutError } from './bridge';
import type { FrameInfo } from './detectFrame';
import { sharedFrameBridge, startFrameSession } from './frameSession';
import { canSetTitle } from './initData';
import { setFrameTitle, useFitWindow } from './useFitWindow';
import { trackVisibleBand } from './visibleBand';

const APP_TITLE = 'Lead card layouts';

/**
 * The app inside a Bitrix24 page: asks the portal for the token, keeps the frame as tall as the
 * content, names the page where the placement allows, and opens what the placement asks for:
 * the editor, or on a lead's detail tab the preview of that lead (with a way to the editor).
 */
export function FrameApp({ frame }: { readonly frame: FrameInfo }) {
  const [bridge] = useState(() => sharedFrameBridge(frame));
  const [editorInTab, setEditorInTab] = useState(false);
  useFitWindow(bridge);
  useEffect(() => {
    applyPortalLang(frame.lang);
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
  useEffect(() => {
    if (!s) return;
    applyPortalLang(s.lang);
    if (s.placement.kind === 'editor' && canSetTitle(s.placement.placement))
      setFrameTitle(s.bridge, APP_TITLE);
  }, [s]);

  if (session.isPending) {
    return (
      <p className="app-status" role="status">
        Connecting to Bitrix24…
      </p>
    );
  }
  if (session.isError || !s) {
    const e = session.error;
    return (
      <div className="error-panel" role="alert">
        <h2>Bitrix24 did not hand over the session</h2>
        <p>
          {e instanceof FrameTimeoutError
            ? `The portal page (${frame.portalOrigin}) did not answer. Reload the page; if this keeps happening, reinstall the app.`
            : e instanceof Error
              ? e.message
              : String(e)}
        </p>
        <Button variant="secondary" onClick={() => void session.refetch()}>
          Try again
        </Button>
      </div>
    );
  }
  const { connection, placement } = s;
  const editor = <EditorScreen client={connection.client} renderPreview={(p) => <PreviewPanel {...p} />} />;
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
      <TopBar label={connection.label} />
      <main className="in-frame">
        {placement.kind === 'leadTab' ? (
          <div className="banner banner-info">
            <span>Editing the layouts from lead #{placement.leadId}.</span>
            <span className="topbar-spacer" />
            <Button variant="light" onClick={() => setEditorInTab(false)}>
              Back to the lead
            </Button>
          </div>
        ) : null}
        {editor}
      </main>
    </>
  );
}
