import { createContext, useContext } from 'react';
import type { RecordCommands } from '../../api/methods/records';
import type { PortalClient } from '../../api/transport';
import type { CardType } from '../../domain/cardType';
import type { PreviewCatalog } from './catalog';
import type { FormatContext } from './formatValue';
import type { PreviewWords } from './recordWords';
import type { References } from './references';

/**
 * What every preview component reads: the portal and the card's record commands, the card, its
 * words, the field catalog, reference lists and the format settings.
 */
export interface PreviewEnv {
  readonly client: PortalClient;
  /** The card's record commands; `null` while they load. */
  readonly commands: RecordCommands | null;
  readonly card: CardType;
  readonly words: PreviewWords;
  readonly catalog: PreviewCatalog;
  readonly refs: References;
  readonly format: FormatContext;
}

export const PreviewEnvContext = createContext<PreviewEnv | null>(null);

export function usePreviewEnv(): PreviewEnv {
  const env = useContext(PreviewEnvContext);
  if (!env) throw new Error('usePreviewEnv needs <PreviewEnvContext.Provider>');
  return env;
}
