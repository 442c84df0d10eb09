import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { appInfoCommand } from '../../api/methods/appInfo';
import { isAppContext } from '../../api/methods/appOptions';
import { leadFieldsCommand } from '../../api/methods/fields';
import { getLayoutCommand, type LayoutKey } from '../../api/methods/layout';
import { fromPortal, type LoadedLayout } from '../../api/methods/layoutMapping';
import { portalKey } from '../../api/methods/keys';
import { profileCommand, searchUsersCommand } from '../../api/methods/users';
import type { LeadFields } from '../../api/schemas/fields';
import type { PortalError } from '../../api/errors';
import type { PortalLayout } from '../../api/schemas/layout';
import type { Profile, User } from '../../api/schemas/user';
import type { BatchPart, PortalClient } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { isAccessDenied } from '../../store/rights';

/** Both lead types' stored layouts for one scope/user; `null` = nothing stored (portal default). */
export type LayoutPair = Readonly<Record<LeadType, LoadedLayout | null>>;

export interface LayoutScopeKey {
  readonly scope: 'C' | 'P';
  /** Personal layouts: whose. Common: null. */
  readonly userId: number | null;
}

export interface EditorOpening {
  readonly fields: LeadFields;
  readonly profile: Profile;
  readonly users: readonly User[];
  /** Running as a Bitrix24 app (an app token): the app's options on the portal can keep history. */
  readonly appContext: boolean;
  /** The layouts loaded with the screen, by `pairKeyString`. */
  readonly pairs: ReadonlyMap<string, LayoutPair>;
  /** Layouts asked for at opening that the portal refused (another user's), by `pairKeyString`. */
  readonly refused: ReadonlyMap<string, PortalError>;
}

export const pairKeyString = (k: LayoutScopeKey) => (k.scope === 'C' ? 'C' : `P:${k.userId ?? 0}`);
const layoutKey = (k: LayoutScopeKey, leadType: LeadType): LayoutKey => ({
  scope: k.scope,
  userId: k.userId,
  leadType,
});

function value<T>(part: BatchPart<T>): T {
  if (!part.ok) throw part.error;
  return part.value;
}
const loaded = (part: BatchPart<PortalLayout | null>) => {
  const sections = value(part);
  return sections && fromPortal(sections);
};

/**
 * ONE request opens the editor (a `batch`): the field list, who is editing, the first page of
 * users for the picker, and the layouts the screen may open on. When the scope is not chosen yet
 * the right one depends on the user's rights, so the common layouts and the user's own personal
 * ones both come along.
 */
export const editorOpeningQuery = (
  client: PortalClient,
  queryClient: QueryClient,
  chosen: LayoutScopeKey | null,
) =>
  queryOptions({
    queryKey: [...portalKey(client), 'editorOpening', chosen ? pairKeyString(chosen) : 'auto'] as const,
    queryFn: async ({ signal }): Promise<EditorOpening> => {
      const common: LayoutScopeKey = { scope: 'C', userId: null };
      const own: LayoutScopeKey = { scope: 'P', userId: null };
      const scopes = chosen ? [chosen] : [common, own];
      const layoutCommands: Record<string, ReturnType<typeof getLayoutCommand>> = Object.fromEntries(
        scopes.flatMap((k, i) => [
          [`simple${i}`, getLayoutCommand(layoutKey(k, 'simple'))],
          [`repeat${i}`, getLayoutCommand(layoutKey(k, 'repeat'))],
        ]),
      );
      const parts = await client.batch(
        {
          fields: leadFieldsCommand(),
          profile: profileCommand(),
          users: searchUsersCommand(),
          // a webhook answers its scopes, an app token the app's record: tells the app context apart
          app: appInfoCommand(),
          ...layoutCommands,
        },
        { signal },
      );
      const layoutParts = parts as unknown as Readonly<
        Record<string, BatchPart<PortalLayout | null> | undefined>
      >;
      const profile = value(parts.profile);
      const pairs = new Map<string, LayoutPair>();
      const refused = new Map<string, PortalError>();
      scopes.forEach((k, i) => {
        const simple = layoutParts[`simple${i}`];
        const repeat = layoutParts[`repeat${i}`];
        if (!simple || !repeat) return;
        // another user's layout the portal refuses: the screen opens all the same and says so
        const denied = [simple, repeat].find((p) => !p.ok && isAccessDenied(p.error));
        if (denied && !denied.ok) {
          refused.set(pairKeyString(k), denied.error);
          return;
        }
        // "own personal" was asked without userId: it belongs to the profile's user
        const key =
          k.scope === 'P' && k.userId === null ? { scope: 'P' as const, userId: Number(profile.ID) } : k;
        const pair: LayoutPair = {
          simple: loaded(simple),
          repeat: loaded(repeat),
        };
        pairs.set(pairKeyString(key), pair);
        queryClient.setQueryData(layoutPairQuery(client, key).queryKey, pair);
      });
      return {
        fields: value(parts.fields),
        profile,
        users: value(parts.users),
        appContext: parts.app.ok && isAppContext(parts.app.value),
        pairs,
        refused,
      };
    },
  });

/** Layouts of another scope/user, both lead types in one request. */
export const layoutPairQuery = (client: PortalClient, k: LayoutScopeKey) =>
  queryOptions({
    queryKey: [...portalKey(client), 'layoutPair', pairKeyString(k)] as const,
    queryFn: async ({ signal }): Promise<LayoutPair> => {
      const parts = await client.batch(
        {
          simple: getLayoutCommand(layoutKey(k, 'simple')),
          repeat: getLayoutCommand(layoutKey(k, 'repeat')),
        },
        { signal },
      );
      return { simple: loaded(parts.simple), repeat: loaded(parts.repeat) };
    },
  });
