import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { userSearchQuery } from '../../api/methods/users';
import type { User } from '../../api/schemas/user';
import { useT } from '../../i18n/i18nStore';
import { useDocumentEnv } from './documentEnv';
import { userName } from './ScopePicker';

/** The users to choose from: the first page, or what the portal finds for the search text. */
export function useUserSearch(search: string): { users: readonly User[]; searching: boolean } {
  const { client, firstUsers } = useDocumentEnv();
  const q = search.trim();
  const found = useQuery({ ...userSearchQuery(client, { search: q }), enabled: q !== '' });
  return {
    users: q === '' ? firstUsers : (found.data?.items ?? []),
    searching: q !== '' && found.isFetching,
  };
}

export interface UserPickerProps {
  readonly userId: number | null;
  readonly onChange: (userId: number, user: User) => void;
}

/** One user, picked from `user.get` with a search box. */
export function UserPicker({ userId, onChange }: UserPickerProps) {
  const [search, setSearch] = useState('');
  const { users, searching } = useUserSearch(search);
  const id = useId();
  const t = useT();
  return (
    <div className="user-picker">
      <input
        className="input"
        type="search"
        aria-label={t('editor.scope.searchUsers')}
        placeholder={t('editor.scope.searchUsers')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <label htmlFor={id} className="sr-only">
        {t('editor.scope.user')}
      </label>
      <select
        id={id}
        className="input"
        value={userId === null ? '' : String(userId)}
        onChange={(e) => {
          const user = users.find((u) => u.ID === e.target.value);
          if (user) onChange(Number(user.ID), user);
        }}
      >
        <option value="" disabled>
          {t('dialogs.users.choose')}
        </option>
        {users.map((u) => (
          <option key={u.ID} value={u.ID}>
            {userName(u)}
            {u.WORK_POSITION ? ` — ${u.WORK_POSITION}` : ''}
          </option>
        ))}
      </select>
      {searching ? <span className="hint">{t('editor.scope.searching')}</span> : null}
    </div>
  );
}
