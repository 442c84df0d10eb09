import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { userSearchQuery } from '../../../api/methods/users';
import type { User } from '../../../api/schemas/user';
import { useT } from '../../../i18n/i18nStore';
import { useDocument } from '../document/documentContext';
import { UserSearchBox } from './UserSearchBox';
import { UserSelect } from './UserSelect';

/** The users to choose from: the first page, or what the portal finds for the search text. */
export function useUserSearch(search: string): { users: readonly User[]; searching: boolean } {
  const { client, firstUsers } = useDocument();
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
  const t = useT();
  return (
    <div className="user-picker">
      <UserSearchBox value={search} onChange={setSearch} />
      <UserSelect
        users={users}
        userId={userId}
        className="input"
        onSelect={(value) => {
          const user = users.find((u) => u.ID === value);
          if (user) onChange(Number(user.ID), user);
        }}
      >
        <option value="" disabled>
          {t('dialogs.users.choose')}
        </option>
      </UserSelect>
      {searching ? <span className="hint">{t('editor.scope.searching')}</span> : null}
    </div>
  );
}
