import { useMemo, useRef, useState } from 'react';
import type { CardField } from '../../../domain/cardFields';
import { useT } from '../../../i18n/i18nStore';
import { SearchBox } from '../../../ui/SearchBox';
import { placedFieldsKey } from '../../../store/selectors';
import { PaletteItem } from './PaletteItem';
import { openUserFieldDialog, useUserFieldsHere } from '../userFields/userFieldDialogStore';
import { usePaletteWindow } from './paletteWindow';
import { useEditor } from '../document/documentContext';

const matches = (f: CardField, q: string) =>
  q === '' || f.label.toLowerCase().includes(q) || f.code.toLowerCase().includes(q);

/** The placeable fields; also where a field is dropped to take it off the card. */
export function Palette({ fields }: { readonly fields: readonly CardField[] }) {
  const [query, setQuery] = useState('');
  const [onlyUnplaced, setOnlyUnplaced] = useState(false);
  const placedKey = useEditor(placedFieldsKey);
  const placed = useMemo(() => new Set(placedKey.split('\u0000')), [placedKey]);
  const t = useT();
  const userFieldsHere = useUserFieldsHere();
  const q = query.trim().toLowerCase();
  const shown = useMemo(
    () => fields.filter((f) => matches(f, q) && !(onlyUnplaced && placed.has(f.code))),
    [fields, q, onlyUnplaced, placed],
  );
  const codes = useMemo(() => shown.map((f) => f.code), [shown]);
  const listRef = useRef<HTMLUListElement>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const win = usePaletteWindow(listRef, codes, focused);
  return (
    // a drop target by its box (dnd/domGeometry.ts); `is-over` is set by the drag, outside React
    <section className="palette" aria-label={t('editor.palette')}>
      <div className="palette-head">
        <div className="palette-title-row">
          <h2 className="panel-title">{t('editor.palette')}</h2>
          {userFieldsHere ? (
            <button
              type="button"
              className="btn-link"
              onClick={() => openUserFieldDialog({ kind: 'create', section: null })}
            >
              {t('userFields.create')}
            </button>
          ) : null}
        </div>
        <SearchBox
          label={t('editor.palette.search')}
          placeholder={t('editor.palette.searchPlaceholder')}
          value={query}
          onChange={setQuery}
          data-shortcut="field-search"
        />
        <label className="checkbox">
          <input type="checkbox" checked={onlyUnplaced} onChange={(e) => setOnlyUnplaced(e.target.checked)} />
          {t('editor.palette.notOnCard')}
        </label>
        <p className="palette-count" aria-live="polite">
          {t('editor.palette.count', { shown: shown.length, count: fields.length })}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="empty-hint">
          {fields.length === 0 ? t('editor.palette.noFields') : t('editor.palette.noMatch')}
        </p>
      ) : (
        <ul
          ref={listRef}
          className="palette-list"
          aria-label={t('editor.palette.available')}
          // only a windowed list needs to know (to keep that row mounted): no render per Tab otherwise
          onFocus={(e) => {
            if (win.windowed)
              setFocused(e.target.closest<HTMLElement>('[data-code]')?.dataset['code'] ?? null);
          }}
          onBlur={(e) => {
            if (win.windowed && !e.currentTarget.contains(e.relatedTarget)) setFocused(null);
          }}
        >
          {/* the rows not mounted keep their room, so the scroll bar and the scrolled place stay true */}
          {win.padTop > 0 ? (
            <li className="palette-gap" aria-hidden="true" style={{ height: win.padTop }} />
          ) : null}
          {shown.slice(win.start, win.end).map((f, i) => (
            <PaletteItem
              key={f.code}
              field={f}
              placed={placed.has(f.code)}
              position={win.windowed ? win.start + i + 1 : undefined}
              of={win.windowed ? shown.length : undefined}
            />
          ))}
          {win.padBottom > 0 ? (
            <li className="palette-gap" aria-hidden="true" style={{ height: win.padBottom }} />
          ) : null}
        </ul>
      )}
      <div className="palette-drop-hint">{t('editor.palette.dropHint')}</div>
    </section>
  );
}
