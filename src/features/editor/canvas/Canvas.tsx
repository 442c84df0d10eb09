import { Suspense, useCallback, useMemo, useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { sectionIdsKey } from '../../../store/selectors';
import { Button } from '../../../ui/Button';
import { fieldsToMove } from '../../../domain/fieldSelection';
import { lazyNamed } from '../../../ui/lazyNamed';
import { MoveToSectionDialog } from './MoveToSectionDialog';
import { SelectionBar } from './SelectionBar';
import './bigcards.css';
import { SectionCard } from './SectionCard';
import { EAGER_SECTIONS } from './nearView';
import { UserFieldDialogHost } from '../userFields/UserFieldDialogHost';
import { useCardViewApi, useEditor, useEditorStoreApi } from '../document/documentContext';

// fetched when first opened (each renders nothing until it has a field or section)
const DeleteSectionDialog = lazyNamed(() =>
  import('./DeleteSectionDialog').then((m) => m.DeleteSectionDialog),
);
const ElementOptionsDialog = lazyNamed(() =>
  import('./ElementOptionsDialog').then((m) => m.ElementOptionsDialog),
);
const SectionSettingsDialog = lazyNamed(() =>
  import('./SectionSettingsDialog').then((m) => m.SectionSettingsDialog),
);

let newSectionSeq = 0;

/** The card: sections in order (dragged by their handles, dnd/), plus "Add section". */
export function Canvas({ problems }: { readonly problems: ReadonlyMap<string, string> }) {
  const idsKey = useEditor(sectionIdsKey);
  const ids = useMemo(() => (idsKey === '' ? [] : idsKey.split('\u0000')), [idsKey]);
  const editor = useEditorStoreApi();
  const t = useT();
  const [optionsOf, setOptionsOf] = useState<string | null>(null);
  const [settingsOf, setSettingsOf] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [moving, setMoving] = useState<readonly string[] | null>(null);
  const view = useCardViewApi();
  const moveTo = useCallback(
    (field: string | null) =>
      setMoving(fieldsToMove(editor.getState().draft, view.getState().selection, field)),
    [editor, view],
  );
  const addSection = () => {
    newSectionSeq += 1;
    const id = `new-${Date.now().toString(36)}-${newSectionSeq}`;
    editor.getState().apply({ type: 'addSection', section: id, title: t('editor.canvas.newSection') });
    setAdded(id);
  };
  // an empty section goes at once; one with fields asks first
  const deleteSection = (id: string) => {
    const section = editor.getState().draft.sections.find((s) => s.id === id);
    if (section && section.elements.length > 0) setDeleting(id);
    else editor.getState().apply({ type: 'removeSection', section: id });
  };
  return (
    <div className="canvas">
      {ids.length === 0 ? <p className="empty-state">{t('editor.canvas.noSections')}</p> : null}
      {ids.map((id, i) => (
        <SectionCard
          key={id}
          id={id}
          problem={problems.get(id)}
          onEditOptions={setOptionsOf}
          onSettings={setSettingsOf}
          onDelete={deleteSection}
          onMoveTo={moveTo}
          isNew={id === added}
          canDelete={ids.length > 1}
          eager={i < EAGER_SECTIONS}
        />
      ))}
      <Button variant="light" className="add-section" onClick={addSection}>
        {t('editor.canvas.addSection')}
      </Button>
      <Suspense fallback={null}>
        {optionsOf !== null ? (
          <ElementOptionsDialog field={optionsOf} onClose={() => setOptionsOf(null)} />
        ) : null}
        {settingsOf !== null ? (
          <SectionSettingsDialog section={settingsOf} onClose={() => setSettingsOf(null)} />
        ) : null}
        {deleting !== null ? (
          <DeleteSectionDialog section={deleting} onClose={() => setDeleting(null)} />
        ) : null}
      </Suspense>
      <UserFieldDialogHost />
      <MoveToSectionDialog fields={moving} onClose={() => setMoving(null)} />
      <SelectionBar onMove={() => moveTo(null)} />
    </div>
  );
}
