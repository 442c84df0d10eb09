import type { User } from '../../../api/schemas/user';
import { langStore, translate } from '../../../i18n/i18nStore';

/** The user's name, else "User 7" in the interface language (the caller re-renders on a language switch). */
export const userName = (u: Pick<User, 'NAME' | 'LAST_NAME' | 'ID'>) =>
  [u.NAME, u.LAST_NAME].filter((s) => s !== null && s !== '').join(' ') ||
  translate(langStore.getState().lang)('pieces.user.numbered', { id: u.ID });
