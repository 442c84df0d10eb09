import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useMemo } from 'react';
import { useStore } from 'zustand';
import { sectionRules } from '../../domain/sectionRules';
import { useT } from '../../i18n/i18nStore';
import { useEditor } from '../../store/documents';
import { sectionOf } from '../../store/selectors';
import { GripIcon } from '../../ui/GripIcon';
import { useDragSessionStore } from './catalogContext';
import { toDndId } from './dnd/ids';
import { SectionTitle } from './SectionTitle';
import { SortableElement } from './SortableElement';

export interface SectionCardProps {
  readonly id: string;
  readonly problem: string | undefined;
  readonly onEditOptions: (field: string) => void;
  readonly onSettings: (section: string) => void;
  readonly onDelete: (section: string) => void;
  readonly isNew: boolean;
  /** The portal refuses a layout without sections, so the last one stays. */
  readonly canDelete: boolean;
}

/** A section of the card: a region named by its title, its fields as a sortable list. */
export const SectionCard = memo(function SectionCard({
  id,
  problem,
  onEditOptions,
  onSettings,
  onDelete,
  isNew,
  canDelete,
}: SectionCardProps) {
  const section = useEditor(sectionOf(id));
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } =
    useSortable({
      id: toDndId({ kind: 'section', section: id }),
    });
  const { setNodeRef: setZoneRef, isOver } = useDroppable({ id: toDndId({ kind: 'zone', section: id }) });
  const session = useDragSessionStore();
  const t = useT();
  const indicator = useStore(session, (s) => (s.target?.section === id ? s.target.index : -1));
  const draggingOther = useStore(
    session,
    (s) => s.active?.kind === 'palette' || s.active?.kind === 'element',
  );
  const items = useMemo(
    () => (section ? section.elements.map((e) => toDndId({ kind: 'element', field: e.field })) : []),
    [section],
  );
  if (!section) return null;
  const title = section.title.trim() === '' ? t('pieces.untitledSection') : section.title;
  const rules = sectionRules(section);
  const kept = rules.removable
    ? undefined
    : t(rules.because === 'portalMain' ? 'pieces.section.keptMain' : 'pieces.section.keptByPortal');
  return (
    <section
      ref={setNodeRef}
      aria-label={title}
      data-testid={toDndId({ kind: 'section', section: id })}
      className={`section-card${isDragging ? ' is-dragging' : ''}${problem ? ' has-problem' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition: transition }}
    >
      <header className="section-head">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="drag-handle"
          aria-label={t('pieces.section.move', { title })}
          {...attributes}
          {...listeners}
        >
          <GripIcon />
        </button>
        <SectionTitle section={id} title={section.title} startEditing={isNew} />
        <span className="section-name" title={t('pieces.section.nameHint')}>
          {section.name}
        </span>
        <span className="section-count">{t('pieces.section.count', { count: section.elements.length })}</span>
        <button
          type="button"
          className="btn-link"
          onClick={() => onSettings(id)}
          aria-label={t('pieces.section.settingsOf', { title })}
        >
          {t('pieces.section.settings')}
        </button>
        <button
          type="button"
          className="btn-link btn-link-danger"
          disabled={!canDelete || kept !== undefined}
          title={kept ?? (canDelete ? undefined : t('pieces.section.lastOne'))}
          onClick={() => onDelete(id)}
          aria-label={t('pieces.section.deleteOf', { title })}
        >
          {t('pieces.section.delete')}
        </button>
      </header>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div ref={setZoneRef} className={`section-zone${isOver && draggingOther ? ' is-over' : ''}`}>
        <SortableContext id={id} items={items} strategy={verticalListSortingStrategy}>
          {section.elements.length === 0 ? (
            <p className="empty-hint">{t('pieces.section.dropHere')}</p>
          ) : (
            <ul className="element-list" aria-label={t('pieces.section.fieldsOf', { title })}>
              {section.elements.map((e, i) => (
                <SortableSlot
                  key={e.field}
                  field={e.field}
                  before={indicator === i}
                  onEditOptions={onEditOptions}
                />
              ))}
            </ul>
          )}
          {indicator >= section.elements.length && section.elements.length > 0 ? (
            <div className="drop-line" />
          ) : null}
        </SortableContext>
      </div>
    </section>
  );
});

function SortableSlot({
  field,
  before,
  onEditOptions,
}: {
  field: string;
  before: boolean;
  onEditOptions: (f: string) => void;
}) {
  return (
    <>
      {before ? <li className="drop-line" aria-hidden="true" /> : null}
      <SortableElement field={field} onEditOptions={onEditOptions} />
    </>
  );
}
