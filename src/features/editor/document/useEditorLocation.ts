import { useCallback, useState } from 'react';
import { cardTypeString, parseCardType, SIMPLE_LEADS, type CardType } from '../../../domain/cardType';

/** Where you are lives in the URL (card, scope, user), so a reload opens the same layout. */
export interface EditorLocation {
  readonly card: CardType;
  readonly scope: 'C' | 'P' | null; // null: not chosen, pick by the user's rights
  readonly userId: number | null;
}

/**
 * `card=deal:2` names any card; a lead card is still written `leadType=simple|repeat`, as links
 * made before other cards existed are.
 */
function readCard(q: URLSearchParams): CardType {
  const card = parseCardType(q.get('card') ?? '');
  if (card) return card;
  return q.get('leadType') === 'repeat' ? { entity: 'lead', leadType: 'repeat' } : SIMPLE_LEADS;
}

function read(): EditorLocation {
  const q = new URLSearchParams(window.location.search);
  const scope = q.get('scope');
  const user = Number(q.get('user'));
  return {
    card: readCard(q),
    scope: scope === 'C' || scope === 'P' ? scope : null,
    userId: Number.isInteger(user) && user > 0 ? user : null,
  };
}

function writeCard(q: URLSearchParams, card: CardType): void {
  if (card.entity === 'lead') {
    q.set('leadType', card.leadType);
    q.delete('card');
  } else {
    q.set('card', cardTypeString(card));
    q.delete('leadType');
  }
}

export function useEditorLocation(): [EditorLocation, (next: Partial<EditorLocation>) => void] {
  const [location, setLocation] = useState(read);
  const update = useCallback((next: Partial<EditorLocation>) => {
    setLocation((prev) => {
      const merged = { ...prev, ...next };
      const q = new URLSearchParams(window.location.search);
      writeCard(q, merged.card);
      if (merged.scope) q.set('scope', merged.scope);
      if (merged.scope === 'P' && merged.userId) q.set('user', String(merged.userId));
      else q.delete('user');
      window.history.replaceState(null, '', `${window.location.pathname}?${q.toString()}`);
      return merged;
    });
  }, []);
  return [location, update];
}
