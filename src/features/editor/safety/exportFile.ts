import { cardTypeString } from '../../../domain/cardType';
import { exportLayout } from '../../../domain/layoutJson';
import type { Layout } from '../../../domain/types';
import type { DocumentKey } from '../../../store/documentKey';

/** `lead-card-common-simple.json`, `lead-card-personal-7-repeat.json`, `deal-2-card-common.json`. */
export function exportFileName(key: DocumentKey): string {
  const whose = key.scope === 'C' ? 'common' : `personal-${key.userId ?? 0}`;
  const { card } = key;
  if (card.entity === 'lead') {
    return key.scope === 'C'
      ? `lead-card-common-${card.leadType}.json`
      : `lead-card-${whose}-${card.leadType}.json`;
  }
  return `${cardTypeString(card).replaceAll(':', '-')}-card-${whose}.json`;
}

/** Downloads `layout` as the app's JSON layout file (`exportLayout`): what the editor shows now. */
export function downloadLayout(layout: Layout, key: DocumentKey, portal: string): void {
  const text = exportLayout(layout, {
    ...(key.card.entity === 'lead' ? { leadType: key.card.leadType } : { card: cardTypeString(key.card) }),
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
