const TAB_ID_KEY = 'lcs:tab:v1';
const LOCK_PREFIX = 'lcs:tab:';

/** A new tab id: letters and digits only, so it can end a storage key. */
function newTabId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

let tabId: string | undefined;

/**
 * The id of this browser tab: kept in `sessionStorage`, which belongs to one tab and survives its
 * reloads, so a reload finds its own draft again and a new tab gets a new id. Where session storage
 * is blocked the id lives as long as the page (a reload then reads its old draft as a leftover).
 */
export function thisTabId(): string {
  if (tabId !== undefined) return tabId;
  let id: string | null = null;
  try {
    id = window.sessionStorage.getItem(TAB_ID_KEY);
    if (id === null || !/^[0-9a-z]+$/.test(id)) {
      id = newTabId();
      window.sessionStorage.setItem(TAB_ID_KEY, id);
    }
  } catch {
    id ??= newTabId();
  }
  tabId = id;
  holdTabLock(id);
  return id;
}

/** The Web Locks API where the browser has it (not in jsdom). */
function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

/** Holds a lock named for this tab while the page lives: the browser lets it go when the tab closes. */
function holdTabLock(id: string): void {
  void locks()
    ?.request(`${LOCK_PREFIX}${id}`, () => new Promise<never>(() => {}))
    .catch(() => undefined);
}

/**
 * The ids of the tabs open now (their locks are held), or `null` when the browser cannot tell:
 * a draft of an open tab is that tab's business, one of a closed tab is offered to whoever opens
 * the layout next.
 */
export function openTabIds(): Promise<ReadonlySet<string>> | null {
  const manager = locks();
  if (!manager) return null;
  return manager.query().then(
    ({ held = [] }) =>
      new Set(
        held.flatMap((lock) =>
          lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [],
        ),
      ),
    () => new Set<string>(),
  );
}
