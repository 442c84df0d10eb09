import { useT } from '../../i18n/i18nStore';

export interface UserSearchBoxProps {
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** The search box above every list of portal users. */
export function UserSearchBox({ value, onChange }: UserSearchBoxProps) {
  const t = useT();
  return (
    <input
      className="input"
      type="search"
      aria-label={t('editor.scope.searchUsers')}
      placeholder={t('editor.scope.searchUsers')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
