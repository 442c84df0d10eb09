import { useMemo, useState, type KeyboardEvent } from 'react';
import { allCollapsed, outlineKey, outlineOf } from '../../../domain/outline';
import { useT } from '../../../i18n/i18nStore';
import { toDndId } from '../dnd/ids';
import { useCardView, useCardViewApi, useEditor } from '../document/documentContext';

/** Scrolls a section of the card into view and puts the focus on its heading (its title button). */
export function jumpToSection(id: string): void {
  const card = document.querySelector<HTMLElement>(
    `[data-testid="${CSS.escape(toDndId({ kind: 'section', section: id }))}"]`,
  );
  if (!card) return;
  card.scrollIntoView({ block: 'start' });
  card.querySelector<HTMLElement>('.section-title, .section-title-input')?.focus({ preventScroll: true });
}

/**
 * The sections of the card as a compact list: go to one, fold and unfold each or all. Each entry
 * is also a drop target (`data-outline-section`, measured by the drag at pick-up like the rest of
 * the page): a field dropped on it goes to the end of that section. One Tab stop for the list; up
 * and down move in it, right and left unfold and fold.
 */
export function CardOutline() {
  const key = useEditor((s) => outlineKey(s.draft));
  const entries = useMemo(() => outlineOf(key), [key]);
  const collapsed = useCardView((s) => s.collapsed);
  const view = useCardViewApi();
  const [focused, setFocused] = useState(0);
  const t = useT();
  const ids = entries.map((e) => e.id);
  const all = allCollapsed(ids, collapsed);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number, id: string) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 || e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      const next =
        e.key === 'Home'
          ? 0
          : e.key === 'End'
            ? entries.length - 1
            : Math.max(0, Math.min(entries.length - 1, index + step));
      setFocused(next);
      e.currentTarget.closest('ol')?.querySelectorAll<HTMLElement>('.outline-go')[next]?.focus();
    } else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      view.getState().setCollapsed([id], e.key === 'ArrowLeft');
    }
  };
  return (
    <nav className="card-outline" aria-label={t('bigcards.outline.label')}>
      <div className="outline-head">
        <h2 className="panel-title">{t('bigcards.outline.title')}</h2>
        <button type="button" className="btn-link" onClick={() => view.getState().setCollapsed(ids, !all)}>
          {all ? t('bigcards.outline.expandAll') : t('bigcards.outline.collapseAll')}
        </button>
      </div>
      <ol className="outline-list" data-outline-list="">
        {entries.map((entry, index) => {
          const title = entry.title.trim() === '' ? t('pieces.untitledSection') : entry.title;
          const count = t('pieces.section.count', { count: entry.count });
          const folded = collapsed.has(entry.id);
          return (
            <li key={entry.id} className="outline-entry" data-outline-section={entry.id}>
              <button
                type="button"
                className={`outline-toggle${folded ? ' is-folded' : ''}`}
                tabIndex={-1}
                aria-expanded={!folded}
                aria-label={t(folded ? 'bigcards.section.expand' : 'bigcards.section.collapse', { title })}
                onClick={() => view.getState().setCollapsed([entry.id], !folded)}
              />
              <button
                type="button"
                className="outline-go"
                tabIndex={index === Math.min(focused, entries.length - 1) ? 0 : -1}
                aria-label={t('bigcards.outline.goTo', { title, count })}
                onFocus={() => setFocused(index)}
                onClick={() => jumpToSection(entry.id)}
                onKeyDown={(e) => onKeyDown(e, index, entry.id)}
              >
                <span className="outline-title">{title}</span>
                <span className="outline-count">{entry.count}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <p className="outline-hint">{t('bigcards.outline.hint')}</p>
    </nav>
  );
}
