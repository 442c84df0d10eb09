import { useCallback, useState } from 'react';
import { langStore, translate } from '../../../i18n/i18nStore';
import { useDocumentRegistry } from '../../../store/documents';
import { documentKeyString, type DocumentKey } from '../../../store/documentKey';
import { thisTabId } from '../../../store/tabIdentity';
import { announceSaved } from '../../../store/tabNews';
import { portalErrorText } from '../../../ui/portalErrorText';
import { documentToastKey, showToast } from '../../../ui/toastStore';
import { checkedSave } from './checkedSave';
import type { DocumentEnv } from '../document/documentContext';
import { useStoredLayouts } from '../document/storedLayouts';

export interface SaveAsPersonal {
  readonly busy: boolean;
  run(): Promise<boolean>;
}

/**
 * Saves the open document's draft as the user's own personal layout of the same card (what
 * the portal lets anyone change), then opens that layout. The draft goes into the personal
 * document as one undoable change and is saved by the same checked save; the document it came
 * from keeps its draft untouched.
 */
export function useSaveAsPersonal(env: DocumentEnv): SaveAsPersonal {
  const { client, docKey, editor, me } = env;
  const registry = useDocumentRegistry();
  const stored = useStoredLayouts(client);
  const [busy, setBusy] = useState(false);
  const run = useCallback(async () => {
    const key: DocumentKey = { scope: 'P', userId: me.id, card: docKey.card };
    const toastKey = { key: documentToastKey(documentKeyString(key), 'save') };
    const t = translate(langStore.getState().lang);
    const { draft, saved } = editor.getState();
    setBusy(true);
    try {
      const loaded = await stored.fetch(key);
      // nothing stored: the user's card shows what this document was loaded from, as when opened
      const personal = registry.get(key) ?? registry.open(key, loaded?.layout ?? saved, loaded === null);
      personal.getState().apply({ type: 'replaceLayout', layout: draft });
      const result = await checkedSave({ ...env, docKey: key, editor: personal }, personal.getState().draft);
      if (result.kind === 'conflict') {
        // someone saved it meanwhile: the user's next save there shows both sides
        stored.stored(key, result.now);
        showToast('info', t('rights.saveAsPersonal.conflict'), toastKey);
        env.openDocument(key);
        return false;
      }
      personal.getState().markSaved(result.shown, result.stored.layout);
      announceSaved({ storageId: env.storageId, key, tabId: thisTabId(), stored: result.stored.layout });
      stored.stored(key, result.stored);
      showToast('success', t('rights.saveAsPersonal.done'), toastKey);
      env.openDocument(key);
      return true;
    } catch (e) {
      showToast('error', t('rights.saveAsPersonal.failed', { reason: portalErrorText(e, t) }), toastKey);
      return false;
    } finally {
      setBusy(false);
    }
  }, [docKey.card, editor, env, me.id, stored, registry]);
  return { busy, run };
}
