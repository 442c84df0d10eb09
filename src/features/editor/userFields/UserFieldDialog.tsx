import { userFieldEntityOf } from '../../../api/methods/userfields';
import { useDocument } from '../document/documentContext';
import { UserFieldChangeLoader } from './UserFieldChangeForm';
import { UserFieldCreateForm } from './UserFieldCreateForm';
import type { UserFieldRequest } from './userFieldDialogStore';
import './userFields.css';

export interface UserFieldDialogProps {
  readonly request: UserFieldRequest;
  readonly onClose: () => void;
}

/** Creates a user field of the card's entity or changes one, on the portal itself (`crm.{entity}.userfield.*`). */
export function UserFieldDialog({ request, onClose }: UserFieldDialogProps) {
  const entity = userFieldEntityOf(useDocument().docKey.card);
  // nothing opens it on a card whose user fields live elsewhere (see `useUserFieldsHere`)
  if (!entity) return null;
  return request.kind === 'create' ? (
    <UserFieldCreateForm entity={entity} section={request.section} onClose={onClose} />
  ) : (
    <UserFieldChangeLoader entity={entity} field={request.field} onClose={onClose} />
  );
}
