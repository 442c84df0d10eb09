import { UserFieldChangeLoader } from './UserFieldChangeForm';
import { UserFieldCreateForm } from './UserFieldCreateForm';
import type { UserFieldRequest } from './userFieldDialogStore';
import './userFields.css';

export interface UserFieldDialogProps {
  readonly request: UserFieldRequest;
  readonly onClose: () => void;
}

/** Creates a lead user field or changes one, on the portal itself (`crm.lead.userfield.*`). */
export function UserFieldDialog({ request, onClose }: UserFieldDialogProps) {
  return request.kind === 'create' ? (
    <UserFieldCreateForm section={request.section} onClose={onClose} />
  ) : (
    <UserFieldChangeLoader field={request.field} onClose={onClose} />
  );
}
