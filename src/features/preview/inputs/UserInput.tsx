import { useT } from '../../../i18n/i18nStore';
import { usePreviewEnv } from '../previewEnv';
import { personName } from '../references';
import type { InputProps } from './inputProps';
import { OneOfSelect } from './OneOfSelect';

/** One person (responsible, an employee field): a select of the portal's users. */
export function UserInput(props: InputProps) {
  const { refs } = usePreviewEnv();
  const t = useT();
  const choices = [...refs.users.values()].map((u) => ({ id: u.ID, name: personName(u, t) }));
  return (
    <OneOfSelect input={props} choices={choices} unknownName={(id) => t('preview.user.numbered', { id })} />
  );
}
