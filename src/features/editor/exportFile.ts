import { exportLayout } from '../../domain/layoutJson';
import type { Layout } from '../../domain/types';
import type { DocumentKey } from '../../store/documentKey';

/** `lead-card-common-simple.json`, `lead-card-personal-7-repeat.json`. */
export const exportFileName = (key: DocumentKey): string =>
  key.scope === 'C'
    ? `lead-card-common-${key.leadType}.json`
    : `lead-card-personal-${key.userId ?? 0}-${key.leadType}.json`;

/** Downloads `layout` as the app's JSON layout file (`exportLayout`): what the editor shows now. */
export function downloadLayout(layout: Layout, key: DocumentKey, portal: string): void {
  const text = exportLayout(layout, {
    leadType: key.leadType,
    scope: key.scope,
    ...(key.scope === 'P' && key.userId !== null ? { userId: key.userId } : {}),
    portal,
    exportedAt: new Date().toISOString(),
  });
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(key);
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
