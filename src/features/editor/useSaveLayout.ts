import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isPortalError } from '../../api/errors';
import { layoutValidationError, setLayout } from '../../api/methods/layout';
import { toPortal } from '../../api/methods/layoutMapping';
import { checkLayoutData } from '../../domain/validate';
import type { PortalClient } from '../../api/transport';
import type { Layout } from '../../domain/types';
import type { DocumentKey } from '../../store/documentKey';
import type { EditorStore } from '../../store/editorStore';
import { portalErrorText } from '../../ui/portalErrorText';
import { showToast } from '../../ui/toastStore';
import { layoutPairQuery, type LayoutPair } from './editorData';

export interface SaveState {
  readonly busy: boolean;
  /** A message for the whole layout, e.g. the portal refused. */
  readonly error: string | null;
  /** Section id -> the portal's text for what is wrong there. */
  readonly problems: ReadonlyMap<string, string>;
  /** The portal's own checks, locally and at once; marks the failing place. */
  precheck(): boolean;
  run(): Promise<boolean>;
}

/** Where the portal's check points: a section by index, or the section holding a bad element. */
function problemsOf(layout: Layout, section: number | undefined, message: string): Map<string, string> {
  const id = section === undefined ? undefined : layout.sections[section]?.id;
  return id ? new Map([[id, message]]) : new Map();
}

/** Validates with the portal's rules, writes, and makes the draft the saved state. Nothing is lost on failure. */
export function useSaveLayout(client: PortalClient, key: DocumentKey, editor: EditorStore): SaveState {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const fail = useCallback((e: unknown, draft: Layout) => {
    if (isPortalError(e) && e.kind === 'validation' && e.problem) {
      const section = 'section' in e.problem ? e.problem.section : undefined;
      const at = problemsOf(draft, section, e.problem.message);
      setProblems(at);
      setError(at.size === 0 ? portalErrorText(e) : null);
    } else {
      setError(`${portalErrorText(e)} Your changes are kept in this editor.`);
    }
    showToast('error', 'The layout was not saved.');
  }, []);
  const precheck = useCallback(() => {
    const draft = editor.getState().draft;
    const problem = checkLayoutData(toPortal(draft));
    if (!problem) return true;
    fail(layoutValidationError(problem), draft);
    return false;
  }, [editor, fail]);
  const run = useCallback(async () => {
    const draft = editor.getState().draft;
    setBusy(true);
    setError(null);
    setProblems(new Map());
    try {
      const stored = await setLayout(
        client,
        { scope: key.scope, userId: key.userId, leadType: key.leadType },
        draft,
      );
      editor.getState().markSaved(draft);
      queryClient.setQueryData(
        layoutPairQuery(client, { scope: key.scope, userId: key.userId }).queryKey,
        (pair: LayoutPair | undefined) => (pair ? { ...pair, [key.leadType]: stored } : pair),
      );
      showToast('success', key.scope === 'C' ? 'Common layout saved.' : 'Personal layout saved.');
      return true;
    } catch (e) {
      fail(e, draft);
      return false;
    } finally {
      setBusy(false);
    }
  }, [client, key.scope, key.userId, key.leadType, editor, queryClient, fail]);
  return { busy, error, problems, precheck, run };
}
