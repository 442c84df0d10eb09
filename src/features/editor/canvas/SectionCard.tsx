import { memo, useRef, type ButtonHTMLAttributes, type CSSProperties } from 'react';
import { sectionRules } from '../../../domain/sectionRules';
import { useT } from '../../../i18n/i18nStore';
import { sectionOf } from '../../../store/selectors';
import { toDndId } from '../dnd/ids';
import { ElementChip } from './ElementChip';
import { SectionTitle } from './SectionTitle';
import { openUserFieldDialog, useUserFieldsHere } from '../userFields/userFieldDialogStore';
import { AddRestButton } from './AddRestButton';
import { useNearView } from './nearView';
import { useCardView, useCardViewApi, useEditor } from '../document/documentContext';

export interface SectionCardProps {
  readonly id: string;
  readonly problem: string | undefined;
  readonly onEditOptions: (field: string) => void;
  readonly onSettings: (section: string) => void;
  readonly onDelete: (section: string) => void;
  /** "Move to section…" for a field (and the selection it is in). */
  readonly onMoveTo: (field: string) => void;
  readonly isNew: boolean;
  /** The portal refuses a layout without sections, so the last one stays. */
  readonly canDelete: boolean;
  /** Drawn whole from the first render (near the top of the card); else once near the view. */
  readonly eager: boolean;
}

/** A section's action in its head, drawn as a link. */
function LinkButton({ className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" {...rest} className={className ? `btn-link ${className}` : 'btn-link'} />;
}

/** About the height of a field row and of a section's head, for sections not laid out yet. */
const ROW_PX = 42;
const HEAD_PX = 70;

/**
 * A section of the card: a region named by its title, its fields as a list. No drag hooks: its
 * handle and its fields' handles carry `data-drag` for the workspace's one draggable. Off-screen,
 * its content is not laid out (`content-visibility`), sized meanwhile by its number of fields.
 */
export const SectionCard = memo(function SectionCard({
  id,
  problem,
  onEditOptions,
  onSettings,
  onDelete,
  onMoveTo,
  isNew,
  canDelete,
  eager,
}: SectionCardProps) {
  const box = useRef<HTMLElement>(null);
  const whole = useNearView(box, eager);
  const section = useEditor(sectionOf(id));
  const collapsed = useCardView((s) => s.collapsed.has(id));
  const view = useCardViewApi();
  const t = useT();
  const userFieldsHere = useUserFieldsHere();
  if (!section) return null;
  const dndId = toDndId({ kind: 'section', section: id });
  const rows = collapsed ? 0 : Math.max(1, section.elements.length);
  const size = { '--section-height': `${HEAD_PX + ROW_PX * rows}px` };
  const title = section.title.trim() === '' ? t('pieces.untitledSection') : section.title;
  const rules = sectionRules(section);
  const kept = rules.removable
    ? undefined
    : t(rules.because === 'portalMain' ? 'pieces.section.keptMain' : 'pieces.section.keptByPortal');
  // a field the portal sent twice (the check reports it) is two chips, not one key twice
  const seen = new Set<string>();
  const keys = section.elements.map((e, i) => {
    const key = seen.has(e.field) ? `${e.field}~${i}` : e.field;
    seen.add(e.field);
    return key;
  });
  return (
    <section
      ref={box}
      aria-label={title}
      data-testid={dndId}
      data-drag-node=""
      className={`section-card${problem ? ' has-problem' : ''}${collapsed ? ' is-collapsed' : ''}`}
      style={size as CSSProperties}
    >
      <header className="section-head">
        <button
          type="button"
          className="drag-handle"
          data-drag={dndId}
          aria-label={t('pieces.section.move', { title })}
        />
        <button
          type="button"
          className={`section-fold${collapsed ? ' is-folded' : ''}`}
          aria-expanded={!collapsed}
          aria-label={t(collapsed ? 'bigcards.section.expand' : 'bigcards.section.collapse', { title })}
          onClick={() => view.getState().setCollapsed([id], !collapsed)}
        />
        <SectionTitle section={id} title={section.title} startEditing={isNew} />
        <span className="section-name" title={t('pieces.section.nameHint')}>
          {section.name}
        </span>
        <span className="section-count">{t('pieces.section.count', { count: section.elements.length })}</span>
        {rules.changeable ? <AddRestButton section={id} title={title} /> : null}
        {userFieldsHere ? (
          <LinkButton
            onClick={() => openUserFieldDialog({ kind: 'create', section: id })}
            aria-label={t('userFields.createIn', { title })}
          >
            {t('userFields.create')}
          </LinkButton>
        ) : null}
        <LinkButton onClick={() => onSettings(id)} aria-label={t('pieces.section.settingsOf', { title })}>
          {t('pieces.section.settings')}
        </LinkButton>
        <LinkButton
          className="btn-link-danger"
          disabled={!canDelete || kept !== undefined}
          title={kept ?? (canDelete ? undefined : t('pieces.section.lastOne'))}
          onClick={() => onDelete(id)}
          aria-label={t('pieces.section.deleteOf', { title })}
        >
          {t('pieces.section.delete')}
        </LinkButton>
      </header>
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
      {collapsed ? null : (
        <div className="section-zone">
          {section.elements.length === 0 ? (
            <p className="empty-hint">{t('pieces.section.dropHere')}</p>
          ) : (
            <ul className="element-list" aria-label={t('pieces.section.fieldsOf', { title })}>
              {section.elements.map((e, i) => (
                <ElementChip
                  key={keys[i]}
                  field={e.field}
                  onEditOptions={onEditOptions}
                  onMoveTo={onMoveTo}
                  whole={whole}
                />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
});
