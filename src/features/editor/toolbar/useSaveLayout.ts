import { useCallback, useRef, useState } from 'react';
import { isPortalError } from '../../../api/errors';
import { layoutMethodsOf, sendablePayload } from '../../../api/methods/layout';
import type { LoadedLayout } from '../../../api/methods/layoutMapping';
import type { Layout } from '../../../domain/types';
import { portalErrorText } from '../../../ui/portalErrorText';
import { langStore, translate } from '../../../i18n/i18nStore';
import { thisTabId } from '../../../store/tabIdentity';
import { announceSaved } from '../../../store/tabNews';
import { documentKeyString } from '../../../store/documentKey';
import { documentToastKey, showToast } from '../../../ui/toastStore';
import { checkedSave, writeMayHaveRun, type SaveConflict } from './checkedSave';
import type { DocumentEnv } from '../document/documentContext';
import { useStoredLayouts } from '../document/storedLayouts';
import { useRights } from '../document/rightsContext';

export type { SaveConflict } from './checkedSave';

export interface SaveState {
  readonly busy: boolean;
  /** A message for the whole layout, e.g. the portal refused. */
  readonly error: string | null;
  /** Section id -> the portal's text for what is wrong there. */
  readonly problems: ReadonlyMap<string, string>;
  /** Set when the re-read found someone else's save; nothing was written. */
  readonly conflict: SaveConflict | null;
  dismissConflict(): void;
  /** The portal's own checks, locally and at once; marks the failing place. */
  precheck(): boolean;
  run(): Promise<boolean>;
  /** Stops a save that is waiting for the portal; the draft stays as it is. */
  cancel(): void;
}

function problemsOf(layout: Layout, section: number | undefined, message: string): Map<string, string> {
  const id = section === undefined ? undefined : layout.sections[section]?.id;
  return id ? new Map([[id, message]]) : new Map();
}

/** The save of one document (`checkedSave`) and what the screen shows about it. Nothing is lost on failure. */
export function useSaveLayout(env: DocumentEnv): SaveState {
  const { client, docKey: key, editor } = env;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const running = useRef<AbortController | null>(null);
  const { learn } = useRights();
  // one toast for the outcome of this document's last save: a newer outcome replaces the older
  const toastKey = documentToastKey(documentKeyString(key), 'save');
  const fail = useCallback(
    (e: unknown, draft: Layout) => {
      const t = translate(langStore.getState().lang);
      if (isPortalError(e) && e.kind === 'aborted') {
        // the user's own choice: said once, calmly, and truthfully about a write already sent
        const cancelled = writeMayHaveRun(e) ? 'pieces.save.cancelledMaybeStored' : 'pieces.save.cancelled';
        setError(null);
        showToast('info', t(cancelled), { key: toastKey });
        return;
      }
      // a refusal teaches the rights: what only a CRM administrator may do is then not offered
      learn(e);
      const reason = portalErrorText(e, t);
      if (isPortalError(e) && e.kind === 'validation' && e.problem) {
        const section = 'section' in e.problem ? e.problem.section : undefined;
        const at = problemsOf(draft, section, e.problem.message);
        setProblems(at);
        setError(at.size === 0 ? reason : null);
      } else {
        setError(t(writeMayHaveRun(e) ? 'pieces.save.failedMaybeStored' : 'pieces.save.failed', { reason }));
      }
      // the toast may be all a user notices: it names the portal's reason too, and is truthful
      // about a write whose answer was lost
      showToast(
        'error',
        t(writeMayHaveRun(e) ? 'pieces.save.maybeNotSaved' : 'pieces.save.notSaved', { reason }),
        { key: toastKey },
      );
    },
    [toastKey, learn],
  );
  const precheck = useCallback(() => {
    const draft = editor.getState().draft;
    try {
      sendablePayload(draft, layoutMethodsOf(key.card).set);
      return true;
    } catch (e) {
      fail(e, draft);
      return false;
    }
  }, [editor, fail, key.card]);
  const stored = useStoredLayouts(client);
  const setPair = useCallback((now: LoadedLayout | null) => stored.stored(key, now), [stored, key]);
  const run = useCallback(async () => {
    if (running.current) return false;
    const controller = new AbortController();
    running.current = controller;
    const draft = editor.getState().draft;
    setBusy(true);
    setError(null);
    setProblems(new Map());
    try {
      const result = await checkedSave(env, draft, controller.signal);
      if (result.kind === 'conflict') {
        setPair(result.now);
        setConflict(result.conflict);
        return false;
      }
      // edits made while the requests ran stay in the draft, on top of what was saved
      const current = editor.getState().draft;
      const storedLayout = result.stored.layout;
      if (current === draft) editor.getState().markSaved(result.shown, storedLayout);
      else editor.getState().rebase(result.shown, false, storedLayout, current);
      // this tab's draft entry is gone with the save; other tabs keep theirs and are told
      announceSaved({ storageId: env.storageId, key: env.docKey, tabId: thisTabId(), stored: storedLayout });
      setPair(result.stored);
      const t = translate(langStore.getState().lang);
      showToast('success', t(key.scope === 'C' ? 'editor.save.savedCommon' : 'editor.save.savedPersonal'), {
        key: toastKey,
      });
      return true;
    } catch (e) {
      fail(e, draft);
      return false;
    } finally {
      running.current = null;
      setBusy(false);
    }
  }, [env, editor, key.scope, setPair, fail, toastKey]);
  const cancel = useCallback(() => running.current?.abort(), []);
  const dismissConflict = useCallback(() => setConflict(null), []);
  return { busy, error, problems, conflict, dismissConflict, precheck, run, cancel };
}
