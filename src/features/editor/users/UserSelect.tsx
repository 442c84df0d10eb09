import { useId, type ReactNode } from 'react';
import type { User } from '../../../api/schemas/user';
import { useT } from '../../../i18n/i18nStore';
import { isolateText } from '../../../ui/bidi';
import { userName } from './userName';

export interface UserSelectProps {
  readonly users: readonly User[];
  readonly userId: number | null;
  readonly className: string;
  /** Options before the users, e.g. a placeholder. */
  readonly children?: ReactNode;
  /** The chosen option's value: a user's id. */
  readonly onSelect: (value: string) => void;
  readonly disabled?: boolean;
  /** The id of a visible text that says why it is disabled. */
  readonly describedBy?: string | undefined;
}

/** A select of users, named by name and position, with a label only screen readers show. */
export function UserSelect(props: UserSelectProps) {
  const { users, userId, className, children, onSelect, disabled, describedBy } = props;
  const id = useId();
  const t = useT();
  return (
    <>
      <label htmlFor={id} className="sr-only">
        {t('editor.scope.user')}
      </label>
      <select
        id={id}
        className={className}
        value={userId === null ? '' : String(userId)}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onSelect(e.target.value)}
      >
        {children}
        {users.map((u) => (
          <option key={u.ID} value={u.ID}>
            {/* an option holds text only: isolation marks instead of <bdi> */}
            {isolateText(userName(u))}
            {u.WORK_POSITION ? ` — ${isolateText(u.WORK_POSITION)}` : ''}
          </option>
        ))}
      </select>
    </>
  );
}
