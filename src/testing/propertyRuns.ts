import { inject } from 'vitest';

/** What `vite.config.ts` hands every test file about property tests. */
export interface PropertyTestSettings {
  /** The one seed of the run's property tests. */
  readonly seed: number;
  /** How many times the counts the tests name to draw. */
  readonly runsFactor: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    propertyTests: PropertyTestSettings;
  }
}

/**
 * How many cases a property test draws. `npm test` draws the counts the tests name, from one fixed
 * seed (set in `setup.ts`), so every run checks the same cases; `npm run test:fuzz` multiplies them
 * and draws from a new seed, outside CI.
 */
export function runs(count: number): number {
  return count * inject('propertyTests').runsFactor;
}
