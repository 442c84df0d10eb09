const TAB_ID_KEY = 'lcs:tab:v1';
const LOCK_PREFIX = 'lcs:tab:';

/** A new tab id: letters and digits only, so it can end a storage key. */
function newTabId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('');
}

let tabId: string | undefined;

let remembered = false;

/** Keeps this tab's id in its session storage, so a reload of the tab finds its drafts again. */
export function rememberTabId(): void {
  if (remembered) return;
  remembered = true;
  try {
    window.sessionStorage.setItem(TAB_ID_KEY, thisTabId());
  } catch {
    // blocked session storage: the id lives as long as the page
  }
}

/**
 * The id of this browser tab, read from `sessionStorage`, which belongs to one tab and survives
 * its reloads: a reload finds its own draft again and a new tab gets a new id. The id is written
 * there only with the tab's first draft (`rememberTabId`), so a tab that keeps nothing stores
 * nothing. Where session storage is blocked the id lives as long as the page (a reload then reads
 * its old draft as a leftover). A duplicated tab starts with a copy of the original's session
 * storage; `openTabs` gives it an id of its own before any draft is read or written.
 */
export function thisTabId(): string {
  if (tabId !== undefined) return tabId;
  let id: string | null = null;
  try {
    id = window.sessionStorage.getItem(TAB_ID_KEY);
  } catch {
    id = null;
  }
  tabId = id !== null && /^[0-9a-z]+$/.test(id) ? id : newTabId();
  remembered = tabId === id;
  return tabId;
}

/** The Web Locks API where the browser has it (not in jsdom). */
function locks(): LockManager | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : null;
}

const never = () => new Promise<never>(() => {});

/** Takes the lock of `id` if no page holds it, and keeps it while this page lives. */
function tryHold(manager: LockManager, id: string): Promise<boolean> {
  return new Promise((resolve) => {
    manager
      .request(`${LOCK_PREFIX}${id}`, { ifAvailable: true }, (lock) => {
        resolve(lock !== null);
        return lock ? never() : undefined;
      })
      .catch(() => resolve(false));
  });
}

function isReload(): boolean {
  const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return entry?.type === 'reload';
}

let claim: Promise<string> | undefined;

/**
 * Holds a lock named for this tab while the page lives (the browser lets it go when the tab
 * closes). A lock already held belongs to the page this one reloads (it waits for it), or to the
 * tab this one duplicates: then this tab takes a new id.
 */
function claimTab(manager: LockManager): Promise<string> {
  claim ??= (async () => {
    const id = thisTabId();
    if (await tryHold(manager, id)) return id;
    if (isReload()) {
      void manager.request(`${LOCK_PREFIX}${id}`, never).catch(() => undefined);
      return id;
    }
    const own = newTabId();
    tabId = own;
    remembered = false;
    rememberTabId(); // the copied session storage names the original tab
    await tryHold(manager, own);
    return own;
  })();
  return claim;
}

/**
 * The ids of the tabs open now (their locks are held), once this tab has its own id; `null` when
 * the browser cannot tell: a draft of an open tab is that tab's business, one of a closed tab is
 * offered to whoever opens the layout next.
 */
export function openTabs(): Promise<ReadonlySet<string>> | null {
  const manager = locks();
  if (!manager) return null;
  return claimTab(manager)
    .then(() => manager.query())
    .then(
      ({ held = [] }) =>
        new Set(
          held.flatMap((lock) =>
            lock.name?.startsWith(LOCK_PREFIX) ? [lock.name.slice(LOCK_PREFIX.length)] : [],
          ),
        ),
      () => new Set<string>(),
    );
}
