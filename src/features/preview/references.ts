import type { Status } from '../../api/schemas/status';
import type { User } from '../../api/schemas/user';
import { langStore, translate, type Translate } from '../../i18n/i18nStore';

/** Reference lists the card shows names from: `crm.status.list` by `ENTITY_ID`, users by id. */
export interface References {
  readonly statuses: ReadonlyMap<string, readonly Status[]>;
  readonly users: ReadonlyMap<string, User>;
}

export const NO_REFERENCES: References = { statuses: new Map(), users: new Map() };

export function buildReferences(statuses: readonly Status[], users: readonly User[]): References {
  const byEntity = new Map<string, Status[]>();
  for (const s of statuses) {
    const list = byEntity.get(s.ENTITY_ID) ?? [];
    list.push(s);
    byEntity.set(s.ENTITY_ID, list);
  }
  for (const list of byEntity.values()) list.sort((a, b) => Number(a.SORT) - Number(b.SORT));
  return { statuses: byEntity, users: new Map(users.map((u) => [u.ID, u])) };
}

/** "First Last", as the card prints people; the login-less fallback is the id. */
export function personName(
  user: Pick<User, 'ID' | 'NAME' | 'LAST_NAME'>,
  t: Translate = translate(langStore.getState().lang),
): string {
  const name = [user.NAME, user.LAST_NAME].filter((s) => s !== null && s.trim() !== '').join(' ');
  return name !== '' ? name : t('preview.user.numbered', { id: user.ID });
}

export function userLabel(
  refs: References,
  id: string,
  t: Translate = translate(langStore.getState().lang),
): string {
  const user = refs.users.get(id);
  return user ? personName(user, t) : t('preview.user.numbered', { id });
}

export function findStatus(refs: References, entity: string, id: string): Status | undefined {
  return refs.statuses.get(entity)?.find((s) => s.STATUS_ID === id);
}
