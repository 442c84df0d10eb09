import { testClient, type FakeFetch } from '../../../api/testing/fakeFetch';
import { SIMPLE_LEADS } from '../../../domain/cardType';
import { createEditorStore } from '../../../store/editorStore';
import { aLayout } from '../../../testing/builders';
import { documentEnv, type DocumentEnv } from '../document/documentContext';

/** What the editor loaded from the portal. */
export const loaded = aLayout().section('main', ['TITLE', 'PHONE']).section('more', ['COMMENTS']).build();
/** The draft being saved: TITLE and PHONE swapped. */
export const draft = aLayout().section('main', ['PHONE', 'TITLE']).section('more', ['COMMENTS']).build();

export interface SaveEnvOptions {
  /** In a Bitrix24 app, where history travels in the save's batches. */
  readonly appContext?: boolean;
  readonly storageId?: string;
}

/** The common layout of simple leads, loaded as `loaded` and edited into `draft`, on `fetch`. */
export function envOn(
  fetch: FakeFetch,
  { appContext = false, storageId = 'test~user1' }: SaveEnvOptions = {},
): DocumentEnv {
  const editor = createEditorStore(loaded, false);
  editor.getState().apply({ type: 'replaceLayout', layout: draft });
  return documentEnv({
    client: testClient(fetch).client,
    docKey: { scope: 'C', userId: null, card: SIMPLE_LEADS },
    editor,
    cardFields: [],
    fields: {},
    me: { id: 1, name: 'Demo Admin' },
    storageId,
    appContext,
    firstUsers: [],
    openDocument: () => undefined,
  });
}
