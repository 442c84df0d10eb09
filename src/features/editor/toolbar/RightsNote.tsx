import { useT } from '../../../i18n/i18nStore';

export interface RightsNoteProps {
  readonly id: string;
  readonly scope: 'C' | 'P';
}

/**
 * Why some actions are not offered, once the portal has refused this user: visible, and the
 * description (`aria-describedby`) of every action it disables.
 */
export function RightsNote({ id, scope }: RightsNoteProps) {
  const t = useT();
  return (
    <p id={id} className="banner banner-info rights-note">
      {t(scope === 'C' ? 'rights.note.common' : 'rights.note.personal')}
    </p>
  );
}
