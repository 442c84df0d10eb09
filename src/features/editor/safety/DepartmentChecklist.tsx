import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18nStore';
import type { DepartmentChoice, DepartmentNode } from './departmentTree';

export interface DepartmentChecklistProps {
  readonly tree: readonly DepartmentNode[];
  readonly choice: DepartmentChoice;
  readonly onChange: (choice: DepartmentChoice) => void;
  readonly disabled: boolean;
  /** The line under the list: how many users the choice comes to, or why it cannot. */
  readonly children: ReactNode;
}

/** The company structure as nested checkboxes, with "include sub-departments". */
export function DepartmentChecklist(props: DepartmentChecklistProps) {
  const { tree, choice, onChange, disabled, children } = props;
  const { chosen, withSubDepartments } = choice;
  const t = useT();
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange({ ...choice, chosen: next });
  };
  const rows = (nodes: readonly DepartmentNode[]) =>
    nodes.map((n) => (
      <li key={n.id}>
        <label className="user-row">
          <input
            type="checkbox"
            checked={chosen.has(n.id)}
            disabled={disabled}
            onChange={(e) => toggle(n.id, e.target.checked)}
          />
          <bdi>{n.name}</bdi>
        </label>
        {n.children.length > 0 ? <ul className="dept-rows-nested">{rows(n.children)}</ul> : null}
      </li>
    ));
  return (
    <div className="user-checklist dept-checklist">
      <div className="user-checklist-head">
        <label className="dept-with-sub">
          <input
            type="checkbox"
            checked={withSubDepartments}
            disabled={disabled}
            onChange={(e) => onChange({ ...choice, withSubDepartments: e.target.checked })}
          />
          {t('dialogs.bulk.dept.withSub')}
        </label>
        <button
          type="button"
          className="btn-link"
          onClick={() => onChange({ ...choice, chosen: new Set() })}
          disabled={disabled || chosen.size === 0}
        >
          {t('dialogs.users.clear')}
        </button>
        <span className="hint">{t('dialogs.users.selected', { count: chosen.size })}</span>
      </div>
      <ul className="user-rows dept-rows" aria-label={t('dialogs.bulk.dept.list')}>
        {rows(tree)}
        {tree.length === 0 ? <li className="hint">{t('dialogs.bulk.dept.none')}</li> : null}
      </ul>
      <div className="dept-status" aria-live="polite">
        {children}
      </div>
    </div>
  );
}
