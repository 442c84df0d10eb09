import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { userSearchQuery } from '../../../api/methods/users';
import type { User } from '../../../api/schemas/user';
import type { PortalClient } from '../../../api/transport';
import { useT } from '../../../i18n/i18nStore';
import type { DocumentKey } from '../../../store/documentKey';
import { isAccessDenied, mayManageOthers } from '../../../store/rights';
import { isolateText } from '../../../ui/bidi';
import { portalErrorText } from '../../../ui/portalErrorText';
import { onRovingKeyDown } from '../../../ui/rovingFocus';
import { useStoredLayouts } from '../document/storedLayouts';
import { useRights } from '../document/rightsContext';
import { UserSearchBox } from '../users/UserSearchBox';
import { UserSelect } from '../users/UserSelect';
import { userName } from '../users/userName';

/** One of the scope's radio tabs; only the chosen one is in the Tab order (arrows move between them). */
function ScopeTab(props: {
  readonly checked: boolean;
  readonly onChoose: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      role="radio"
      className="tab"
      aria-checked={props.checked}
      tabIndex={props.checked ? 0 : -1}
      onClick={props.onChoose}
    >
      {props.children}
    </button>
  );
}

export interface ScopePickerProps {
  readonly client: PortalClient;
  /** The open layout: its scope and user are picked here; its card's layouts are read before switching. */
  readonly current: DocumentKey;
  readonly firstUsers: readonly User[];
  /** Who is editing: the first choice for a personal layout. */
  readonly selfId: number;
  /** A refusal learned elsewhere (a link to another user's layout), said here like a refused pick. */
  readonly refusal?: string | null;
  readonly onChange: (scope: 'C' | 'P', userId: number | null) => void;
}

/** Common (everyone) or personal for one user, picked from `user.get` with a search box. */
export function ScopePicker(props: ScopePickerProps) {
  const { client, firstUsers, selfId, onChange } = props;
  const { scope, userId, card } = props.current;
  const [search, setSearch] = useState('');
  const q = search.trim();
  const found = useQuery({ ...userSearchQuery(client, { search: q }), enabled: q !== '' });
  const users = q === '' ? firstUsers : (found.data?.items ?? []);
  const t = useT();
  const stored = useStoredLayouts(client);
  const { rights, learn } = useRights();
  const [pending, setPending] = useState<number | null>(null);
  const [pickRefusal, setRefusal] = useState<string | null>(null);
  const refusal = pickRefusal ?? props.refusal ?? null;
  const noteId = useId();
  const locked = !mayManageOthers(rights);
  const shownUser =
    firstUsers.find((u) => Number(u.ID) === userId) ?? found.data?.items.find((u) => Number(u.ID) === userId);
  const change = (s: 'C' | 'P', u: number | null) => {
    setRefusal(null);
    onChange(s, u);
  };
  // Another user's layout opens only for a CRM administrator. Unless the rights are known, it is
  // read before switching, so a refusal is said here and the editor keeps what the user had.
  const pick = async (id: number) => {
    if (id === selfId || rights === 'full') return change('P', id);
    const who = users.find((u) => Number(u.ID) === id);
    const name = who ? userName(who) : t('pieces.user.numberedInline', { id: String(id) });
    setPending(id);
    setRefusal(null);
    try {
      await stored.fetch({ scope: 'P', userId: id, card });
      change('P', id);
    } catch (e) {
      learn(e);
      setRefusal(
        isAccessDenied(e)
          ? t('rights.picker.refused', { who: name })
          : t('rights.picker.failed', { who: name, reason: portalErrorText(e, t) }),
      );
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="scope" role="group" aria-label={t('editor.scope.whose')}>
      <div className="tabs" role="radiogroup" aria-label={t('editor.scope')} onKeyDown={onRovingKeyDown}>
        <ScopeTab checked={scope === 'C'} onChoose={() => change('C', null)}>
          {t('editor.scope.common')}
        </ScopeTab>
        <ScopeTab checked={scope === 'P'} onChoose={() => change('P', locked ? selfId : (userId ?? selfId))}>
          {t('editor.scope.personal')}
        </ScopeTab>
      </div>
      {scope === 'P' ? (
        <>
          <UserSearchBox
            value={search}
            onChange={setSearch}
            disabled={locked}
            describedBy={locked || refusal ? noteId : undefined}
          />
          <UserSelect
            users={users}
            userId={pending ?? userId}
            className="input scope-users"
            disabled={locked || pending !== null}
            describedBy={locked || refusal ? noteId : undefined}
            onSelect={(value) => void pick(Number(value))}
          >
            {shownUser && !users.some((u) => u.ID === shownUser.ID) ? (
              <option value={shownUser.ID}>{isolateText(userName(shownUser))}</option>
            ) : null}
          </UserSelect>
          {pending !== null ? <span className="hint">{t('rights.picker.opening')}</span> : null}
          {q !== '' && found.isFetching ? <span className="hint">{t('editor.scope.searching')}</span> : null}
          {q !== '' && found.data?.items.length === 0 ? (
            <span className="hint">{t('editor.scope.noMatch')}</span>
          ) : null}
        </>
      ) : null}
      {refusal ? (
        <p id={noteId} className="scope-refusal" role="alert">
          {refusal}
        </p>
      ) : scope === 'P' && locked ? (
        <p id={noteId} className="hint scope-rights">
          {t('rights.picker.ownOnly')}
        </p>
      ) : null}
    </div>
  );
}
