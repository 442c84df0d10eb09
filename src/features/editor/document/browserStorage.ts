/** The browser's `localStorage`, or `null` where it is disabled (then nothing is kept). */
export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
