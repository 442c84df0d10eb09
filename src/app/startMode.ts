import type { SavedWebhook } from '../features/connect/savedWebhook';
import type { FrameInfo } from './frame/detectFrame';

/** How the app connects when it starts; the first that applies wins. */
export type StartMode =
  | { readonly kind: 'frame'; readonly frame: FrameInfo }
  | { readonly kind: 'webhook'; readonly saved: SavedWebhook }
  | { readonly kind: 'demo' }
  | { readonly kind: 'connect' };

/**
 * Inside a Bitrix24 frame, the portal's token; else a webhook saved in this tab or on this device;
 * else the demo portal when the emulator serves the page; else the connection screen.
 */
export function chooseStart(input: {
  readonly frame: FrameInfo | null;
  readonly saved: SavedWebhook | null;
  readonly demoAvailable: boolean;
}): StartMode {
  if (input.frame) return { kind: 'frame', frame: input.frame };
  if (input.saved) return { kind: 'webhook', saved: input.saved };
  return input.demoAvailable ? { kind: 'demo' } : { kind: 'connect' };
}
