import { createStore } from 'zustand/vanilla';
import type { MessageKey } from '../../../i18n/messages/en';

/** The first-run tips, in the order a newcomer needs them. */
export const TIPS = [
  'help.tips.drag',
  'help.tips.alwaysShow',
  'help.tips.scopes',
  'help.tips.preview',
  'help.tips.keys',
] as const satisfies readonly MessageKey[];
export type TipId = (typeof TIPS)[number];

const STORAGE_KEY = 'lcs:tips-seen';

function readSeen(): readonly TipId[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(raw) ? TIPS.filter((t) => raw.includes(t)) : [];
  } catch {
    return [];
  }
}

function writeSeen(seen: readonly TipId[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(seen));
  } catch {
    // storage may be off (private mode, iframe policies): the tips stay hidden for this page only
  }
}

interface TipsState {
  /** Tips dismissed for good on this device. */
  readonly seen: readonly TipId[];
  dismiss(tip: TipId): void;
  dismissAll(): void;
  showAgain(): void;
}

/** Dismissed tips are remembered per device, so a returning admin is not taught twice. */
export function createTipsStore() {
  return createStore<TipsState>()((set, get) => {
    const update = (seen: readonly TipId[]) => {
      writeSeen(seen);
      set({ seen });
    };
    return {
      seen: readSeen(),
      dismiss: (tip) => update(TIPS.filter((t) => t === tip || get().seen.includes(t))),
      dismissAll: () => update(TIPS),
      showAgain: () => update([]),
    };
  });
}

export const tipsStore = createTipsStore();
