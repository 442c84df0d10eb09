import { useQuery } from '@tanstack/react-query';
import { cardFieldsFor } from '../../domain/cardFields';
import { defaultLayout } from '../../domain/defaults';
import type { Layout, LeadType } from '../../domain/types';
import { useDocumentRegistry } from '../../store/documents';
import type { DocumentKey } from '../../store/documentKey';
import { portalErrorText } from '../../ui/portalErrorText';
import type { DocumentEnv } from './documentEnv';
import { layoutPairQuery } from './editorData';

/** Another document's layout for a comparison: its open draft if edited here, else what is saved. */
export type OtherLayout =
  | { readonly status: 'ready'; readonly layout: Layout; readonly note: string }
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string };

/** What the portal shows when nothing is stored for `leadType`. */
export const portalDefault = (env: DocumentEnv, leadType: LeadType): Layout =>
  defaultLayout(leadType, cardFieldsFor(leadType, env.fields));

/**
 * The layout of `key` (another document than the open one): the draft being edited in this
 * session when there is one with changes, else the stored layout (one request for both lead types
 * of that scope, cached), else the portal default. `key === null` asks for nothing.
 */
export function useOtherLayout(env: DocumentEnv, key: DocumentKey | null): OtherLayout {
  const registry = useDocumentRegistry();
  const scopeKey = key ? { scope: key.scope, userId: key.userId } : { scope: 'C' as const, userId: null };
  const pair = useQuery({ ...layoutPairQuery(env.client, scopeKey), enabled: key !== null });
  if (key === null) return { status: 'loading' };
  const open = registry.get(key)?.getState();
  if (open && open.draft !== open.saved) {
    return {
      status: 'ready',
      layout: open.draft,
      note: 'its unsaved draft in this editor',
    };
  }
  if (pair.isError) return { status: 'error', message: portalErrorText(pair.error) };
  if (!pair.data) return { status: 'loading' };
  const stored = pair.data[key.leadType];
  return stored
    ? { status: 'ready', layout: stored.layout, note: 'as saved' }
    : {
        status: 'ready',
        layout: portalDefault(env, key.leadType),
        note: 'not saved, the portal default',
      };
}
