import { useMemo } from 'react';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import type { CardField } from '../../domain/cardFields';
import { defaultLayout } from '../../domain/defaults';
import { useDocumentRegistry } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { useStore } from 'zustand';
import { LayoutActions } from './LayoutActions';
import { userName } from './ScopePicker';
import { useSaveLayout } from './useSaveLayout';
import { Workspace } from './Workspace';

export interface DocumentEditorProps {
  readonly client: PortalClient;
  readonly docKey: DocumentKey;
  readonly loaded: LoadedLayout | null;
  readonly cardFields: readonly CardField[];
  readonly userLabel: User | undefined;
}

/** One layout document: what it is, whom it applies to, its actions and the workspace. */
export function DocumentEditor({ client, docKey, loaded, cardFields, userLabel }: DocumentEditorProps) {
  const registry = useDocumentRegistry();
  const editor = useMemo(
    () =>
      registry.get(docKey) ??
      registry.open(docKey, loaded?.layout ?? defaultLayout(docKey.leadType, cardFields), loaded === null),
    [registry, docKey, loaded, cardFields],
  );
  const savedIsDefault = useStore(editor, (s) => s.savedIsDefault);
  const save = useSaveLayout(client, docKey, editor);
  const who = docKey.scope === 'C' ? null : userLabel ? userName(userLabel) : `user ${docKey.userId ?? ''}`;
  return (
    <>
      <div className="banner banner-info">
        {docKey.scope === 'C' ? (
          <span>
            <strong>Common layout</strong> of {docKey.leadType} leads: everyone whose card is in common view
            sees it.
          </span>
        ) : (
          <span>
            <strong>Personal layout of {who}</strong> for {docKey.leadType} leads. It shows only while that
            user's card is in personal view; saving it here does not switch their view.
          </span>
        )}
      </div>
      {savedIsDefault ? (
        <div className="banner banner-warn" role="note">
          No saved layout: showing the portal default.
        </div>
      ) : null}
      {loaded?.notices.map((n) => (
        <div key={n} className="banner banner-warn" role="note">
          {n}
        </div>
      ))}
      <LayoutActions client={client} docKey={docKey} editor={editor} save={save} cardFields={cardFields} />
      {save.error ? (
        <div className="banner banner-error" role="alert">
          {save.error}
        </div>
      ) : null}
      <Workspace editor={editor} fields={cardFields} problems={save.problems} />
    </>
  );
}
