import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { LoadedLayout } from '../../api/methods/layoutMapping';
import type { LeadFields } from '../../api/schemas/fields';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import type { CardField } from '../../domain/cardFields';
import type { CardType } from '../../domain/cardType';
import { useLang, useT } from '../../i18n/i18nStore';
import type { Layout, LeadType } from '../../domain/types';
import { useDocumentRegistry } from '../../store/documents';
import { documentKeyString, type DocumentKey } from '../../store/documentKey';
import type { EditorStore } from '../../store/editorStore';
import { mayManageOthers } from '../../store/rights';
import { documentToastKey, dropToasts } from '../../ui/toastStore';
import { defaultLayoutOf } from '../../domain/cards';
import { DocumentBanners } from './banners/DocumentBanners';
import { DocumentContext, documentEnv, type EditorSession } from './document/documentContext';
import { DraftBanner } from './banners/DraftBanner';
import { LayoutActions } from './toolbar/LayoutActions';
import { LintPanel } from './safety/LintPanel';
import { useRights } from './document/rightsContext';
import { RightsNote } from './toolbar/RightsNote';
import { SafetyToolbar } from './safety/SafetyToolbar';
import { SaveConflictDialog } from './toolbar/SaveConflictDialog';
import { userName } from './users/userName';
import { useSaveLayout } from './toolbar/useSaveLayout';
import { useUndoShortcuts } from './toolbar/useUndoShortcuts';
import { Workspace } from './Workspace';

export interface DocumentEditorProps {
  /** What every document of the screen shares: built once by `EditorScreen`. */
  readonly session: EditorSession;
  readonly docKey: DocumentKey;
  readonly loaded: LoadedLayout | null;
  /**
   * For a personal document: the common layout stored for this lead type (null: none). A user
   * with no personal layout sees it, so their personal layout starts from it.
   */
  readonly common: LoadedLayout | null;
  readonly cardFields: readonly CardField[];
  readonly userLabel: User | undefined;
  readonly fields: LeadFields;
  readonly renderPreview: ((p: PreviewSlotProps) => ReactNode) | undefined;
}

/**
 * What the app's preview gets: the live draft and the saved layout of the open document. The
 * preview shows a real lead, so it is offered on lead cards only (`leadType` is the card's).
 */
export interface PreviewSlotProps {
  readonly client: PortalClient;
  readonly card: CardType;
  readonly leadType: LeadType;
  readonly draft: Layout;
  readonly saved: Layout;
  readonly fields: LeadFields;
  readonly cardFields: readonly CardField[];
}

/** One layout document: what it is, whom it applies to, its actions, tools and the workspace. */
export function DocumentEditor(props: DocumentEditorProps) {
  const { session, docKey, loaded, common, cardFields, userLabel, fields } = props;
  const { client, me } = session;
  const { renderPreview } = props;
  const { card } = docKey;
  const [previewOpen, setPreviewOpen] = useState(false);
  const [lintOpen, setLintOpen] = useState(false);
  const registry = useDocumentRegistry();
  // Nothing stored: start from what the card shows today, the common layout (for a personal one)
  // or the default card, with the section titles a portal in this language shows.
  const lang = useLang();
  const t = useT();
  const editor = useMemo(
    () =>
      registry.get(docKey) ??
      registry.open(
        docKey,
        loaded?.layout ?? common?.layout ?? defaultLayoutOf(docKey.card, cardFields, lang),
        loaded === null,
      ),
    [registry, docKey, loaded, common, cardFields, lang],
  );
  // hundreds of chips read this context: it changes only with what the document is
  const env = useMemo(
    () => documentEnv({ ...session, docKey, editor, cardFields, fields }),
    [session, docKey, editor, cardFields, fields],
  );
  useUndoShortcuts(editor);
  const save = useSaveLayout(env);
  // once the portal has refused this user, what only a CRM administrator may do is not offered
  const { rights } = useRights();
  const noteId = useId();
  const ownOnly = !mayManageOthers(rights);
  const othersLayout = docKey.scope === 'C' || docKey.userId !== me.id;
  // the outcome of a save belongs to its document: another document opens without it
  const docToasts = documentToastKey(documentKeyString(docKey));
  useEffect(() => () => dropToasts(docToasts), [docToasts]);
  const who =
    docKey.scope === 'C'
      ? null
      : userLabel
        ? userName(userLabel)
        : t('pieces.user.numberedInline', { id: String(docKey.userId ?? '') });
  const aside =
    lintOpen || (renderPreview && previewOpen) ? (
      <>
        {lintOpen ? <LintPanel onClose={() => setLintOpen(false)} /> : null}
        {renderPreview && previewOpen ? (
          <LivePreview
            editor={editor}
            render={renderPreview}
            base={{
              client,
              card,
              leadType: card.entity === 'lead' ? card.leadType : 'simple',
              fields,
              cardFields,
            }}
          />
        ) : null}
      </>
    ) : undefined;
  return (
    <DocumentContext.Provider value={env}>
      <DocumentBanners
        docKey={docKey}
        editor={editor}
        loaded={loaded}
        who={who}
        commonStored={common !== null}
        storageId={session.storageId}
      />
      <DraftBanner />
      {/* one row, the layout tools in it: the card gets the height; it wraps only when narrow */}
      <LayoutActions
        save={save}
        previewOpen={renderPreview ? previewOpen : null}
        onTogglePreview={() => setPreviewOpen((v) => !v)}
        onReviewLint={() => setLintOpen(true)}
        tools={
          <SafetyToolbar
            lintOpen={lintOpen}
            onToggleLint={() => setLintOpen((v) => !v)}
            othersNoteId={ownOnly ? noteId : null}
          />
        }
        lockedNoteId={ownOnly && othersLayout ? noteId : null}
      />
      {ownOnly ? <RightsNote id={noteId} scope={othersLayout ? 'C' : 'P'} /> : null}
      {save.error ? (
        <div className="banner banner-error" role="alert">
          {save.error}
        </div>
      ) : null}
      <SaveConflictDialog save={save} />
      <Workspace problems={save.problems} aside={aside} />
    </DocumentContext.Provider>
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
