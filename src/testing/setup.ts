import fc from 'fast-check';
import { afterEach, inject } from 'vitest';

// One seed for every property test of a run: `npm test` always draws the same cases, and a failure
// prints `seed` and `path` for fast-check to replay it (`fc.assert(…, { seed, path })`).
fc.configureGlobal({ seed: inject('propertyTests').seed });

// Component tests opt into jsdom per file; unmount what they rendered so tests stay independent.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
