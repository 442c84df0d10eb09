import { dataKeysOf } from '../catalog';
import { usePreviewEnv } from '../previewEnv';
import type { InputProps } from './inputProps';
import { OneOfSelect } from './OneOfSelect';

/**
 * A reference list (stage, source, salutation, a `crm_status` user field) or an enumeration:
 * a select of names. A value the list does not know stays selectable, so nothing is lost.
 */
export function ListInput(props: InputProps) {
  const { field } = props;
  const { catalog, refs } = usePreviewEnv();
  const info = catalog.fields[dataKeysOf(field)[0] ?? field.code];
  const choices =
    field.kind === 'enumeration'
      ? (info?.items ?? []).map((i) => ({ id: i.ID, name: i.VALUE }))
      : (refs.statuses.get(info?.statusType ?? '') ?? []).map((s) => ({ id: s.STATUS_ID, name: s.NAME }));
  return <OneOfSelect input={props} choices={choices} unknownName={(value) => value} />;
}
