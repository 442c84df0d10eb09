import type { Layout } from '../../domain/types';
import { ConfigurationWriteResultSchema } from '../schemas/layout';
import type { CallOptions, PortalClient } from '../transport';
import { appOptionGetCommand, appOptionSetCommand } from './appOptions';
import {
  getLayout,
  getLayoutCommand,
  layoutMethodsOf,
  layoutParams,
  sendablePayload,
  setLayout,
  type LayoutKey,
} from './layout';
import { fromPortal, predictStored, type LoadedLayout } from './layoutMapping';

/**
 * The two requests of a checked save (issue 7's budget: the re-read, then the write). In a
 * Bitrix24 app each request also carries the layout history kept in the app's options on the
 * portal, inside the same `batch`, so keeping history costs no extra request.
 */
export interface ReRead {
  /** What the portal holds now; `null`: nothing stored. */
  readonly layout: LoadedLayout | null;
  /**
   * The history option's text: `null` when unset, `undefined` when it could not be read (no
   * application context, or the read failed) or was not asked for.
   */
  readonly portalHistory?: string | null;
}

/** Request 1: reads the stored layout again (and, in an app, the history option `historyOption`). */
export async function reReadLayout(
  client: PortalClient,
  key: LayoutKey,
  historyOption: string | null,
  opts?: CallOptions,
): Promise<ReRead> {
  if (historyOption === null) return { layout: await getLayout(client, key, opts) };
  const parts = await client.batch(
    { layout: getLayoutCommand(key), history: appOptionGetCommand(historyOption) },
    opts,
  );
  if (!parts.layout.ok) throw parts.layout.error;
  const sections = parts.layout.value;
  const history = parts.history.ok ? parts.history.value : undefined;
  return {
    layout: sections && fromPortal(sections),
    ...(typeof history === 'string' || history === null ? { portalHistory: history } : {}),
  };
}

export interface WriteResult {
  /** What `get` returns from now on (see `setLayout`). */
  readonly stored: LoadedLayout;
  /** Whether the history went to the portal too: `null` when not asked. */
  readonly historyKept: boolean | null;
}

/**
 * Request 2: writes `layout`; with `history`, first the history option, then the layout, in one
 * `batch` without halt (a failed history write, e.g. a user who is not a portal admin, must not
 * stop the save). Refused locally, without a request, when the portal's own checks fail.
 */
export async function writeLayout(
  client: PortalClient,
  key: LayoutKey,
  layout: Layout,
  history: { readonly option: string; readonly value: string } | null,
  opts?: CallOptions,
): Promise<WriteResult> {
  if (history === null) return { stored: await setLayout(client, key, layout, opts), historyKept: null };
  const method = layoutMethodsOf(key.card).set;
  const data = sendablePayload(layout, method);
  const parts = await client.batch(
    {
      history: appOptionSetCommand({ [history.option]: history.value }),
      layout: {
        method,
        params: { ...layoutParams(key), data },
        schema: ConfigurationWriteResultSchema,
      },
    },
    { ...opts, halt: false },
  );
  if (!parts.layout.ok) throw parts.layout.error;
  return { stored: fromPortal(predictStored(layout)), historyKept: parts.history.ok };
}
