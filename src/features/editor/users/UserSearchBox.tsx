import { useT } from '../../../i18n/i18nStore';
import { SearchBox } from '../../../ui/SearchBox';

export interface UserSearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled?: boolean;
  /** The id of a visible text that says why it is disabled. */
  readonly describedBy?: string | undefined;
}

/** The search box above every list of portal users. */
export function UserSearchBox({ value, onChange, disabled, describedBy }: UserSearchBoxProps) {
  const t = useT();
  return (
    <SearchBox
      label={t('editor.scope.searchUsers')}
      value={value}
      onChange={onChange}
      disabled={disabled}
      aria-describedby={describedBy}
    />
  );
}
