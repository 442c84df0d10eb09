import type { CardType } from '../../domain/cardType';
import type { Layout } from '../../domain/types';
import type { PortalError } from '../errors';
import { ConfigurationWriteResultSchema } from '../schemas/layout';
import { batchChunks, type BatchChunksOptions, type PortalClient } from '../transport';
import { getLayoutCommand, layoutMethodsOf, layoutParams, sendablePayload } from './layout';
import { fromPortal, type LoadedLayout } from './layoutMapping';

/** One user's outcome: their stored layout (read) or `true` (written), or the portal's error for that command. */
export type PerUser<T> =
  | { readonly userId: number; readonly ok: true; readonly value: T }
  | { readonly userId: number; readonly ok: false; readonly error: PortalError };

const keyOf = (userId: number) => `u${userId}`;

/**
 * Reads the personal layouts of `userIds` of `card`, 50 per `batch` request
 * (BITRIX24-API.md 4.4). Another user's personal layout needs CRM admin rights (1.4): such an
 * error comes back per user, inside the batch.
 */
export async function readPersonalLayouts(
  client: PortalClient,
  userIds: readonly number[],
  card: CardType,
  opts: BatchChunksOptions = {},
): Promise<PerUser<LoadedLayout | null>[]> {
  const commands = Object.fromEntries(
    userIds.map((userId) => [keyOf(userId), getLayoutCommand({ scope: 'P', userId, card })]),
  );
  const parts = await batchChunks(client, commands, opts);
  return userIds.map((userId) => {
    const part = parts[keyOf(userId)];
    if (!part) throw new Error(`readPersonalLayouts: no answer for user ${userId}`);
    return part.ok
      ? { userId, ok: true, value: part.value && fromPortal(part.value) }
      : { userId, ok: false, error: part.error };
  });
}

/**
 * Writes `layout` as the personal layout of `card` of every user in `userIds`: one `set` per
 * user, at most 50 per `batch` request, never halting (each user gets their own result). The
 * layout is checked with the portal's rules first; a layout it would refuse sends nothing.
 */
export async function applyPersonalLayout(
  client: PortalClient,
  layout: Layout,
  card: CardType,
  userIds: readonly number[],
  opts: BatchChunksOptions = {},
): Promise<PerUser<true>[]> {
  const method = layoutMethodsOf(card).set;
  const data = sendablePayload(layout, method);
  const commands = Object.fromEntries(
    userIds.map((userId) => [
      keyOf(userId),
      {
        method,
        params: { ...layoutParams({ scope: 'P', userId, card }), data },
        schema: ConfigurationWriteResultSchema,
      },
    ]),
  );
  const parts = await batchChunks(client, commands, { ...opts, halt: false });
  return userIds.map((userId) => {
    const part = parts[keyOf(userId)];
    if (!part) throw new Error(`applyPersonalLayout: no answer for user ${userId}`);
    return part.ok ? { userId, ok: true, value: true } : { userId, ok: false, error: part.error };
  });
}
