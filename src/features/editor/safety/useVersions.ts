import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { appOptionQuery } from '../../../api/methods/appOptions';
import { fromPortal } from '../../../api/methods/layoutMapping';
import type { Layout } from '../../../domain/types';
import { useT } from '../../../i18n/i18nStore';
import { getVersion, listVersions, summaryOf, type VersionSummary } from '../../../store/history';
import { portalErrorText } from '../../../ui/portalErrorText';
import { browserStorage } from '../document/browserStorage';
import type { DocumentEnv } from '../document/documentContext';
import { historyOptionName, portalVersions } from './versionKeeping';

/** One kept version, from this browser, the portal, or both (the same save has the same id). */
export interface VersionEntry extends VersionSummary {
  readonly inBrowser: boolean;
  readonly onPortal: boolean;
  /** Reads the layout (lazily: the browser copy is parsed only when previewed). */
  layout(): Layout | null;
}

export interface Versions {
  readonly entries: readonly VersionEntry[];
  /** What the portal copy says: kept there, not available (webhook), or why it failed. */
  readonly portalNote: string;
  readonly loading: boolean;
}

/** Versions of the open document: this browser's list joined with the app's copy on the portal. */
export function useVersions(env: DocumentEnv): Versions {
  const { client, docKey, storageId, appContext } = env;
  const t = useT();
  const portal = useQuery({ ...appOptionQuery(client, historyOptionName(docKey)), enabled: appContext });
  const storage = browserStorage();
  const local = useMemo(
    () => (storage ? listVersions(storage, storageId, docKey) : []),
    [storage, storageId, docKey],
  );
  const entries = useMemo(() => {
    const byId = new Map<string, VersionEntry>();
    for (const v of local) {
      byId.set(v.id, {
        ...v,
        inBrowser: true,
        onPortal: false,
        layout: () => (storage && getVersion(storage, storageId, docKey, v.id)?.layout) || null,
      });
    }
    for (const v of portalVersions(portal.data)) {
      const known = byId.get(v.id);
      const layout = () => fromPortal(v.sections).layout;
      byId.set(
        v.id,
        known ? { ...known, onPortal: true } : { ...summaryOf(v), inBrowser: false, onPortal: true, layout },
      );
    }
    return [...byId.values()].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  }, [local, portal.data, storage, storageId, docKey]);
  const portalNote = !appContext
    ? t('dialogs.history.browserOnly')
    : portal.isError
      ? t('dialogs.history.portalFailed', { error: portalErrorText(portal.error, t) })
      : t('dialogs.history.browserAndPortal');
  return { entries, portalNote, loading: appContext && portal.isPending };
}
