/** A `Storage` in memory that counts its successful writes. */
export interface MemoryStorage extends Storage {
  readonly writes: number;
}

export interface MemoryStorageOptions {
  /** Characters of keys and values it holds at most: a write beyond fails as a full browser storage does. */
  readonly quota?: number;
  /** Every read and write throws, as storage does when the browser blocks it. */
  readonly broken?: boolean;
}

/** A `Storage` in memory, for code that takes the browser's storage as a parameter. */
export function memoryStorage({
  quota = Infinity,
  broken = false,
}: MemoryStorageOptions = {}): MemoryStorage {
  const items = new Map<string, string>();
  const size = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const reachable = () => {
    if (broken) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  let writes = 0;
  return {
    get writes() {
      return writes;
    },
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem(k) {
      reachable();
      return items.get(k) ?? null;
    },
    setItem(k, v) {
      reachable();
      const old = items.get(k);
      if (size() - (old === undefined ? 0 : k.length + old.length) + k.length + v.length > quota) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      items.set(k, v);
      writes++;
    },
    removeItem(k) {
      reachable();
      items.delete(k);
    },
    clear: () => items.clear(),
  };
}
