import { lazy, Suspense } from 'react';
import type { PreviewPanelProps } from '../features/preview/PreviewPanel';

// The preview is opened on demand: loading it with the editor would cost every visit its code.
const PreviewPanel = lazy(() =>
  import('../features/preview/PreviewPanel').then((m) => ({ default: m.PreviewPanel })),
);

/** The preview feature, fetched the first time it is shown. */
export function LazyPreviewPanel(props: PreviewPanelProps) {
  return (
    <Suspense fallback={<div className="skeleton-block" style={{ height: 320 }} aria-busy="true" />}>
      <PreviewPanel {...props} />
    </Suspense>
  );
}
