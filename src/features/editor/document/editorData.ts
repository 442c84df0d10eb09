import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { appInfoCommand } from '../../../api/methods/appInfo';
import { catalogCommands, catalogKeys, catalogStartFrom } from '../../../api/methods/cardCatalog';
import { isAppContext } from '../../../api/methods/appOptions';
import { cardFieldsCommand, fieldKeys } from '../../../api/methods/fields';
import { getLayoutCommand, type LayoutKey } from '../../../api/methods/layout';
import { fromPortal, type LoadedLayout } from '../../../api/methods/layoutMapping';
import { portalKey } from '../../../api/methods/keys';
import { profileCommand, searchUsersCommand } from '../../../api/methods/users';
import type { PortalError } from '../../../api/errors';
import type { PortalLayout } from '../../../api/schemas/layout';
import type { Profile, User } from '../../../api/schemas/user';
import type { BatchPart, PortalClient } from '../../../api/transport';
import { cardTypeString, type CardType } from '../../../domain/cardType';
import { isAccessDenied } from '../../../store/rights';

/**
 * The stored layouts of one card family for one scope/user, by `cardTypeString`; `null` = nothing
 * stored (portal default). Both lead types come together (simple and repeat); any other card alone.
 */
export type LayoutPair = Readonly<Record<string, LoadedLayout | null>>;

/** The cards loaded together with `card`: both lead types, or the card itself. */
export const cardFamily = (card: CardType): readonly CardType[] =>
  card.entity === 'lead'
    ? [
        { entity: 'lead', leadType: 'simple' },
        { entity: 'lead', leadType: 'repeat' },
      ]
    : [card];

const familyKey = (card: CardType): string => (card.entity === 'lead' ? 'lead' : cardTypeString(card));

/** `card`'s stored layout in `pair`; `null` when nothing is stored or it was not loaded. */
export const layoutOf = (pair: LayoutPair, card: CardType): LoadedLayout | null =>
  pair[cardTypeString(card)] ?? null;

export interface LayoutScopeKey {
  readonly scope: 'C' | 'P';
  /** Personal layouts: whose. Common: null. */
  readonly userId: number | null;
}

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

export const pairKeyString = (k: LayoutScopeKey) => (k.scope === 'C' ? 'C' : `P:${k.userId ?? 0}`);
const layoutKey = (k: LayoutScopeKey, card: CardType): LayoutKey => ({
  scope: k.scope,
  userId: k.userId,
  card,
});

/** One `get` per card of the family, named `{cardTypeString}{suffix}` in the batch. */
const familyCommands = (k: LayoutScopeKey, card: CardType, suffix = '') =>
  Object.fromEntries(
    cardFamily(card).map((c) => [`${cardTypeString(c)}${suffix}`, getLayoutCommand(layoutKey(k, c))]),
  );

function value<T>(part: BatchPart<T>): T {
  if (!part.ok) throw part.error;
  return part.value;
}
const loaded = (part: BatchPart<PortalLayout | null>) => {
  const sections = value(part);
  return sections && fromPortal(sections);
};

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
      const profile = value(parts.profile);
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
        const pair: LayoutPair = Object.fromEntries(named.map(([name, p]) => [name, p ? loaded(p) : null]));
        pairs.set(pairKeyString(key), pair);
        queryClient.setQueryData(layoutPairQuery(client, key, card).queryKey, pair);
      });
      // the field list is read from its own query, primed here: a refresh after a user-field change updates that
      queryClient.setQueryData(fieldKeys.of(client, card), value(parts.fields));
      // a portal that refuses them still opens the editor: the picker asks again and says why
      if (parts.catalogDeals.ok && parts.catalogTypes.ok) {
        queryClient.setQueryData(catalogKeys.start(client), catalogStartFrom(parts));
      }
      return {
        profile,
        users: value(parts.users),
        appContext: parts.app.ok && isAppContext(parts.app.value),
        pairs,
        refused,
      };
    },
  });

/** Layouts of `card`'s family for a scope/user (both lead types) in one request. */
export const layoutPairQuery = (client: PortalClient, k: LayoutScopeKey, card: CardType) =>
  queryOptions({
    queryKey: [...portalKey(client), 'layoutPair', pairKeyString(k), familyKey(card)] as const,
    queryFn: async ({ signal }): Promise<LayoutPair> => {
      const parts = await client.batch(familyCommands(k, card), { signal });
      return Object.fromEntries(
        cardFamily(card).map((c) => [cardTypeString(c), loaded(parts[cardTypeString(c)]!)]),
      );
    },
  });

/** `pair` with `card`'s stored layout replaced (for the query cache after a save or reset). */
export const withLayout = (
  pair: LayoutPair | undefined,
  card: CardType,
  stored: LoadedLayout | null,
): LayoutPair | undefined => (pair ? { ...pair, [cardTypeString(card)]: stored } : pair);
