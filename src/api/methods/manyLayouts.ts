import type { Layout } from '../../domain/types';
import type { PortalError } from '../errors';
import { ConfigurationWriteResultSchema } from '../schemas/layout';
import { batchChunks, type BatchChunksOptions, type PortalClient } from '../transport';
import { getLayoutCommand, layoutMethodsOf, layoutParams, sendablePayload, type LayoutKey } from './layout';
import { fromPortal, type LoadedLayout } from './layoutMapping';

/** One layout's outcome in a batch: its value, or the portal's error for that command. */
export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PortalError };

/** A layout to read or write, and the batch key its command goes under (letters, digits, `_.:-`). */
export interface KeyedLayout {
  readonly id: string;
  readonly key: LayoutKey;
}

/**
 * Reads the layouts of `keys` (several users of one card, or one scope of several cards), 50 per
 * `batch` request (BITRIX24-API.md 4.4), never halting: a refusal (another user's layout needs
 * CRM admin rights, 1.4) comes back for its key alone.
 */
export async function readLayouts(
  client: PortalClient,
  keys: readonly KeyedLayout[],
  opts: BatchChunksOptions = {},
): Promise<Outcome<LoadedLayout | null>[]> {
  const commands = Object.fromEntries(keys.map(({ id, key }) => [id, getLayoutCommand(key)]));
  const parts = await batchChunks(client, commands, { ...opts, halt: false });
  return keys.map(({ id }) => {
    const part = parts[id];
    if (!part) throw new Error(`readLayouts: no answer for ${id}`);
    return part.ok
      ? { ok: true, value: part.value && fromPortal(part.value) }
      : { ok: false, error: part.error };
  });
}

/**
 * Writes `layout` as the layout of every key: one `set` each, 50 per `batch` request, never
 * halting (each key gets its own result). Checked with the portal's rules first: a layout it
 * would refuse sends nothing.
 */
export async function writeLayouts(
  client: PortalClient,
  layout: Layout,
  keys: readonly KeyedLayout[],
  opts: BatchChunksOptions = {},
): Promise<Outcome<true>[]> {
  const first = keys[0];
  if (!first) return [];
  const data = sendablePayload(layout, layoutMethodsOf(first.key.card).set);
  const commands = Object.fromEntries(
    keys.map(({ id, key }) => [
      id,
      {
        method: layoutMethodsOf(key.card).set,
        params: { ...layoutParams(key), data },
        schema: ConfigurationWriteResultSchema,
      },
    ]),
  );
  const parts = await batchChunks(client, commands, { ...opts, halt: false });
  return keys.map(({ id }) => {
    const part = parts[id];
    if (!part) throw new Error(`writeLayouts: no answer for ${id}`);
    return part.ok ? { ok: true, value: true } : { ok: false, error: part.error };
  });
}
