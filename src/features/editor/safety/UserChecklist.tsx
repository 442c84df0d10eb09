import { useState } from 'react';
import { useT } from '../../../i18n/i18nStore';
import { UserSearchBox } from '../users/UserSearchBox';
import { userName } from '../users/userName';
import { useUserSearch } from '../users/UserPicker';

export interface UserChecklistProps {
  /** Chosen users by id, with their names (kept across searches). */
  readonly chosen: ReadonlyMap<number, string>;
  readonly onChange: (chosen: ReadonlyMap<number, string>) => void;
  readonly disabled: boolean;
}

/** Users from `user.get` with checkboxes and a search box; the choice survives a new search. */
export function UserChecklist({ chosen, onChange, disabled }: UserChecklistProps) {
  const [search, setSearch] = useState('');
  const { users, searching } = useUserSearch(search);
  const t = useT();
  const toggle = (id: number, name: string, on: boolean) => {
    const next = new Map(chosen);
    if (on) next.set(id, name);
    else next.delete(id);
    onChange(next);
  };
  const allShown = () =>
    onChange(new Map([...chosen, ...users.map((u) => [Number(u.ID), userName(u)] as const)]));
  return (
    <div className="user-checklist">
      <div className="user-checklist-head">
        <UserSearchBox value={search} onChange={setSearch} />
        <button
          type="button"
          className="btn-link"
          onClick={allShown}
          disabled={disabled || users.length === 0}
        >
          {t('dialogs.users.selectShown')}
        </button>
        <button
          type="button"
          className="btn-link"
          onClick={() => onChange(new Map())}
          disabled={disabled || chosen.size === 0}
        >
          {t('dialogs.users.clear')}
        </button>
        <span className="hint">
          {searching ? t('editor.scope.searching') : t('dialogs.users.selected', { count: chosen.size })}
        </span>
      </div>
      <ul className="user-rows" aria-label={t('dialogs.users.list')}>
        {users.map((u) => {
          const id = Number(u.ID);
          return (
            <li key={u.ID}>
              <label className="user-row">
                <input
                  type="checkbox"
                  checked={chosen.has(id)}
                  disabled={disabled}
                  onChange={(e) => toggle(id, userName(u), e.target.checked)}
                />
                <bdi>{userName(u)}</bdi>
                {u.WORK_POSITION ? <bdi className="hint">{u.WORK_POSITION}</bdi> : null}
              </label>
            </li>
          );
        })}
        {users.length === 0 && !searching ? <li className="hint">{t('editor.scope.noMatch')}</li> : null}
      </ul>
    </div>
  );
}
