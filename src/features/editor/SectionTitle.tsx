import { useState } from 'react';
import { useEditorStoreApi } from '../../store/documents';

/** Inline rename: the title is a button; Enter or blur commits, Escape restores. */
export function SectionTitle({ section, title }: { readonly section: string; readonly title: string }) {
  const [editing, setEditing] = useState<string | null>(null);
  const editor = useEditorStoreApi();
  if (editing === null) {
    return (
      <button
        type="button"
        className="section-title"
        onClick={() => setEditing(title)}
        aria-label={`Rename section ${title}`}
      >
        <h3>{title || <em>Untitled section</em>}</h3>
        <span className="pencil" aria-hidden="true">
          ✎
        </span>
      </button>
    );
  }
  const commit = () => {
    editor.getState().apply({ type: 'renameSection', section, title: editing });
    setEditing(null);
  };
  return (
    <input
      className="input section-title-input"
      aria-label="Section title"
      // the user asked to rename: focus goes where they will type
      autoFocus
      value={editing}
      onChange={(e) => setEditing(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        if (e.key === 'Escape') setEditing(null);
      }}
    />
  );
}
