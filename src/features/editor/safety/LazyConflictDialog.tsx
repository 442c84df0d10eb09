import { Suspense } from 'react';
import { lazyNamed } from '../../../ui/lazyNamed';
import type { ConflictDialogProps } from './ConflictDialog';

const Eager = lazyNamed(() => import('./ConflictDialog').then((m) => m.ConflictDialog));

/** The conflict dialog, fetched the first time a conflict shows (rare: not worth every visit's code). */
export function ConflictDialog(props: ConflictDialogProps) {
  return (
    <Suspense fallback={null}>
      <Eager {...props} />
    </Suspense>
  );
}
