import { lazy, Suspense } from 'react';
import { closeUserFieldDialog, useUserFieldRequest } from './userFieldDialogStore';

// the form and its checks load when a field is first created or changed, not with the editor
const UserFieldDialog = lazy(() => import('./UserFieldDialog').then((m) => ({ default: m.UserFieldDialog })));

/** Where the one user-field dialog of the open document lives. */
export function UserFieldDialogHost() {
  const request = useUserFieldRequest();
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <UserFieldDialog
        key={request.kind === 'create' ? `create:${request.section ?? ''}` : `change:${request.field}`}
        request={request}
        onClose={closeUserFieldDialog}
      />
    </Suspense>
  );
}
