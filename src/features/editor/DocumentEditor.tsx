import { useMemo, useState, type ReactNode } from 'react';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import type { LeadFields } from '../../api/schemas/fields';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import type { CardField } from '../../domain/cardFields';
import type { Layout, LeadType } from '../../domain/types';
import { defaultLayout } from '../../domain/defaults';
import { useDocumentRegistry } from '../../store/documents';
import type { EditorStore } from '../../store/editorStore';
import type { DocumentKey } from '../../store/documentKey';
import { useStore } from 'zustand';
import { LayoutActions } from './LayoutActions';
import { userName } from './ScopePicker';
import { useSaveLayout } from './useSaveLayout';
import { useUndoShortcuts } from './useUndoShortcuts';
import { Workspace } from './Workspace';

export interface DocumentEditorProps {
  readonly client: PortalClient;
  readonly docKey: DocumentKey;
  readonly loaded: LoadedLayout | null;
  readonly cardFields: readonly CardField[];
  readonly userLabel: User | undefined;
  readonly fields: LeadFields;
  readonly renderPreview: ((p: PreviewSlotProps) => ReactNode) | undefined;
}

/** What the app's preview gets: the live draft and the saved layout of the open document. */
export interface PreviewSlotProps {
  readonly client: PortalClient;
  readonly leadType: LeadType;
  readonly draft: Layout;
  readonly saved: Layout;
  readonly fields: LeadFields;
  readonly cardFields: readonly CardField[];
}

/** One layout document: what it is, whom it applies to, its actions and the workspace. */
export function DocumentEditor({
  client,
  docKey,
  loaded,
  cardFields,
  userLabel,
  fields,
  renderPreview,
}: DocumentEditorProps) {
  const [previewOpen, setPreviewOpen] = useState(false);
  const registry = useDocumentRegistry();
  const editor = useMemo(
    () =>
      registry.get(docKey) ??
      registry.open(docKey, loaded?.layout ?? defaultLayout(docKey.leadType, cardFields), loaded === null),
    [registry, docKey, loaded, cardFields],
  );
  const savedIsDefault = useStore(editor, (s) => s.savedIsDefault);
  useUndoShortcuts(editor);
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
      {loaded && loaded.notices.length > 0 ? (
        <div className="banner banner-warn" role="note">
          {loaded.notices.length === 1 ? (
            <span>{loaded.notices[0]}</span>
          ) : (
            <div>
              <strong>Read from the portal with {loaded.notices.length} remarks:</strong>
              <ul className="notice-list">
                {loaded.notices.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      ) : null}
      <LayoutActions
        client={client}
        docKey={docKey}
        editor={editor}
        save={save}
        cardFields={cardFields}
        previewOpen={renderPreview ? previewOpen : null}
        onTogglePreview={() => setPreviewOpen((v) => !v)}
      />
      {save.error ? (
        <div className="banner banner-error" role="alert">
          {save.error}
        </div>
      ) : null}
      <Workspace
        editor={editor}
        fields={cardFields}
        problems={save.problems}
        aside={
          renderPreview && previewOpen ? (
            <LivePreview
              editor={editor}
              render={renderPreview}
              base={{ client, leadType: docKey.leadType, fields, cardFields }}
            />
          ) : undefined
        }
      />
    </>
  );
}

type PreviewBase = Omit<PreviewSlotProps, 'draft' | 'saved'>;

/** Subscribes to the draft only while the preview is open, so editing stays cheap otherwise. */
function LivePreview({
  editor,
  render,
  base,
}: {
  editor: EditorStore;
  render: (p: PreviewSlotProps) => ReactNode;
  base: PreviewBase;
}) {
  const draft = useStore(editor, (s) => s.draft);
  const saved = useStore(editor, (s) => s.saved);
  return <>{render({ ...base, draft, saved })}</>;
}
