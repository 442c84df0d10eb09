/** What `countRender` tallies: a field on the card, a field in the palette. */
export type RenderKind = 'element' | 'palette';

declare global {
  interface Window {
    /** Renders per kind, filled only by the profiling build (`vite build --mode profile`); read by `npm run bench`. */
    __lcsRenders?: Partial<Record<RenderKind, number>>;
  }
}

/**
 * Counts one render of a field component for the benchmark. In every build but the profiling one
 * the guard is the constant `false`, so the bundler drops the body and the call does nothing.
 */
export function countRender(kind: RenderKind): void {
  if (import.meta.env.MODE !== 'profile') return;
  const counts = (window.__lcsRenders ??= {});
  counts[kind] = (counts[kind] ?? 0) + 1;
}
