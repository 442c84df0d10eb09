import fc from 'fast-check';
import { afterEach, inject } from 'vitest';
import { loadCatalogue } from '../i18n/catalogues';

// One seed for every property test of a run: `npm test` always draws the same cases, and a failure
// prints `seed` and `path` for fast-check to replay it (`fc.assert(…, { seed, path })`).
fc.configureGlobal({ seed: inject('propertyTests').seed });

// The app loads one language before its first render (main.tsx); tests switch freely between both.
await Promise.all([loadCatalogue('en'), loadCatalogue('ru')]);

// findBy*/waitFor wait for what a user would see; under load a render can take over their 1 s
// default, so they wait up to the test's own limit rather than fail by chance.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
}

// Component tests opt into jsdom per file; unmount what they rendered so tests stay independent.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
