import { useState } from 'react';
import { sectionNames } from '../../../domain/layoutQueries';
import { deriveSectionName } from '../../../domain/sectionName';
import { useT } from '../../../i18n/i18nStore';
import { useEditorStoreApi } from '../document/documentContext';

/** Inline rename: the title is a button; Enter or blur commits, Escape restores. */
export interface SectionTitleProps {
  readonly section: string;
  readonly title: string;
  /** A section just added opens with its title ready to type. */
  readonly startEditing?: boolean;
}

export function SectionTitle({ section, title, startEditing = false }: SectionTitleProps) {
  const [editing, setEditing] = useState<string | null>(startEditing ? title : null);
  const editor = useEditorStoreApi();
  const t = useT();
  if (editing === null) {
    return (
      <button
        type="button"
        className="section-title"
        onClick={() => setEditing(title)}
        aria-label={t('pieces.section.rename', { title })}
      >
        <h3>{title || <em>{t('pieces.untitledSection')}</em>}</h3>
        <svg
          className="pencil"
          width="12"
          height="12"
          viewBox="0 0 12 12"
          aria-hidden="true"
          focusable="false"
        >
          <path d="M8.5 1.5l2 2L4 10H2V8z" fill="none" stroke="currentColor" strokeWidth="1.3" />
        </svg>
      </button>
    );
  }
  const commit = () => {
    const { draft, saved, applyAll } = editor.getState();
    const current = draft.sections.find((s) => s.id === section);
    const taken = sectionNames(draft, section);
    // The portal keeps a section's name for life (its editor changes only the title), so personal
    // layouts, history and merges keep matching it: only a section not yet saved, whose name was
    // derived from its title, takes a name from the new title. Title and name change as one step.
    const onPortal = saved.sections.some((s) => s.id === section || s.name === current?.name);
    const follows =
      !onPortal &&
      current &&
      current.name === deriveSectionName(current.title, taken) &&
      editing.trim() !== '';
    applyAll([
      { type: 'renameSection', section, title: editing },
      ...(follows
        ? [{ type: 'setSectionName' as const, section, name: deriveSectionName(editing, taken) }]
        : []),
    ]);
    setEditing(null);
  };
  return (
    <input
      className="input section-title-input"
      aria-label={t('pieces.section.titleInput')}
      // the user asked to rename: focus goes where they will type
      autoFocus
      value={editing}
      onChange={(e) => setEditing(e.target.value)}
      onFocus={(e) => e.currentTarget.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setEditing(null);
      }}
    />
  );
}
