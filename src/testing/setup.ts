import { afterEach } from 'vitest';

// Component tests opt into jsdom per file; unmount what they rendered so tests stay independent.
afterEach(async () => {
  if (typeof document === 'undefined') return;
  const { cleanup } = await import('@testing-library/react');
  cleanup();
});
