import type {
  BatchChunksOptions,
  BatchCommand,
  BatchCommands,
  BatchPart,
  BatchResults,
  PortalClient,
} from './clientTypes';
import { PortalError } from './errors';
import { BATCH_MAX_LENGTH } from './schemas/batch';

/**
 * Runs any number of commands as consecutive batches of at most 50 (one HTTP request each, never in
 * parallel: the portal's rate limit counts requests). If a batch request itself fails, its commands
 * and all later ones get that error and nothing more is sent; with `halt`, a failing command stops
 * the later batches too (their commands are reported `BATCH_NOT_RUN`).
 */
export async function batchChunks<C extends BatchCommands>(
  client: PortalClient,
  commands: C,
  opts: BatchChunksOptions = {},
): Promise<BatchResults<C>> {
  const { onProgress, ...batchOpts } = opts;
  const keys = Object.keys(commands);
  const out: Record<string, BatchPart<unknown>> = {};
  let stop: PortalError | null = null;
  for (let i = 0; i < keys.length; i += BATCH_MAX_LENGTH) {
    const chunkKeys = keys.slice(i, i + BATCH_MAX_LENGTH);
    if (stop === null) {
      const chunk: Record<string, BatchCommand> = {};
      for (const k of chunkKeys) chunk[k] = commands[k] as BatchCommand;
      try {
        const parts: Record<string, BatchPart<unknown>> = await client.batch(chunk, batchOpts);
        Object.assign(out, parts);
        if (batchOpts.halt) {
          const failed = Object.values(parts).find((p) => !p.ok);
          if (failed && !failed.ok) {
            stop = new PortalError({
              kind: 'portal',
              method: 'batch',
              code: 'BATCH_NOT_RUN',
              description: 'Not run: an earlier command of the batch failed.',
              status: failed.error.status,
            });
          }
        }
      } catch (e) {
        stop =
          e instanceof PortalError
            ? e
            : new PortalError({
                kind: 'network',
                method: 'batch',
                description: e instanceof Error ? e.message : String(e),
              });
        for (const k of chunkKeys) out[k] = { ok: false, error: stop };
      }
    } else {
      for (const k of chunkKeys) out[k] = { ok: false, error: stop };
    }
    try {
      onProgress?.({ done: Math.min(i + BATCH_MAX_LENGTH, keys.length), total: keys.length });
    } catch {
      // Progress is informational only.
    }
  }
  return out as BatchResults<C>;
}
