import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { appInfoCommand } from '../../../api/methods/appInfo';
import { catalogCommands, catalogKeys, catalogStartFrom } from '../../../api/methods/cardCatalog';
import { isAppContext } from '../../../api/methods/appOptions';
import { cardFieldsCommand, fieldKeys } from '../../../api/methods/fields';
import type { getLayoutCommand } from '../../../api/methods/layout';
import { portalKey } from '../../../api/methods/keys';
import { profileCommand, searchUsersCommand } from '../../../api/methods/users';
import type { PortalError } from '../../../api/errors';
import type { PortalLayout } from '../../../api/schemas/layout';
import type { Profile, User } from '../../../api/schemas/user';
import type { BatchPart, PortalClient } from '../../../api/transport';
import { cardTypeString, type CardType } from '../../../domain/cardType';
import { isAccessDenied } from '../../../store/rights';
import {
  cardFamily,
  familyCommands,
  familyKey,
  loadedPart,
  pairKeyString,
  partValue,
  storedLayouts,
  type LayoutPair,
  type LayoutScopeKey,
} from './storedLayouts';

export interface EditorOpening {
  readonly profile: Profile;
  readonly users: readonly User[];
  /** Running as a Bitrix24 app (an app token): the app's options on the portal can keep history. */
  readonly appContext: boolean;
  /** The layouts of the card family opened first, by `pairKeyString`. */
  readonly pairs: ReadonlyMap<string, LayoutPair>;
  /** Layouts asked for at opening that the portal refused (another user's), by `pairKeyString`. */
  readonly refused: ReadonlyMap<string, PortalError>;
}

/**
 * ONE request opens the editor on `card` (a `batch`): the field list of its entity, who is
 * editing, the first page of users for the picker, and the layouts the screen may open on. When the scope is not chosen yet
 * the right one depends on the user's rights, so the common layouts and the user's own personal
 * ones both come along.
 */
export const editorOpeningQuery = (
  client: PortalClient,
  queryClient: QueryClient,
  chosen: LayoutScopeKey | null,
  card: CardType,
) =>
  queryOptions({
    queryKey: [
      ...portalKey(client),
      'editorOpening',
      chosen ? pairKeyString(chosen) : 'auto',
      familyKey(card),
    ] as const,
    queryFn: async ({ signal }): Promise<EditorOpening> => {
      const common: LayoutScopeKey = { scope: 'C', userId: null };
      const own: LayoutScopeKey = { scope: 'P', userId: null };
      const scopes = chosen ? [chosen] : [common, own];
      const layoutCommands: Record<string, ReturnType<typeof getLayoutCommand>> = Object.assign(
        {},
        ...scopes.map((k, i) => familyCommands(k, card, `_${i}`)),
      );
      const parts = await client.batch(
        {
          fields: cardFieldsCommand(card),
          profile: profileCommand(),
          users: searchUsersCommand(),
          // a webhook answers its scopes, an app token the app's record: tells the app context apart
          app: appInfoCommand(),
          // the card picker's pipelines and smart processes come along, so nothing else is asked
          ...catalogCommands(),
          ...layoutCommands,
        },
        { signal },
      );
      const layoutParts = parts as unknown as Readonly<
        Record<string, BatchPart<PortalLayout | null> | undefined>
      >;
      const profile = partValue(parts.profile);
      const pairs = new Map<string, LayoutPair>();
      const refused = new Map<string, PortalError>();
      scopes.forEach((k, i) => {
        const named = cardFamily(card).map(
          (c) => [cardTypeString(c), layoutParts[`${cardTypeString(c)}_${i}`]] as const,
        );
        const answers = named.flatMap(([, p]) => (p ? [p] : []));
        if (answers.length < named.length) return;
        // another user's layout the portal refuses: the screen opens all the same and says so
        const denied = answers.find((p) => !p.ok && isAccessDenied(p.error));
        if (denied && !denied.ok) {
          refused.set(pairKeyString(k), denied.error);
          return;
        }
        // "own personal" was asked without userId: it belongs to the profile's user
        const key =
          k.scope === 'P' && k.userId === null ? { scope: 'P' as const, userId: Number(profile.ID) } : k;
        const pair: LayoutPair = Object.fromEntries(
          named.map(([name, p]) => [name, p ? loadedPart(p) : null]),
        );
        pairs.set(pairKeyString(key), pair);
        storedLayouts(client, queryClient).primed(key, card, pair);
      });
      // the field list is read from its own query, primed here: a refresh after a user-field change updates that
      queryClient.setQueryData(fieldKeys.of(client, card), partValue(parts.fields));
      // a portal that refuses them still opens the editor: the picker asks again and says why
      if (parts.catalogDeals.ok && parts.catalogTypes.ok) {
        queryClient.setQueryData(catalogKeys.start(client), catalogStartFrom(parts));
      }
      return {
        profile,
        users: partValue(parts.users),
        appContext: parts.app.ok && isAppContext(parts.app.value),
        pairs,
        refused,
      };
    },
  });
