import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { userSearchQuery } from '../../api/methods/users';
import type { User } from '../../api/schemas/user';
import type { PortalClient } from '../../api/transport';
import { useT } from '../../i18n/i18nStore';
import { isolateText } from '../../ui/bidi';
import { onRovingKeyDown } from '../../ui/rovingFocus';
import { UserSearchBox } from './UserSearchBox';
import { UserSelect } from './UserSelect';
import { userName } from './userName';

export interface ScopePickerProps {
  readonly client: PortalClient;
  readonly scope: 'C' | 'P';
  readonly userId: number | null;
  readonly firstUsers: readonly User[];
  /** Who is editing: the first choice for a personal layout. */
  readonly selfId: number;
  readonly onChange: (scope: 'C' | 'P', userId: number | null) => void;
}

/** Common (everyone) or personal for one user, picked from `user.get` with a search box. */
export function ScopePicker({ client, scope, userId, firstUsers, selfId, onChange }: ScopePickerProps) {
  const [search, setSearch] = useState('');
  const q = search.trim();
  const found = useQuery({ ...userSearchQuery(client, { search: q }), enabled: q !== '' });
  const users = q === '' ? firstUsers : (found.data?.items ?? []);
  const t = useT();
  const current =
    firstUsers.find((u) => Number(u.ID) === userId) ?? found.data?.items.find((u) => Number(u.ID) === userId);
  return (
    <div className="scope" role="group" aria-label={t('editor.scope.whose')}>
      <div className="tabs" role="radiogroup" aria-label={t('editor.scope')} onKeyDown={onRovingKeyDown}>
        <button
          type="button"
          role="radio"
          className="tab"
          aria-checked={scope === 'C'}
          tabIndex={scope === 'C' ? 0 : -1}
          onClick={() => onChange('C', null)}
        >
          {t('editor.scope.common')}
        </button>
        <button
          type="button"
          role="radio"
          className="tab"
          aria-checked={scope === 'P'}
          tabIndex={scope === 'P' ? 0 : -1}
          onClick={() => onChange('P', userId ?? selfId)}
        >
          {t('editor.scope.personal')}
        </button>
      </div>
      {scope === 'P' ? (
        <>
          <UserSearchBox value={search} onChange={setSearch} />
          <UserSelect
            users={users}
            userId={userId}
            className="input scope-users"
            onSelect={(value) => onChange('P', Number(value))}
          >
            {current && !users.some((u) => u.ID === current.ID) ? (
              <option value={current.ID}>{isolateText(userName(current))}</option>
            ) : null}
          </UserSelect>
          {q !== '' && found.isFetching ? <span className="hint">{t('editor.scope.searching')}</span> : null}
          {q !== '' && found.data?.items.length === 0 ? (
            <span className="hint">{t('editor.scope.noMatch')}</span>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
