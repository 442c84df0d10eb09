import { useCallback, useState } from 'react';
import type { LeadType } from '../../domain/types';

/** Where you are lives in the URL (lead type, scope, user), so a reload opens the same layout. */
export interface EditorLocation {
  readonly leadType: LeadType;
  readonly scope: 'C' | 'P' | null; // null: not chosen, pick by the user's rights
  readonly userId: number | null;
}

function read(): EditorLocation {
  const q = new URLSearchParams(window.location.search);
  const scope = q.get('scope');
  const user = Number(q.get('user'));
  return {
    leadType: q.get('leadType') === 'repeat' ? 'repeat' : 'simple',
    scope: scope === 'C' || scope === 'P' ? scope : null,
    userId: Number.isInteger(user) && user > 0 ? user : null,
  };
}

export function useEditorLocation(): [EditorLocation, (next: Partial<EditorLocation>) => void] {
  const [location, setLocation] = useState(read);
  const update = useCallback((next: Partial<EditorLocation>) => {
    setLocation((prev) => {
      const merged = { ...prev, ...next };
      const q = new URLSearchParams(window.location.search);
      q.set('leadType', merged.leadType);
      if (merged.scope) q.set('scope', merged.scope);
      if (merged.scope === 'P' && merged.userId) q.set('user', String(merged.userId));
      else q.delete('user');
      window.history.replaceState(null, '', `${window.location.pathname}?${q.toString()}`);
      return merged;
    });
  }, []);
  return [location, update];
}
